//! Primaries and atoms: names, constants, numbers, strings, displays
//! (tuple, list, set, dict), comprehensions and generator expressions,
//! attribute access, subscripts with slices, and calls (whose arguments live
//! in `args`).
//!
//! Positions follow CPython: a parenthesized expression keeps its inner
//! position, a tuple/list/dict/set/comprehension display includes its
//! brackets, a subscript's tuple of slices spans just its elements.

use super::core::{Kw, PErr, PResult, Parser};
use crate::ast::{Comprehension, Constant, Expr, ExprContext, ExprKind};
use crate::tokenizer::TokenKind as T;

impl<'a> Parser<'a> {
    /// `primary`: an atom followed by `.name`, `(args)` and `[slices]`.
    pub(crate) fn primary(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let mut e = self.atom()?;
        loop {
            let save = self.pos;
            let r = match self.peek() {
                T::Dot => {
                    self.bump();
                    match self.name() {
                        Ok((attr, _)) => Ok(self.expr(
                            ExprKind::Attribute {
                                value: Box::new(e),
                                attr,
                                ctx: ExprContext::Load,
                            },
                            start,
                        )),
                        Err(err) => Err((err, e)),
                    }
                }
                T::LPar => match self.call_args(true) {
                    Ok((args, keywords)) => Ok(self.expr(
                        ExprKind::Call {
                            func: Box::new(e),
                            args,
                            keywords,
                        },
                        start,
                    )),
                    Err(err) => Err((err, e)),
                },
                T::LSqb => {
                    self.bump();
                    match self.slices().and_then(|s| self.expect(T::RSqb).map(|_| s)) {
                        Ok(slice) => Ok(self.expr(
                            ExprKind::Subscript {
                                value: Box::new(e),
                                slice: Box::new(slice),
                                ctx: ExprContext::Load,
                            },
                            start,
                        )),
                        Err(err) => Err((err, e)),
                    }
                }
                _ => return Ok(e),
            };
            e = match r {
                Ok(x) => x,
                // PEG: a trailer that does not parse is not part of the
                // primary.
                Err((PErr::Fail, prev)) => {
                    self.pos = save;
                    return Ok(prev);
                }
                Err((err, _)) => return Err(err),
            };
        }
    }

    /// `slices`: one slice, or a tuple of slices and starred expressions.
    pub(crate) fn slices(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.slice_or_starred()?;
        if !self.at(T::Comma) && !matches!(first.kind, ExprKind::Starred { .. }) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.at(T::RSqb) {
                break;
            }
            elts.push(self.slice_or_starred()?);
        }
        Ok(self.expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    fn slice_or_starred(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let start = self.bump();
            let value = self.expression()?;
            return Ok(self.starred(value, start));
        }
        self.slice()
    }

