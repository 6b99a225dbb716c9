//! The `match` statement (PEP 634): the soft keywords `match`, `case` and
//! `_`, the subject, guards, and every pattern kind — literal, capture,
//! wildcard, value (dotted name), group, sequence (open, `[...]`, `(...)`),
//! star, mapping with `**rest`, class with positional and keyword patterns,
//! or-patterns and `as` patterns — with CPython's node positions.
//!
//! A line starting with `match` that does not parse as a match statement
//! header is left (cursor restored) for the simple-statement parser.

use super::core::{Kw, PErr, PResult, Parser};
use crate::ast::{
    Constant, Expr, ExprContext, ExprKind, MatchCase, Operator, Pattern, PatternKind, Stmt,
    StmtKind, UnaryOp,
};
use crate::tokenizer::TokenKind as T;

impl<'a> Parser<'a> {
    /// `match subject: NEWLINE INDENT case_block+ DEDENT`, or `None`.
    pub(crate) fn match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let start = self.pos;
        self.bump();
        // The subject is tried as in CPython's first pass: a line such as
        // `match(x).y = 1` is an ordinary statement.
        let outer = std::mem::replace(&mut self.no_invalid, true);
        let subject = self.subject_expr();
        self.no_invalid = outer;
        let subject = match subject {
            Ok(s) => s,
            Err(PErr::Fail) => {
                self.pos = start;
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if !self.at(T::Colon) {
            if self.at(T::Newline) {
                self.match_without_colon = Some(self.pos);
            }
            self.pos = start;
            return Ok(None);
        }
        self.bump();
        if !self.eat(T::Newline) {
            return Err(PErr::Fail);
        }
        if !self.at(T::Indent) {
            let line = self.tok(start).start.line;
            let msg = format!("expected an indented block after 'match' statement on line {line}");
            return Err(self.error_tok(crate::ErrorKind::IndentationError, &msg, self.pos));
        }
        self.bump();
        let mut cases = Vec::new();
        loop {
            cases.push(self.case_block()?);
            if self.eat(T::Dedent) || self.at(T::EndMarker) {
                break;
            }
        }
        Ok(Some(self.stmt(
            StmtKind::Match {
                subject: Box::new(subject),
                cases,
            },
            start,
        )))
    }

    fn subject_expr(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.star_named_expression()?;
        if !self.at(T::Comma) {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(PErr::Fail);
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !self.starts_star_expression() {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(self.expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    fn case_block(&mut self) -> PResult<MatchCase> {
        if !self.at_kw(Kw::Case) {
            return Err(PErr::Fail);
        }
        let case = self.bump();
        let pattern = self.patterns()?;
        let guard = if self.eat_kw(Kw::If) {
            Some(Box::new(self.named_expression()?))
        } else {
            None
        };
        self.colon()?;
        let body = self.block("'case' statement", case)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    fn pat(&self, kind: PatternKind, start: usize) -> Pattern {
        Pattern {
            kind,
            loc: self.loc_from(start),
        }
    }

    /// `patterns`: an open sequence (`a, *b`) or one pattern.
    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        let first = self.maybe_star_pattern()?;
        if !self.at(T::Comma) {
            if let PatternKind::MatchStar { .. } = first.kind {
                return Err(PErr::Fail);
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(T::Comma) {
            if self.at(T::Colon) || self.at_kw(Kw::If) {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(self.pat(PatternKind::MatchSequence { patterns }, start))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.at(T::Star) {
            let start = self.bump();
            let (name, i) = self.name()?;
            let name = if self.kw_of(i) == Kw::Underscore {
                None
            } else {
                Some(name)
            };
            return Ok(self.pat(PatternKind::MatchStar { name }, start));
        }
        self.pattern()
    }

    /// `pattern`: `or_pattern ['as' NAME]`.
    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter(1)?;
        let r = self.pattern_inner();
        self.leave(1);
        r
    }

    fn pattern_inner(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        let p = self.or_pattern()?;
        if self.eat_kw(Kw::As) {
            if self.at_kw(Kw::Underscore) {
                let i = self.pos;
                return Err(self.error_at("cannot use '_' as a target", self.tok_loc(i)));
            }
            let (name, _) = self.name()?;
            return Ok(self.pat(
                PatternKind::MatchAs {
                    pattern: Some(Box::new(p)),
                    name: Some(name),
                },
                start,
            ));
        }
        Ok(p)
    }

    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        let first = self.closed_pattern()?;
        if !self.at(T::VBar) {
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(T::VBar) {
            patterns.push(self.closed_pattern()?);
        }
        Ok(self.pat(PatternKind::MatchOr { patterns }, start))
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        match self.peek() {
            T::Number | T::Minus => {
                let value = self.signed_or_complex()?;
                Ok(self.pat(
                    PatternKind::MatchValue {
                        value: Box::new(value),
                    },
                    start,
                ))
            }
            T::String => {
                let value = self.atom()?;
                Ok(self.pat(
                    PatternKind::MatchValue {
                        value: Box::new(value),
                    },
                    start,
                ))
            }
            T::Name => {
                let singleton = match self.kw() {
                    Kw::None => Some(Constant::None),
                    Kw::True => Some(Constant::Bool(true)),
                    Kw::False => Some(Constant::Bool(false)),
                    _ => None,
                };
                if let Some(value) = singleton {
                    self.bump();
                    return Ok(self.pat(PatternKind::MatchSingleton { value }, start));
                }
                let next = self.peek_at(1);
                if next != T::Dot && next != T::LPar {
                    if self.kw() == Kw::Underscore {
                        self.bump();
                        return Ok(self.pat(
                            PatternKind::MatchAs {
                                pattern: None,
                                name: None,
                            },
                            start,
                        ));
                    }
                    let (name, _) = self.name()?;
                    if self.at(T::Equal) {
                        return Err(PErr::Fail);
                    }
                    return Ok(self.pat(
                        PatternKind::MatchAs {
                            pattern: None,
                            name: Some(name),
                        },
                        start,
                    ));
                }
                let cls = self.name_or_attr()?;
                if self.at(T::LPar) {
                    return self.class_pattern(cls, start);
                }
                if !matches!(cls.kind, ExprKind::Attribute { .. }) {
                    return Err(PErr::Fail);
                }
                Ok(self.pat(
                    PatternKind::MatchValue {
                        value: Box::new(cls),
                    },
                    start,
                ))
            }
            T::LPar => {
                self.bump();
                if self.eat(T::RPar) {
                    return Ok(self.pat(
                        PatternKind::MatchSequence {
                            patterns: Vec::new(),
                        },
                        start,
                    ));
                }
                let first = self.maybe_star_pattern()?;
                if self.eat(T::RPar) {
                    if let PatternKind::MatchStar { .. } = first.kind {
                        return Ok(self.pat(
                            PatternKind::MatchSequence {
                                patterns: vec![first],
                            },
                            start,
                        ));
                    }
                    return Ok(first);
                }
                let patterns = self.sequence_rest(first, T::RPar)?;
                Ok(self.pat(PatternKind::MatchSequence { patterns }, start))
            }
            T::LSqb => {
                self.bump();
                if self.eat(T::RSqb) {
                    return Ok(self.pat(
                        PatternKind::MatchSequence {
                            patterns: Vec::new(),
                        },
                        start,
                    ));
                }
                let first = self.maybe_star_pattern()?;
                let patterns = if self.eat(T::RSqb) {
                    vec![first]
                } else {
                    self.sequence_rest(first, T::RSqb)?
                };
                Ok(self.pat(PatternKind::MatchSequence { patterns }, start))
            }
            T::LBrace => self.mapping_pattern(),
            _ => Err(PErr::Fail),
        }
    }

    /// After the first element: `',' [elements] close`.
    fn sequence_rest(&mut self, first: Pattern, close: T) -> PResult<Vec<Pattern>> {
        let mut patterns = vec![first];
        self.expect(T::Comma)?;
        loop {
            if self.eat(close) {
                return Ok(patterns);
            }
            patterns.push(self.maybe_star_pattern()?);
            if self.eat(close) {
                return Ok(patterns);
            }
            self.expect(T::Comma)?;
        }
    }

    /// `NAME ('.' NAME)*` as a Name or Attribute chain (Load).
    fn name_or_attr(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let (id, _) = self.name()?;
        let mut e = self.expr(
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            },
            start,
        );
        while self.eat(T::Dot) {
            let (attr, _) = self.name()?;
            e = self.expr(
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                    ctx: ExprContext::Load,
                },
                start,
            );
        }
        Ok(e)
    }

    /// `signed_number` or `signed_real_number ('+'|'-') imaginary_number`.
    fn signed_or_complex(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let real = self.signed_number()?;
        let op = match self.peek() {
            T::Plus => Operator::Add,
            T::Minus => Operator::Sub,
            _ => return Ok(real),
        };
        self.bump();
        let s = self.pos;
        if !self.at(T::Number) {
            return Err(PErr::Fail);
        }
        let imag = self.atom()?;
        let is_imag = matches!(
            imag.kind,
            ExprKind::Constant {
                value: Constant::Complex { .. },
                ..
            }
        );
        let num = last_number(&real);
        if let ExprKind::Constant {
            value: Constant::Complex { .. },
            ..
        } = num.kind
        {
            return Err(self.error_at("real number required in complex literal", num.loc));
        }
        if !is_imag {
            return Err(self.error_at("imaginary number required in complex literal", imag.loc));
        }
        let _ = s;
        Ok(self.expr(
            ExprKind::BinOp {
                left: Box::new(real),
                op,
                right: Box::new(imag),
            },
            start,
        ))
    }

    fn signed_number(&mut self) -> PResult<Expr> {
        if self.at(T::Minus) {
            let start = self.bump();
            if !self.at(T::Number) {
                return Err(PErr::Fail);
            }
            let n = self.atom()?;
            return Ok(self.expr(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(n),
                },
                start,
            ));
        }
        if !self.at(T::Number) {
            return Err(PErr::Fail);
        }
        self.atom()
    }

    /// A mapping key: a literal (number, string, None/True/False) or a
    /// dotted value name.
    fn mapping_key(&mut self) -> PResult<Expr> {
        match self.peek() {
            T::Number | T::Minus => self.signed_or_complex(),
            T::String => self.atom(),
            T::Name => match self.kw() {
                Kw::None | Kw::True | Kw::False => self.atom(),
                _ => {
                    let e = self.name_or_attr()?;
                    if !matches!(e.kind, ExprKind::Attribute { .. }) {
                        return Err(PErr::Fail);
                    }
                    Ok(e)
                }
            },
            _ => Err(PErr::Fail),
        }
    }

    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let start = self.bump();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        loop {
            if self.eat(T::RBrace) {
                break;
            }
            if self.at(T::DoubleStar) {
                self.bump();
                let (name, i) = self.name()?;
                if self.kw_of(i) == Kw::Underscore {
                    return Err(PErr::Fail);
                }
                rest = Some(name);
                self.eat(T::Comma);
                self.expect(T::RBrace)?;
                break;
            }
            keys.push(self.mapping_key()?);
            self.expect(T::Colon)?;
            patterns.push(self.pattern()?);
            if !self.eat(T::Comma) {
                self.expect(T::RBrace)?;
                break;
            }
        }
        Ok(self.pat(
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            },
            start,
        ))
    }

    fn class_pattern(&mut self, cls: Expr, start: usize) -> PResult<Pattern> {
        self.bump();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        loop {
            if self.eat(T::RPar) {
                break;
            }
            if self.at_name() && self.peek_at(1) == T::Equal {
                let (name, _) = self.name()?;
                self.bump();
                kwd_attrs.push(name);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(self.error_at("positional patterns follow keyword patterns", p.loc));
                }
                patterns.push(p);
            }
            if !self.eat(T::Comma) {
                self.expect(T::RPar)?;
                break;
            }
        }
        Ok(self.pat(
            PatternKind::MatchClass {
                cls: Box::new(cls),
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            start,
        ))
    }
}

/// The number constant at the end of a signed number (`-1` -> `1`).
fn last_number(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::UnaryOp { operand, .. } => operand,
        _ => e,
    }
}
