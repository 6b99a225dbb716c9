//! Statements: the module/interactive/eval entry rules, statement dispatch,
//! blocks, and every simple statement (expression statements, assignments
//! of all three kinds, `return`, `raise`, `del`, `assert`, `import`,
//! `global`, `nonlocal`, `pass`, `break`, `continue`), with CPython's
//! messages for invalid assignment targets.

use super::core::{Kw, PErr, PResult, Parser};
use super::targets::{expr_name, invalid_target, is_bitwise_or_level, TargetKind};
use crate::ast::{Alias, Expr, ExprKind, Mod, Operator, Stmt, StmtKind};
use crate::tokenizer::TokenKind as T;
use crate::ErrorKind;

impl<'a> Parser<'a> {
    /// `file: [statements] ENDMARKER`.
    pub(crate) fn file(&mut self) -> PResult<Mod> {
        let mut body = Vec::new();
        while !self.at(T::EndMarker) {
            self.statement(&mut body)?;
        }
        let type_ignores = match &mut self.type_comments {
            Some(tc) => std::mem::take(&mut tc.ignores),
            None => Vec::new(),
        };
        Ok(Mod::Module { body, type_ignores })
    }

    /// `eval: expressions NEWLINE* ENDMARKER`.
    pub(crate) fn eval_input(&mut self) -> PResult<Mod> {
        let e = self.expressions()?;
        while self.eat(T::Newline) {}
        self.expect(T::EndMarker)?;
        Ok(Mod::Expression { body: Box::new(e) })
    }

    /// `interactive: statement_newline`.
    pub(crate) fn interactive(&mut self) -> PResult<Mod> {
        let mut body = Vec::new();
        if self.eat(T::Newline) {
            return Ok(Mod::Interactive { body });
        }
        self.statement(&mut body)?;
        if !self.at(T::EndMarker) {
            let nl = self.pos.saturating_sub(1);
            return Err(self.error_tok(
                ErrorKind::SyntaxError,
                "multiple statements found while compiling a single statement",
                nl,
            ));
        }
        Ok(Mod::Interactive { body })
    }

    /// `fstring: star_expressions` over the parenthesized fragment.
    pub(crate) fn fstring_input(&mut self) -> PResult<Expr> {
        self.star_expressions()
    }