    /// `slice`: `[lower] ':' [upper] [':' [step]]` or a named expression.
    fn slice(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let lower = if self.at(T::Colon) {
            None
        } else {
            let e = self.named_expression()?;
            if !self.at(T::Colon) {
                return Ok(e);
            }
            if matches!(e.kind, ExprKind::NamedExpr { .. }) {
                return Err(PErr::Fail);
            }
            Some(Box::new(e))
        };
        self.expect(T::Colon)?;
        let upper = if self.starts_expression() {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        let step = if self.eat(T::Colon) {
            if self.starts_expression() {
                Some(Box::new(self.expression()?))
            } else {
                None
            }
        } else {
            None
        };
        Ok(self.expr(ExprKind::Slice { lower, upper, step }, start))
    }

    fn constant(&self, value: Constant, start: usize) -> Expr {
        self.expr(ExprKind::Constant { value, kind: None }, start)
    }

    /// `atom`.
    pub(crate) fn atom(&mut self) -> PResult<Expr> {
        match self.peek() {
            T::Name => {
                let start = self.pos;
                let value = match self.kw() {
                    Kw::True => Constant::Bool(true),
                    Kw::False => Constant::Bool(false),
                    Kw::None => Constant::None,
                    k if k.is_name() => {
                        let (id, _) = self.name()?;
                        return Ok(self.expr(
                            ExprKind::Name {
                                id,
                                ctx: ExprContext::Load,
                            },
                            start,
                        ));
                    }
                    _ => return Err(PErr::Fail),
                };
                self.bump();
                Ok(self.constant(value, start))
            }
            T::Number => {
                let start = self.bump();
                let text = self.text(start);
                if let Some(msg) = crate::tokenizer::int_digits_error(text) {
                    // CPython reports the digit limit with no column.
                    return Err(
                        match self.error_tok(crate::ErrorKind::SyntaxError, &msg, start) {
                            PErr::Error(mut e) => {
                                e.offset = 0;
                                e.end_offset = 0;
                                PErr::Error(e)
                            }
                            e => e,
                        },
                    );
                }
                let value = crate::tokenizer::try_parse_number(text);
                let value = match value {
                    Some(v) => v,
                    None => {
                        return Err(self.error_tok(
                            crate::ErrorKind::SyntaxError,
                            "invalid decimal literal",
                            start,
                        ))
                    }
                };
                Ok(self.constant(value, start))
            }
            T::String => self.strings(),
            T::Ellipsis => {
                let start = self.bump();
                Ok(self.constant(Constant::Ellipsis, start))
            }
            T::LPar => self.paren_atom(),
            T::LSqb => self.list_atom(),
            T::LBrace => self.brace_atom(),
            _ => Err(PErr::Fail),
        }
    }

    /// A run of adjacent STRING tokens.
    fn strings(&mut self) -> PResult<Expr> {
        let first = self.pos;
        while self.at(T::String) {
            self.bump();
        }
        let last = self.pos - 1;
        let next = *self.tok(self.pos);
        let toks = self.tokens(first, last);
        let mut warnings = Vec::new();
        match super::strings::parse_string_run_located(self.src, toks, Some(&next), &mut warnings) {
            Ok(e) => Ok(e),
            // Located like this parser's own errors ("f-string: " prefix and
            // field coordinates inside a replacement field, as CPython).
            Err(super::strings::StringRunError::At { msg, start, end }) => {
                Err(self.error_span(crate::ErrorKind::SyntaxError, &msg, start, end))
            }
            Err(super::strings::StringRunError::Nested(e)) => Err(PErr::Error(Box::new(e))),
        }
    }

    /// `(`: group, tuple, generator expression or parenthesized yield.
    fn paren_atom(&mut self) -> PResult<Expr> {
        let start = self.bump();
        if self.eat(T::RPar) {
            return Ok(self.expr(
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        if self.at_kw(Kw::Yield) {
            let e = self.yield_expr()?;
            self.expect(T::RPar)?;
            return Ok(e);
        }
        if self.at(T::DoubleStar) {
            // `( **x )`: CPython's `invalid_group`.
            let dstar = self.pos;
            let mark = self.probe();
            self.bump();
            let ok = self.expression().is_ok() && self.at(T::RPar);
            self.unprobe(mark);
            if ok {
                return Err(self.error_tok(
                    crate::ErrorKind::SyntaxError,
                    "cannot use double starred expression here",
                    dstar,
                ));
            }
            return Err(PErr::Fail);
        }
        let first = self.star_named_expression()?;
        if self.at_comp_for() {
            self.check_comp_elt(&first)?;
            let generators = self.for_if_clauses()?;
            self.expect_closing(T::RPar)?;
            return Ok(self.expr(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                start,
            ));
        }
        if self.at(T::RPar) {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.error_at("cannot use starred expression here", first.loc));
            }
            self.bump();
            return Ok(first);
        }
        if !self.at(T::Comma) {
            return Err(self.missing_comma_or_fail(&first, T::RPar));
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.at(T::RPar) {
                break;
            }
            elts.push(self.star_named_expression()?);
            if !self.at(T::Comma) && !self.at(T::RPar) {
                let last = elts.last().cloned();
                if let Some(last) = last {
                    return Err(self.missing_comma_or_fail(&last, T::RPar));
                }
            }
        }
        self.expect(T::RPar)?;
        Ok(self.expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// Expects a closing bracket after a comprehension.
    fn expect_closing(&mut self, kind: T) -> PResult<()> {
        self.expect(kind).map(|_| ())
    }

    /// `[`: list display or list comprehension.
    fn list_atom(&mut self) -> PResult<Expr> {
        let start = self.bump();
        if self.eat(T::RSqb) {
            return Ok(self.expr(
                ExprKind::List {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        let first = self.star_named_expression()?;
        if self.at_comp_for() {
            self.check_comp_elt(&first)?;
            let generators = self.for_if_clauses()?;
            self.expect_closing(T::RSqb)?;
            return Ok(self.expr(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                start,
            ));
        }
        let elts = self.rest_of_elements(first, T::RSqb)?;
        Ok(self.expr(
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// After the first element of a display: `(',' element)* [','] close`.
    fn rest_of_elements(&mut self, first: Expr, close: T) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        loop {
            if self.eat(close) {
                return Ok(elts);
            }
            if !self.eat(T::Comma) {
                let last = elts.last().cloned();
                return Err(match last {
                    Some(last) => self.missing_comma_or_fail(&last, close),
                    None => PErr::Fail,
                });
            }
            if self.eat(close) {
                return Ok(elts);
            }
            if self.at_comp_for() && close != T::RPar {
                // `[a, for x in y]`
                let (a, b) = (elts[0].loc, self.tok_loc(self.pos - 1));
                return Err(self.error_range(
                    "did you forget parentheses around the comprehension target?",
                    a,
                    b,
                ));
            }
            elts.push(self.star_named_expression()?);
            if self.at_comp_for() && close != T::RPar {
                let (a, b) = (elts[0].loc, elts[elts.len() - 1].loc);
                return Err(self.error_range(
                    "did you forget parentheses around the comprehension target?",
                    a,
                    b,
                ));
            }
        }
    }

    /// `{`: dict, set, or their comprehensions.
    fn brace_atom(&mut self) -> PResult<Expr> {
        let start = self.bump();
        if self.eat(T::RBrace) {
            return Ok(self.expr(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                start,
            ));
        }
        if self.at(T::DoubleStar) {
            let dstar = self.pos;
            let mark = self.probe();
            self.bump();
            let is_comp = self.bitwise_or().is_ok() && self.at_comp_for();
            self.unprobe(mark);
            if is_comp {
                return Err(self.error_tok(
                    crate::ErrorKind::SyntaxError,
                    "dict unpacking cannot be used in dict comprehension",
                    dstar,
                ));
            }
            return self.dict_rest(start, Vec::new(), Vec::new());
        }
        let first = self.star_named_expression()?;
        if self.at(T::Colon) && !matches!(first.kind, ExprKind::Starred { .. }) {
            self.bump();
            if self.at(T::RBrace) || self.at(T::Comma) {
                return Err(self.error_tok(
                    crate::ErrorKind::SyntaxError,
                    "expression expected after dictionary key and ':'",
                    self.pos - 1,
                ));
            }
            let value = self.expression()?;
            if self.at_comp_for() {
                let generators = self.for_if_clauses()?;
                self.expect_closing(T::RBrace)?;
                return Ok(self.expr(
                    ExprKind::DictComp {
                        key: Box::new(first),
                        value: Box::new(value),
                        generators,
                    },
                    start,
                ));
            }
            if self.at(T::RBrace) || self.at(T::Comma) {
                return self.dict_rest(start, vec![Some(first)], vec![value]);
            }
            return Err(PErr::Fail);
        }
        if self.at_comp_for() {
            self.check_comp_elt(&first)?;
            let generators = self.for_if_clauses()?;
            self.expect_closing(T::RBrace)?;
            return Ok(self.expr(
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
                start,
            ));
        }
        let elts = self.rest_of_elements(first, T::RBrace)?;
        Ok(self.expr(ExprKind::Set { elts }, start))
    }

    /// The remaining `key: value` / `**mapping` items of a dict display.
    fn dict_rest(
        &mut self,
        start: usize,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> PResult<Expr> {
        let mut need_comma = !keys.is_empty();
        loop {
            if self.eat(T::RBrace) {
                break;
            }
            if need_comma {
                self.expect(T::Comma)?;
                if self.eat(T::RBrace) {
                    break;
                }
            }
            need_comma = true;
            if self.eat(T::DoubleStar) {
                let v = self.bitwise_or()?;
                keys.push(None);
                values.push(v);
            } else {
                // CPython reports a later key without its ':' before
                // anything found inside the key.
                let outer = std::mem::replace(&mut self.no_invalid, !keys.is_empty());
                let k = self.expression();
                self.no_invalid = outer;
                let k = k?;
                if !self.at(T::Colon) {
                    if !keys.is_empty() || self.at(T::RBrace) || self.at(T::Comma) {
                        // At the key's last character, with no end.
                        let at = crate::ast::Loc {
                            lineno: k.loc.lineno,
                            col_offset: k.loc.end_col_offset.saturating_sub(1),
                            end_lineno: k.loc.end_lineno,
                            end_col_offset: 0,
                        };
                        return Err(
                            match self.error_at("':' expected after dictionary key", at) {
                                PErr::Error(mut e) => {
                                    e.end_offset = 0;
                                    PErr::Error(e)
                                }
                                e => e,
                            },
                        );
                    }
                    return Err(PErr::Fail);
                }
                self.bump();
                if self.at(T::RBrace) || self.at(T::Comma) {
                    return Err(self.error_tok(
                        crate::ErrorKind::SyntaxError,
                        "expression expected after dictionary key and ':'",
                        self.pos - 1,
                    ));
                }
                let v = self.expression()?;
                keys.push(Some(k));
                values.push(v);
            }
        }
        Ok(self.expr(ExprKind::Dict { keys, values }, start))
    }

    /// Whether a comprehension clause (`for` / `async for`) starts here.
    pub(crate) fn at_comp_for(&mut self) -> bool {
        self.at_kw(Kw::For)
            || (self.at_kw(Kw::Async) && self.peek_at(1) == T::Name && self.kw_at(1) == Kw::For)
    }

    /// A comprehension's element may not be starred.
    pub(crate) fn check_comp_elt(&self, elt: &Expr) -> PResult<()> {
        if let ExprKind::Starred { .. } = elt.kind {
            return Err(self.error_at(
                "iterable unpacking cannot be used in comprehension",
                elt.loc,
            ));
        }
        Ok(())
    }

    /// `for_if_clauses`.
    pub(crate) fn for_if_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        while self.at_comp_for() {
            let is_async = self.eat_kw(Kw::Async);
            self.expect_kw(Kw::For)?;
            let target = self.star_targets_until_in()?;
            self.expect_kw(Kw::In)?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(gens)
    }

    /// A display element followed by neither a comma nor the closing
    /// bracket (the "forgot a comma" case is detected in `expression`).
    pub(crate) fn missing_comma_or_fail(&mut self, _last: &Expr, _close: T) -> PErr {
        PErr::Fail
    }

    /// CPython's `invalid_expression` first alternative: a disjunction
    /// directly followed by another expression inside brackets is
    /// "invalid syntax. Perhaps you forgot a comma?". Called with the cursor
    /// after `last`; leaves the cursor unchanged.
    pub(crate) fn forgot_comma(&mut self, last: &Expr, first_tok: usize) -> Option<PErr> {
        if !self.starts_expression() {
            return None;
        }
        // `NAME STRING` (a prefix typo) and soft keywords are excluded.
        if self.tok(first_tok).kind == T::Name {
            if self.tok(first_tok + 1).kind == T::String {
                return None;
            }
            // CPython's soft-keyword test compares only the name's length:
            // any prefix of `match`, `case` or `_` counts.
            let t = self.text(first_tok);
            if !t.is_empty() && ["match", "case", "_"].iter().any(|k| k.starts_with(t)) {
                return None;
            }
            if let ExprKind::Name { id, .. } = &last.kind {
                if id == "print" || id == "exec" {
                    return None;
                }
            }
        }
        let mark = self.probe();
        let outer = std::mem::replace(&mut self.no_invalid, true);
        let second = self.expression();
        self.no_invalid = outer;
        let last_tok = self.last_real();
        self.unprobe(mark);
        match second {
            Ok(b) if self.level(last_tok) > 0 => Some(self.error_range(
                "invalid syntax. Perhaps you forgot a comma?",
                last.loc,
                b.loc,
            )),
            Err(e @ PErr::Error(_)) => Some(e),
            _ => None,
        }
    }
}
