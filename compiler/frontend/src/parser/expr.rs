//! Expressions from `star_expressions` down to `power`: tuples without
//! brackets, conditional expressions, lambda, walrus, boolean operators,
//! comparisons and the binary/unary operator precedence ladder
//! (python.gram's `expressions` .. `factor`).
//!
//! Invariant: every function starts at the current token and, on success,
//! leaves the cursor after the last token of its node; on `PErr::Fail` the
//! cursor position is unspecified (callers that backtrack restore it).

use super::core::{Kw, PErr, PResult, Parser};
use crate::ast::{BoolOp, CmpOp, Expr, ExprContext, ExprKind, Operator, UnaryOp};
use crate::tokenizer::TokenKind as T;

impl<'a> Parser<'a> {
    /// `expressions`: `expression (',' expression)* [',']`, a Tuple when a
    /// comma is present.
    pub(crate) fn expressions(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.expression()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.expression()?);
        }
        Ok(self.expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// `star_expressions`: like `expressions` but elements may be starred.
    pub(crate) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.star_expression()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) && self.fstring_shift.is_some() {
                return Err(self.error_at("cannot use starred expression here", first.loc));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !self.starts_star_expression() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(self.expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// `star_expression`: `'*' bitwise_or | expression`.
    pub(crate) fn star_expression(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let start = self.bump();
            let value = self.bitwise_or()?;
            return Ok(self.starred(value, start));
        }
        self.expression()
    }

    /// `star_named_expression`: `'*' bitwise_or | named_expression`.
    pub(crate) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let start = self.bump();
            let value = self.bitwise_or()?;
            return Ok(self.starred(value, start));
        }
        self.named_expression()
    }

    pub(crate) fn starred(&self, value: Expr, start: usize) -> Expr {
        self.expr(
            ExprKind::Starred {
                value: Box::new(value),
                ctx: ExprContext::Load,
            },
            start,
        )
    }

    /// Whether the current token can begin an expression.
    pub(crate) fn starts_expression(&mut self) -> bool {
        match self.peek() {
            T::Name => !matches!(
                self.kw(),
                Kw::And
                    | Kw::As
                    | Kw::Assert
                    | Kw::Async
                    | Kw::Break
                    | Kw::Class
                    | Kw::Continue
                    | Kw::Def
                    | Kw::Del
                    | Kw::Elif
                    | Kw::Else
                    | Kw::Except
                    | Kw::Finally
                    | Kw::For
                    | Kw::From
                    | Kw::Global
                    | Kw::If
                    | Kw::Import
                    | Kw::In
                    | Kw::Is
                    | Kw::Nonlocal
                    | Kw::Or
                    | Kw::Pass
                    | Kw::Raise
                    | Kw::Return
                    | Kw::Try
                    | Kw::While
                    | Kw::With
                    | Kw::Yield
            ),
            T::Number
            | T::String
            | T::LPar
            | T::LSqb
            | T::LBrace
            | T::Minus
            | T::Plus
            | T::Tilde
            | T::Ellipsis => true,
            _ => false,
        }
    }

    pub(crate) fn starts_star_expression(&mut self) -> bool {
        self.at(T::Star) || self.starts_expression()
    }

    /// `named_expression`: `NAME ':=' expression | expression !':='`.
    pub(crate) fn named_expression(&mut self) -> PResult<Expr> {
        if self.at_name() && self.peek_at(1) == T::ColonEqual {
            let start = self.pos;
            let (id, _) = self.name()?;
            let target = self.expr(
                ExprKind::Name {
                    id,
                    ctx: ExprContext::Store,
                },
                start,
            );
            self.bump();
            let value = self.expression()?;
            return Ok(self.expr(
                ExprKind::NamedExpr {
                    target: Box::new(target),
                    value: Box::new(value),
                },
                start,
            ));
        }
        let e = self.expression()?;
        if self.no_invalid {
            return Ok(e);
        }
        if self.at(T::ColonEqual) {
            return Err(self.walrus_target_error(&e));
        }
        if self.at(T::Equal) {
            return Err(self.invalid_named_equal(e));
        }
        Ok(e)
    }

    /// `expression`: conditional expressions and lambdas.
    pub(crate) fn expression(&mut self) -> PResult<Expr> {
        self.enter(1)?;
        let r = self.expression_inner();
        self.leave(1);
        r
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Lambda) {
            return self.lambdef();
        }
        let start = self.pos;
        let body = self.disjunction()?;
        if self.at_kw(Kw::If) {
            let if_tok = self.bump();
            let test = match self.disjunction() {
                Ok(t) => t,
                Err(PErr::Fail) => {
                    // PEG: not a conditional expression; just `body`.
                    self.pos = if_tok;
                    return Ok(body);
                }
                Err(e) => return Err(e),
            };
            if !self.eat_kw(Kw::Else) {
                if !self.at(T::Colon) && !self.no_invalid {
                    return Err(self.error_range(
                        "expected 'else' after 'if' expression",
                        body.loc,
                        test.loc,
                    ));
                }
                self.pos = if_tok;
                return Ok(body);
            }
            let orelse = self.expression()?;
            return Ok(self.expr(
                ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                },
                start,
            ));
        }
        if !self.no_invalid && self.starts_expression() {
            if let Some(err) = self.forgot_comma(&body, start) {
                return Err(err);
            }
            if let Some(err) = self.legacy_call(&body, start) {
                return Err(err);
            }
        }
        Ok(body)
    }

    /// `disjunction`: `conjunction ('or' conjunction)*`.
    pub(crate) fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.conjunction()?;
        if !self.at_kw(Kw::Or) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.at_kw(Kw::Or) {
            let save = self.bump();
            match self.conjunction() {
                Ok(v) => values.push(v),
                Err(PErr::Fail) => {
                    self.pos = save;
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        if values.len() == 1 {
            if let Some(v) = values.pop() {
                return Ok(v);
            }
        }
        Ok(self.expr(
            ExprKind::BoolOp {
                op: BoolOp::Or,
                values,
            },
            start,
        ))
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.inversion()?;
        if !self.at_kw(Kw::And) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.at_kw(Kw::And) {
            let save = self.bump();
            match self.inversion() {
                Ok(v) => values.push(v),
                Err(PErr::Fail) => {
                    self.pos = save;
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        if values.len() == 1 {
            if let Some(v) = values.pop() {
                return Ok(v);
            }
        }
        Ok(self.expr(
            ExprKind::BoolOp {
                op: BoolOp::And,
                values,
            },
            start,
        ))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Not) {
            let start = self.bump();
            self.enter(1)?;
            let operand = self.inversion();
            self.leave(1);
            let operand = operand?;
            return Ok(self.expr(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(operand),
                },
                start,
            ));
        }
        self.comparison()
    }

    /// The comparison operator at the cursor and how many tokens it spans.
    fn cmp_op(&mut self) -> Option<(CmpOp, usize)> {
        Some(match self.peek() {
            T::EqEqual => (CmpOp::Eq, 1),
            T::NotEqual => (CmpOp::NotEq, 1),
            T::Less => (CmpOp::Lt, 1),
            T::LessEqual => (CmpOp::LtE, 1),
            T::Greater => (CmpOp::Gt, 1),
            T::GreaterEqual => (CmpOp::GtE, 1),
            T::Name => match self.kw() {
                Kw::In => (CmpOp::In, 1),
                Kw::Is => {
                    if self.peek_at(1) == T::Name && self.kw_at(1) == Kw::Not {
                        (CmpOp::IsNot, 2)
                    } else {
                        (CmpOp::Is, 1)
                    }
                }
                Kw::Not if self.peek_at(1) == T::Name && self.kw_at(1) == Kw::In => {
                    (CmpOp::NotIn, 2)
                }
                _ => return None,
            },
            _ => return None,
        })
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let left = self.bitwise_or()?;
        let Some(_) = self.cmp_op() else {
            return Ok(left);
        };
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, n)) = self.cmp_op() {
            let save = self.pos;
            for _ in 0..n {
                self.bump();
            }
            match self.bitwise_or() {
                Ok(r) => {
                    ops.push(op);
                    comparators.push(r);
                }
                Err(PErr::Fail) => {
                    self.pos = save;
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(self.expr(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            start,
        ))
    }

    fn binop(&self, left: Expr, op: Operator, right: Expr, start: usize) -> Expr {
        self.expr(
            ExprKind::BinOp {
                left: Box::new(left),
                op,
                right: Box::new(right),
            },
            start,
        )
    }

    /// `bitwise_or` and the binary-operator ladder below it.
    pub(crate) fn bitwise_or(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let mut left = self.bitwise_xor()?;
        while self.at(T::VBar) {
            let save = self.bump();
            let right = match self.bitwise_xor() {
                Ok(r) => r,
                Err(PErr::Fail) => {
                    self.pos = save;
                    return Ok(left);
                }
                Err(e) => return Err(e),
            };
            left = self.binop(left, Operator::BitOr, right, start);
        }
        Ok(left)
    }

    fn bitwise_xor(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let mut left = self.bitwise_and()?;
        while self.at(T::Circumflex) {
            let save = self.bump();
            let right = match self.bitwise_and() {
                Ok(r) => r,
                Err(PErr::Fail) => {
                    self.pos = save;
                    return Ok(left);
                }
                Err(e) => return Err(e),
            };
            left = self.binop(left, Operator::BitXor, right, start);
        }
        Ok(left)
    }

    fn bitwise_and(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let mut left = self.shift_expr()?;
        while self.at(T::Amper) {
            let save = self.bump();
            let right = match self.shift_expr() {
                Ok(r) => r,
                Err(PErr::Fail) => {
                    self.pos = save;
                    return Ok(left);
                }
                Err(e) => return Err(e),
            };
            left = self.binop(left, Operator::BitAnd, right, start);
        }
        Ok(left)
    }

    fn shift_expr(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let mut left = self.sum()?;
        loop {
            let op = match self.peek() {
                T::LeftShift => Operator::LShift,
                T::RightShift => Operator::RShift,
                _ => return Ok(left),
            };
            let save = self.bump();
            let right = match self.sum() {
                Ok(r) => r,
                Err(PErr::Fail) => {
                    // PEG: the operator and what follows are not this rule's.
                    self.pos = save;
                    return Ok(left);
                }
                Err(e) => return Err(e),
            };
            left = self.binop(left, op, right, start);
        }
    }

    fn sum(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let mut left = self.term()?;
        loop {
            let op = match self.peek() {
                T::Plus => Operator::Add,
                T::Minus => Operator::Sub,
                _ => return Ok(left),
            };
            let save = self.bump();
            let right = match self.term() {
                Ok(r) => r,
                Err(PErr::Fail) => {
                    // PEG: the operator and what follows are not this rule's.
                    self.pos = save;
                    return Ok(left);
                }
                Err(e) => return Err(e),
            };
            left = self.binop(left, op, right, start);
        }
    }

    fn term(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let mut left = self.factor()?;
        loop {
            let op = match self.peek() {
                T::Star => Operator::Mult,
                T::Slash => Operator::Div,
                T::DoubleSlash => Operator::FloorDiv,
                T::Percent => Operator::Mod,
                T::At => Operator::MatMult,
                _ => return Ok(left),
            };
            let save = self.bump();
            let right = match self.factor() {
                Ok(r) => r,
                Err(PErr::Fail) => {
                    // PEG: the operator and what follows are not this rule's.
                    self.pos = save;
                    return Ok(left);
                }
                Err(e) => return Err(e),
            };
            left = self.binop(left, op, right, start);
        }
    }

    /// `factor`: unary `+`, `-`, `~` and `power`.
    pub(crate) fn factor(&mut self) -> PResult<Expr> {
        let op = match self.peek() {
            T::Plus => UnaryOp::UAdd,
            T::Minus => UnaryOp::USub,
            T::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.bump();
        self.enter(1)?;
        let operand = self.factor();
        self.leave(1);
        let operand = operand?;
        Ok(self.expr(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            start,
        ))
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let left = self.await_primary()?;
        if self.eat(T::DoubleStar) {
            self.enter(2)?;
            let right = self.factor();
            self.leave(2);
            let right = right?;
            return Ok(self.binop(left, Operator::Pow, right, start));
        }
        Ok(left)
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Await) {
            let start = self.bump();
            let value = self.primary()?;
            return Ok(self.expr(
                ExprKind::Await {
                    value: Box::new(value),
                },
                start,
            ));
        }
        self.primary()
    }

    /// `yield_expr`: `'yield' 'from' expression | 'yield' [star_expressions]`.
    pub(crate) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.expect_kw(Kw::Yield)?;
        if self.eat_kw(Kw::From) {
            let value = self.expression()?;
            return Ok(self.expr(
                ExprKind::YieldFrom {
                    value: Box::new(value),
                },
                start,
            ));
        }
        let value = if self.starts_star_expression() {
            Some(Box::new(self.star_expressions()?))
        } else {
            None
        };
        Ok(self.expr(ExprKind::Yield { value }, start))
    }

    /// `lambdef`: `'lambda' [lambda_params] ':' expression`.
    fn lambdef(&mut self) -> PResult<Expr> {
        let start = self.bump();
        self.enter(1)?;
        let r = self.lambdef_rest(start);
        self.leave(1);
        r
    }

    fn lambdef_rest(&mut self, start: usize) -> PResult<Expr> {
        let args = self.parameters(false)?;
        self.expect(T::Colon)?;
        let body = self.expression()?;
        Ok(self.expr(
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
            start,
        ))
    }

    /// An `=` after an expression where a named expression was expected
    /// (CPython's `invalid_named_expression`).
    pub(crate) fn invalid_named_equal(&mut self, e: Expr) -> PErr {
        let first = self.first_tok_of(&e);
        // A NAME token right before the `=` (not a parenthesized name).
        let bare_name = matches!(e.kind, ExprKind::Name { .. })
            && self.tok(self.pos.saturating_sub(1)).kind == T::Name;
        if !bare_name
            && (!super::targets::is_bitwise_or_level(&e) || self.starts_with_excluded(&e, first))
        {
            return PErr::Fail;
        }
        let mark = self.probe();
        // Probe `'=' bitwise_or !('=' | ':=')`.
        self.bump();
        let rhs = self.bitwise_or();
        let ok = !self.at(T::Equal) && !self.at(T::ColonEqual);
        self.unprobe(mark);
        let b = match rhs {
            Ok(b) if ok => b.loc,
            _ => return PErr::Fail,
        };
        if bare_name {
            return self.error_range(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                e.loc,
                b,
            );
        }
        let msg = format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            super::targets::expr_name(&e)
        );
        self.error_at(&msg, e.loc)
    }

    /// CPython's `!(list | tuple | genexp | 'True' | 'None' | 'False')`
    /// lookahead at the first token of `e`.
    pub(crate) fn starts_with_excluded(&self, e: &Expr, first: usize) -> bool {
        if matches!(self.kw_of(first), Kw::True | Kw::False | Kw::None)
            && self.tok(first).kind == T::Name
        {
            return true;
        }
        let mut x = e;
        loop {
            x = match &x.kind {
                ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => value,
                ExprKind::Call { func, .. } => func,
                ExprKind::BinOp { left, .. } => left,
                _ => break,
            };
        }
        let same_start = x.loc.lineno == e.loc.lineno && x.loc.col_offset == e.loc.col_offset;
        same_start
            && matches!(
                (&x.kind, self.tok(first).kind),
                (ExprKind::List { .. }, T::LSqb)
                    | (
                        ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. },
                        T::LPar
                    )
            )
    }

    /// CPython's `invalid_legacy_expression`: `print x` / `exec x` (a bare
    /// name, not called, followed by star-expressions).
    fn legacy_call(&mut self, body: &Expr, start: usize) -> Option<PErr> {
        let ExprKind::Name { id, .. } = &body.kind else {
            return None;
        };
        if (id != "print" && id != "exec") || self.pos != start + 1 || self.at(T::LPar) {
            return None;
        }
        let id = id.clone();
        let mark = self.probe();
        let outer = std::mem::replace(&mut self.no_invalid, true);
        let r = self.star_expressions();
        self.no_invalid = outer;
        self.unprobe(mark);
        let b = r.ok()?;
        Some(self.error_range(
            &format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?"),
            body.loc,
            b.loc,
        ))
    }

    /// `e ':=' expression` with `e` not a name: "cannot use assignment
    /// expressions with ..." if an expression follows (probed), else a
    /// generic failure at the `:=`.
    pub(crate) fn walrus_target_error(&mut self, e: &Expr) -> PErr {
        let mark = self.probe();
        self.bump();
        let outer = std::mem::replace(&mut self.no_invalid, true);
        let ok = self.expression().is_ok();
        self.no_invalid = outer;
        self.unprobe(mark);
        if !ok {
            return PErr::Fail;
        }
        let msg = format!(
            "cannot use assignment expressions with {}",
            super::targets::expr_name(e)
        );
        self.error_at(&msg, e.loc)
    }

    /// Index of the token where node `e` starts (searching back from the
    /// cursor; only used on error paths).
    pub(crate) fn first_tok_of(&self, e: &Expr) -> usize {
        let mut i = self.pos;
        loop {
            let t = self.tok(i);
            if t.start.line == e.loc.lineno && t.start.col == e.loc.col_offset {
                return i;
            }
            if i == 0 {
                return self.pos;
            }
            i -= 1;
        }
    }
}
