//! Function and lambda parameters (python.gram's `parameters`,
//! `lambda_parameters` and their `invalid_*` rules): positional-only
//! parameters before `/`, defaults, `*args` / bare `*`, keyword-only
//! parameters, `**kwargs`, annotations (`def` only, `*args: *Ts` allowed),
//! with CPython's messages and positions for every misordering.

use super::core::{PErr, PResult, Parser};
use crate::ast::{Arg, Arguments, Expr};
use crate::tokenizer::TokenKind as T;

/// Which list the parameter just parsed went to.
#[derive(Clone, Copy)]
enum Last {
    None,
    Arg,
    KwOnly,
    VarArg,
}

impl<'a> Parser<'a> {
    /// Parses parameters up to (not including) the closing `)` of a `def`
    /// (`is_def`) or the `:` of a lambda.
    pub(crate) fn parameters(&mut self, is_def: bool) -> PResult<Arguments> {
        let close = if is_def { T::RPar } else { T::Colon };
        let mut a = Arguments::default();
        let mut seen_slash = false;
        let mut star: Option<usize> = None;
        let mut seen_default = false;
        loop {
            if self.at(close) {
                break;
            }
            let mut last_kind = Last::None;
            match self.peek() {
                T::Slash => {
                    let slash = self.pos;
                    if star.is_some() {
                        return Err(self.err_tok("/ must be ahead of *", slash));
                    }
                    if seen_slash {
                        return Err(self.err_tok("/ may appear only once", slash));
                    }
                    if a.args.is_empty() {
                        return Err(self.err_tok("at least one argument must precede /", slash));
                    }
                    self.bump();
                    seen_slash = true;
                    a.posonlyargs = std::mem::take(&mut a.args);
                }
                T::Star => {
                    let s = self.bump();
                    if star.is_some() {
                        return Err(self.err_tok("* argument may appear only once", s));
                    }
                    star = Some(s);
                    if self.at(T::Comma) || self.at(close) {
                        let bare_ok = self.at(T::Comma)
                            && self.peek_at(1) != close
                            && self.peek_at(1) != T::DoubleStar;
                        if !bare_ok {
                            return Err(self.bare_star_error(s, is_def));
                        }
                    } else {
                        let p = self.param(is_def, true)?;
                        if self.at(T::Equal) {
                            return Err(self.err_tok(
                                "var-positional argument cannot have default value",
                                self.pos,
                            ));
                        }
                        a.vararg = Some(Box::new(p));
                        last_kind = Last::VarArg;
                    }
                }
                T::DoubleStar => {
                    self.bump();
                    let p = self.param(is_def, false)?;
                    if self.at(T::Equal) {
                        return Err(self
                            .err_tok("var-keyword argument cannot have default value", self.pos));
                    }
                    a.kwarg = Some(Box::new(p));
                    if is_def {
                        let at = if self.at(T::Comma) {
                            self.pos + 1
                        } else {
                            self.pos
                        };
                        if let Some(c) = self.type_comment_before(at) {
                            if let Some(k) = a.kwarg.as_deref_mut() {
                                k.type_comment = Some(c);
                            }
                        }
                    }
                    if self.eat(T::Comma) && !self.at(close) {
                        if matches!(self.peek(), T::Name | T::Star | T::DoubleStar | T::Slash) {
                            return Err(self.err_tok(
                                "arguments cannot follow var-keyword argument",
                                self.pos,
                            ));
                        }
                        return Err(PErr::Fail);
                    }
                    break;
                }
                T::LPar if is_def => return Err(self.parenthesized_param()),
                _ => {
                    let p = self.param(is_def, false)?;
                    let default = if self.at(T::Equal) {
                        let next = self.peek_at(1);
                        if next == T::Comma || (is_def && next == T::RPar) {
                            return Err(self.err_tok("expected default value expression", self.pos));
                        }
                        self.bump();
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if star.is_some() {
                        a.kwonlyargs.push(p);
                        a.kw_defaults.push(default);
                        last_kind = Last::KwOnly;
                    } else {
                        last_kind = Last::Arg;
                        match default {
                            Some(d) => {
                                seen_default = true;
                                a.defaults.push(d);
                            }
                            None if seen_default => {
                                // Only a complete parameter (followed by
                                // `,` or the end) is reported so.
                                if !self.at(T::Comma) && !self.at(close) {
                                    return Err(PErr::Fail);
                                }
                                return Err(self.error_at(
                                    "non-default argument follows default argument",
                                    p.loc,
                                ));
                            }
                            None => {}
                        }
                        a.args.push(p);
                    }
                }
            }
            let param_end = self.pos;
            let more = self.eat(T::Comma);
            if is_def {
                // `param ',' TYPE_COMMENT?` or `param TYPE_COMMENT? &')'`.
                let at = if more { self.pos } else { param_end };
                if let Some(c) = self.type_comment_before(at) {
                    let last = match last_kind {
                        Last::Arg => a.args.last_mut(),
                        Last::KwOnly => a.kwonlyargs.last_mut(),
                        Last::VarArg => a.vararg.as_deref_mut(),
                        Last::None => None,
                    };
                    if let Some(arg) = last {
                        arg.type_comment = Some(c);
                    }
                }
            }
            if !more {
                break;
            }
        }
        if !self.at(close) {
            return Err(PErr::Fail);
        }
        Ok(a)
    }

    fn err_tok(&self, msg: &str, i: usize) -> PErr {
        self.error_tok(crate::ErrorKind::SyntaxError, msg, i)
    }

    /// "named arguments must follow bare *": at the `*` in a `def`, at the
    /// furthest token read in a lambda (as CPython reports them).
    fn bare_star_error(&mut self, star: usize, is_def: bool) -> PErr {
        if is_def {
            return self.err_tok("named arguments must follow bare *", star);
        }
        // CPython reads one token past the `*` (and past a comma).
        if self.at(T::Comma) {
            self.peek_at(1);
        }
        let i = self.max_pos();
        self.err_tok("named arguments must follow bare *", i)
    }

    /// `def f(a, (b, c))`: "Function parameters cannot be parenthesized".
    fn parenthesized_param(&mut self) -> PErr {
        // Only `'(' NAME (',' NAME)* [','] ')'` is reported so.
        let open = self.pos;
        let mut i = open + 1;
        loop {
            if self.tok(i).kind != T::Name || !self.kw_of(i).is_name() {
                return PErr::Fail;
            }
            i += 1;
            if self.tok(i).kind == T::Comma {
                i += 1;
            }
            if self.tok(i).kind == T::RPar {
                break;
            }
        }
        self.error_toks("Function parameters cannot be parenthesized", open, i)
    }

    /// One parameter: `NAME [':' annotation]` (annotations only in `def`;
    /// `star` allows `*args: *Ts`).
    fn param(&mut self, is_def: bool, star: bool) -> PResult<Arg> {
        let start = self.pos;
        let (arg, _) = self.name()?;
        let annotation = if is_def && self.eat(T::Colon) {
            let e: Expr = if star && self.at(T::Star) {
                self.star_expression()?
            } else {
                self.expression()?
            };
            Some(Box::new(e))
        } else {
            None
        };
        Ok(Arg {
            arg,
            annotation,
            type_comment: None,
            loc: self.loc_from(start),
        })
    }
}