    /// One statement (a compound statement, or a line of simple ones),
    /// appended to `out`.
    pub(crate) fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        self.match_without_colon = None;
        let start = self.pos;
        if let Some(s) = self.compound_stmt()? {
            out.push(s);
            return Ok(());
        }
        match self.simple_stmts(out) {
            Ok(()) => {
                if self.kw_of(start) == Kw::Match && self.tok(start).kind == T::Name {
                    self.match_starts.push(start);
                }
                Ok(())
            }
            Err(e) => {
                // CPython's second pass tries the `match` statement (with
                // its invalid rules) before the simple statement.
                if self.kw_of(start) == Kw::Match && self.tok(start).kind == T::Name {
                    let mark = self.probe();
                    self.pos = start + 1;
                    let r = self.star_named_expression();
                    self.unprobe(mark);
                    if let Err(err @ PErr::Error(_)) = r {
                        return Err(err);
                    }
                }
                match (e, self.match_without_colon) {
                    (PErr::Fail, Some(nl)) => {
                        Err(self.error_tok(ErrorKind::SyntaxError, "expected ':'", nl))
                    }
                    (e, _) => Err(e),
                }
            }
        }
    }

    /// `simple_stmts`: `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat(T::Newline) {
                return Ok(());
            }
            if !self.eat(T::Semi) {
                return Err(PErr::Fail);
            }
            if self.eat(T::Newline) {
                return Ok(());
            }
        }
    }

    /// `block`: an indented suite, or simple statements on the same line.
    /// `what` names the statement for "expected an indented block after
    /// ..." (with the line of its keyword token `kw`).
    pub(crate) fn block(&mut self, what: &str, kw: usize) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.eat(T::Newline) {
            if !self.at(T::Indent) {
                let line = self.tok(kw).start.line;
                let msg = format!("expected an indented block after {what} on line {line}");
                return Err(self.error_tok(ErrorKind::IndentationError, &msg, self.pos));
            }
            self.bump();
            loop {
                self.statement(&mut body)?;
                if self.eat(T::Dedent) {
                    break;
                }
                if self.at(T::EndMarker) {
                    break;
                }
            }
            return Ok(body);
        }
        self.simple_stmts(&mut body)?;
        Ok(body)
    }

    pub(crate) fn stmt(&self, kind: StmtKind, start: usize) -> Stmt {
        Stmt {
            kind,
            loc: self.loc_from(start),
        }
    }

    /// `simple_stmt`.
    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        if self.peek() == T::Name {
            match self.kw() {
                Kw::Return => {
                    self.bump();
                    let value = if self.starts_star_expression() {
                        Some(Box::new(self.star_expressions()?))
                    } else {
                        None
                    };
                    return Ok(self.stmt(StmtKind::Return { value }, start));
                }
                Kw::Import => return self.import_name(),
                Kw::From => return self.import_from(),
                Kw::Raise => {
                    self.bump();
                    let (mut exc, mut cause) = (None, None);
                    if self.starts_expression() {
                        exc = Some(Box::new(self.expression()?));
                        if self.eat_kw(Kw::From) {
                            cause = Some(Box::new(self.expression()?));
                        }
                    }
                    return Ok(self.stmt(StmtKind::Raise { exc, cause }, start));
                }
                Kw::Pass => {
                    self.bump();
                    return Ok(self.stmt(StmtKind::Pass, start));
                }
                Kw::Break => {
                    self.bump();
                    return Ok(self.stmt(StmtKind::Break, start));
                }
                Kw::Continue => {
                    self.bump();
                    return Ok(self.stmt(StmtKind::Continue, start));
                }
                Kw::Del => return self.del_stmt(),
                Kw::Assert => {
                    self.bump();
                    let test = Box::new(self.expression()?);
                    let msg = if self.eat(T::Comma) {
                        Some(Box::new(self.expression()?))
                    } else {
                        None
                    };
                    return Ok(self.stmt(StmtKind::Assert { test, msg }, start));
                }
                Kw::Global | Kw::Nonlocal => {
                    let global = self.kw() == Kw::Global;
                    self.bump();
                    let mut names = vec![self.name()?.0];
                    while self.eat(T::Comma) {
                        names.push(self.name()?.0);
                    }
                    let kind = if global {
                        StmtKind::Global { names }
                    } else {
                        StmtKind::Nonlocal { names }
                    };
                    return Ok(self.stmt(kind, start));
                }
                _ => {}
            }
        }
        self.expr_stmt()
    }

    /// Expression statements and assignments.
    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let first = if self.at_kw(Kw::Yield) {
            self.yield_expr()?
        } else {
            match self.star_expressions() {
                Ok(e) => e,
                Err(PErr::Fail) => return Err(self.legacy_print(start).unwrap_or(PErr::Fail)),
                Err(e) => return Err(e),
            }
        };
        if self.at(T::ColonEqual) {
            let x = match &first.kind {
                ExprKind::Tuple { elts, .. } if !self.wrapped_in_parens(start, &first) => {
                    elts.last()
                }
                _ => Some(&first),
            };
            if let Some(x) = x {
                if !matches!(x.kind, ExprKind::Name { .. }) {
                    let x = x.clone();
                    return Err(self.walrus_target_error(&x));
                }
            }
            return Err(PErr::Fail);
        }
        match self.peek() {
            T::Colon => self.ann_assign(first, start),
            T::Equal => self.assign(first, start),
            k => {
                if let Some(op) = aug_op(k) {
                    self.bump();
                    let value = if self.at_kw(Kw::Yield) {
                        self.yield_expr()?
                    } else {
                        self.star_expressions()?
                    };
                    if !matches!(
                        first.kind,
                        ExprKind::Name { .. }
                            | ExprKind::Attribute { .. }
                            | ExprKind::Subscript { .. }
                    ) {
                        let msg = format!(
                            "'{}' is an illegal expression for augmented assignment",
                            expr_name(&first)
                        );
                        return Err(self.error_at(&msg, first.loc));
                    }
                    let target = self.to_target(first, TargetKind::Star)?;
                    return Ok(self.stmt(
                        StmtKind::AugAssign {
                            target: Box::new(target),
                            op,
                            value: Box::new(value),
                        },
                        start,
                    ));
                }
                if !matches!(k, T::Newline | T::Semi) {
                    if let Some(e) = self.legacy_print(start) {
                        return Err(e);
                    }
                    // CPython's `invalid_assignment` reads a statement
                    // starting with `a, ...` as repeated
                    // `star_named_expressions`, each checked for a stray `=`.
                    if matches!(first.kind, ExprKind::Tuple { .. })
                        && !self.wrapped_in_parens(start, &first)
                        && self.starts_expression()
                    {
                        if let Some(e) = self.stray_equal_after_tuple() {
                            return Err(e);
                        }
                    }
                }
                Ok(self.stmt(
                    StmtKind::Expr {
                        value: Box::new(first),
                    },
                    start,
                ))
            }
        }
    }

    /// After a statement's unparenthesized tuple, an expression followed by
    /// `=`: CPython's `invalid_named_expression` message for it.
    fn stray_equal_after_tuple(&mut self) -> Option<PErr> {
        let mark = self.probe();
        let mut err = None;
        // `star_named_expressions*`: comma-separated runs, one after the
        // other, each element checked for a following `=`.
        while self.starts_expression() {
            let outer = std::mem::replace(&mut self.no_invalid, true);
            let e = self.expression();
            self.no_invalid = outer;
            match e {
                Ok(e) if self.at(T::Equal) => {
                    if let PErr::Error(e) = self.invalid_named_equal(e) {
                        err = Some(PErr::Error(e));
                    }
                    break;
                }
                Ok(_) => {
                    self.eat(T::Comma);
                }
                Err(_) => break,
            }
        }
        self.unprobe(mark);
        err
    }

    /// `print x` / `exec x`: "Missing parentheses in call to 'print'...".
    fn legacy_print(&mut self, start: usize) -> Option<PErr> {
        if self.tok(start).kind != T::Name || self.tok(start + 1).kind == T::LPar {
            return None;
        }
        let name = self.text(start);
        if name != "print" && name != "exec" {
            return None;
        }
        let mark = self.probe();
        self.pos = start + 1;
        let r = self.star_expressions();
        self.unprobe(mark);
        let b = r.ok()?;
        let a = self.tok_loc(start);
        Some(self.error_range(
            &format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            a,
            b.loc,
        ))
    }

    /// `target ':' annotation ['=' value]`.
    fn ann_assign(&mut self, target: Expr, start: usize) -> PResult<Stmt> {
        if !matches!(
            target.kind,
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        ) {
            // Only CPython's second pass reads the annotation here.
            let mark = self.probe();
            self.bump();
            let outer = std::mem::replace(&mut self.no_invalid, true);
            let ok = self.expression().is_ok();
            self.no_invalid = outer;
            self.unprobe(mark);
            if !ok {
                return Err(PErr::Fail);
            }
        }
        self.bump();
        let annotation = self.expression()?;
        let value = if self.eat(T::Equal) {
            Some(Box::new(if self.at_kw(Kw::Yield) {
                self.yield_expr()?
            } else {
                self.star_expressions()?
            }))
        } else {
            None
        };
        let simple = match &target.kind {
            ExprKind::Name { .. } => self.tok(start).kind != T::LPar,
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
            ExprKind::Tuple { elts, .. } if !self.wrapped_in_parens(start, &target) => {
                let loc = elts.first().map(|e| e.loc).unwrap_or(target.loc);
                return Err(self.error_at("only single target (not tuple) can be annotated", loc));
            }
            ExprKind::Tuple { .. } | ExprKind::List { .. } => {
                let msg = format!(
                    "only single target (not {}) can be annotated",
                    expr_name(&target)
                );
                return Err(self.error_at(&msg, target.loc));
            }
            _ => return Err(self.error_at("illegal target for annotation", target.loc)),
        };
        let target = self.to_target(target, TargetKind::Star)?;
        Ok(self.stmt(
            StmtKind::AnnAssign {
                target: Box::new(target),
                annotation: Box::new(annotation),
                value,
                simple,
            },
            start,
        ))
    }

    /// `(targets '=')+ value`.
    fn assign(&mut self, first: Expr, start: usize) -> PResult<Stmt> {
        let mut targets = vec![(first, start)];
        let rhs_start = self.pos + 1;
        let value = loop {
            self.bump();
            let s = self.pos;
            let e = if self.at_kw(Kw::Yield) {
                self.yield_expr()
            } else {
                self.star_expressions()
            };
            let e = match e {
                Ok(e) => e,
                Err(PErr::Fail) => {
                    // `(star_targets '=')* a=star_expressions '='`: an
                    // invalid target before a missing value (after the
                    // named-expression reading of the first one).
                    if targets
                        .iter()
                        .any(|(t, _)| invalid_target(t, TargetKind::Star).is_some())
                    {
                        if let Some(err) = self.first_target_named_error(&targets, rhs_start) {
                            return Err(err);
                        }
                    }
                    for (t, _) in &targets {
                        if let Some(bad) = invalid_target(t, TargetKind::Star) {
                            return Err(self.invalid_target_error(bad, TargetKind::Star));
                        }
                    }
                    return Err(PErr::Fail);
                }
                Err(e) => return Err(e),
            };
            if self.at(T::Equal) {
                targets.push((e, s));
                continue;
            }
            break e;
        };
        let type_comment = self.type_comment_at(self.pos);
        let mut out = Vec::with_capacity(targets.len());
        if targets
            .iter()
            .any(|(t, _)| invalid_target(t, TargetKind::Star).is_some())
        {
            if let Some(err) = self.first_target_named_error(&targets, rhs_start) {
                return Err(err);
            }
        }
        for (t, s) in targets {
            if self.tok(s).kind == T::Name && self.kw_of(s) == Kw::Yield {
                return Err(self.error_at("assignment to yield expression not possible", t.loc));
            }
            if invalid_target(&t, TargetKind::Star).is_some() {
                return Err(self
                    .to_target(t, TargetKind::Star)
                    .err()
                    .unwrap_or(PErr::Fail));
            }
            out.push(self.to_target(t, TargetKind::Star)?);
        }
        let mut s = self.stmt(
            StmtKind::Assign {
                targets: out,
                value: Box::new(value),
                type_comment: None,
            },
            start,
        );
        if let Some((c, end)) = type_comment {
            // CPython's node ends with the TYPE_COMMENT token.
            if self.consumed_tc.last().is_none_or(|&(i, _)| i < self.pos) {
                self.consumed_tc.push((self.pos, end));
            }
            s.loc.end_lineno = end.line;
            s.loc.end_col_offset = end.col;
            if let StmtKind::Assign { type_comment, .. } = &mut s.kind {
                *type_comment = Some(c);
            }
        }
        Ok(s)
    }

    /// CPython's second pass first reads an assignment's leading expression
    /// as a named expression (`invalid_named_expression`).
    fn first_target_named_error(
        &mut self,
        targets: &[(Expr, usize)],
        rhs_start: usize,
    ) -> Option<PErr> {
        let (t0, s0) = targets.first()?;
        if self.tok(*s0).kind == T::Name && self.kw_of(*s0) == Kw::Yield {
            return None;
        }
        let rhs_end = self.leading_bitwise_or_end(rhs_start);
        self.invalid_named_assign(t0, *s0, rhs_end)
    }

    /// The location of the `bitwise_or` that starts at token `s`, if it
    /// parses and is not followed by `=` or `:=` (restores the cursor).
    fn leading_bitwise_or_end(&mut self, s: usize) -> Option<crate::ast::Loc> {
        let mark = self.probe();
        self.pos = s;
        let r = self.bitwise_or();
        let ok = !self.at(T::Equal) && !self.at(T::ColonEqual);
        self.unprobe(mark);
        match r {
            Ok(b) if ok => Some(b.loc),
            _ => None,
        }
    }

    /// CPython's `invalid_named_expression` as reached from an assignment
    /// statement: the expression next to the only `=`.
    fn invalid_named_assign(
        &self,
        t: &Expr,
        s: usize,
        rhs_end: Option<crate::ast::Loc>,
    ) -> Option<PErr> {
        let rhs_end = rhs_end?;
        let x = match &t.kind {
            ExprKind::Tuple { elts, .. } if !self.wrapped_in_parens(s, t) => elts.last()?,
            _ => t,
        };
        let xs = self.first_tok_of_before(x, self.pos);
        if let ExprKind::Name { .. } = x.kind {
            if self.tok(xs).kind == T::Name {
                return Some(self.error_range(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    x.loc,
                    rhs_end,
                ));
            }
        }
        let parenthesized = self.tok(xs.wrapping_sub(1)).kind == T::LPar;
        if self.starts_with_excluded(x, xs) || !(is_bitwise_or_level(x) || parenthesized) {
            return None;
        }
        let msg = format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(x)
        );
        Some(self.error_at(&msg, x.loc))
    }

    /// Index of the first token of `e`, searching back from `from`.
    fn first_tok_of_before(&self, e: &Expr, from: usize) -> usize {
        let mut i = from;
        loop {
            let t = self.tok(i);
            if t.start.line == e.loc.lineno && t.start.col == e.loc.col_offset {
                return i;
            }
            if i == 0 {
                return from;
            }
            i -= 1;
        }
    }

    /// `del` targets (a list, not a tuple, unless parenthesized).
    fn del_stmt(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        let mut targets = Vec::new();
        loop {
            let e = self.star_expression()?;
            targets.push(e);
            if !self.eat(T::Comma) {
                break;
            }
            if !self.starts_star_expression() {
                break;
            }
        }
        for t in &targets {
            if let Some(bad) = invalid_target(t, TargetKind::Del) {
                return Err(self.invalid_target_error(bad, TargetKind::Del));
            }
        }
        if !self.at(T::Semi) && !self.at(T::Newline) {
            return Err(PErr::Fail);
        }
        let targets = targets
            .into_iter()
            .map(|t| self.to_target(t, TargetKind::Del))
            .collect::<PResult<Vec<_>>>()?;
        Ok(self.stmt(StmtKind::Delete { targets }, start))
    }

    /// `dotted_name`: `NAME ('.' NAME)*`.
    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?.0;
        while self.at(T::Dot) && self.peek_at(1) == T::Name {
            self.bump();
            name.push('.');
            name.push_str(&self.name()?.0);
        }
        Ok(name)
    }

    /// `import a.b as c, d`.
    fn import_name(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        let mut names = Vec::new();
        loop {
            let s = self.pos;
            let name = self.dotted_name()?;
            let asname = if self.eat_kw(Kw::As) {
                Some(self.name()?.0)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                loc: self.loc_from(s),
            });
            if !self.eat(T::Comma) {
                break;
            }
        }
        Ok(self.stmt(StmtKind::Import { names }, start))
    }

    /// `from ..mod import names`.
    fn import_from(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        let mut level = 0u32;
        loop {
            match self.peek() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if level > 0 && self.at_kw(Kw::Import) {
            None
        } else {
            Some(self.dotted_name()?)
        };
        self.expect_kw(Kw::Import)?;
        let mut names = Vec::new();
        if self.at(T::Star) {
            let s = self.bump();
            names.push(Alias {
                name: "*".to_string(),
                asname: None,
                loc: self.loc_from(s),
            });
        } else {
            let paren = self.eat(T::LPar);
            loop {
                let s = self.pos;
                let name = self.name()?.0;
                let asname = if self.eat_kw(Kw::As) {
                    Some(self.name()?.0)
                } else {
                    None
                };
                names.push(Alias {
                    name,
                    asname,
                    loc: self.loc_from(s),
                });
                if !self.at(T::Comma) {
                    break;
                }
                let comma = self.bump();
                if paren && self.at(T::RPar) {
                    break;
                }
                if !paren && matches!(self.peek(), T::Newline | T::Semi) {
                    let _ = comma;
                    return Err(self.error_tok(
                        ErrorKind::SyntaxError,
                        "trailing comma not allowed without surrounding parentheses",
                        self.pos,
                    ));
                }
            }
            if paren {
                self.expect(T::RPar)?;
            }
        }
        Ok(self.stmt(
            StmtKind::ImportFrom {
                module,
                names,
                level,
            },
            start,
        ))
    }
}

/// The operator of an augmented-assignment token.
fn aug_op(k: T) -> Option<Operator> {
    Some(match k {
        T::PlusEqual => Operator::Add,
        T::MinEqual => Operator::Sub,
        T::StarEqual => Operator::Mult,
        T::AtEqual => Operator::MatMult,
        T::SlashEqual => Operator::Div,
        T::PercentEqual => Operator::Mod,
        T::AmperEqual => Operator::BitAnd,
        T::VBarEqual => Operator::BitOr,
        T::CircumflexEqual => Operator::BitXor,
        T::LeftShiftEqual => Operator::LShift,
        T::RightShiftEqual => Operator::RShift,
        T::DoubleStarEqual => Operator::Pow,
        T::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}
