//! Compound statements: decorators, `def`/`async def`, `class`, `if`/`elif`/
//! `else`, `while`, `for`/`async for`, `with`/`async with` (including the
//! parenthesized item list), `try` with `except`, `except*`, `else`,
//! `finally`; `match` is in `pattern`. CPython's "expected ':'" and
//! "expected an indented block after ..." messages are produced here.

use super::core::{Kw, PErr, PResult, Parser};
use super::targets::{invalid_target, TargetKind};
use crate::ast::{ExceptHandler, Expr, For, FunctionDef, Stmt, StmtKind, Try, With, WithItem};
use crate::tokenizer::TokenKind as T;
use crate::ErrorKind;

impl<'a> Parser<'a> {
    /// A compound statement, or `None` (cursor unchanged) if none starts here.
    pub(crate) fn compound_stmt(&mut self) -> PResult<Option<Stmt>> {
        match self.peek() {
            T::At => {
                let decorators = self.decorators()?;
                let s = match self.kw() {
                    Kw::Def => self.funcdef(decorators, None)?,
                    Kw::Async if self.kw_at(1) == Kw::Def => {
                        let a = self.bump();
                        self.funcdef(decorators, Some(a))?
                    }
                    Kw::Class => self.classdef(decorators)?,
                    _ => return Err(PErr::Fail),
                };
                Ok(Some(s))
            }
            T::Name => {
                let s = match self.kw() {
                    Kw::Def => self.funcdef(Vec::new(), None)?,
                    Kw::Class => self.classdef(Vec::new())?,
                    Kw::If => {
                        // CPython's levels above the first `elif`.
                        self.enter(3)?;
                        let r = self.if_stmt();
                        self.leave(3);
                        r?
                    }
                    Kw::While => self.while_stmt()?,
                    Kw::For => self.for_stmt(None)?,
                    Kw::With => self.with_stmt(None)?,
                    Kw::Try => self.try_stmt()?,
                    Kw::Async => {
                        let a = self.bump();
                        match self.kw() {
                            Kw::Def => self.funcdef(Vec::new(), Some(a))?,
                            Kw::For => self.for_stmt(Some(a))?,
                            Kw::With => self.with_stmt(Some(a))?,
                            _ => return Err(PErr::Fail),
                        }
                    }
                    Kw::Match => return self.match_stmt(),
                    _ => return Ok(None),
                };
                Ok(Some(s))
            }
            _ => Ok(None),
        }
    }

    /// `':'` before a block: at a NEWLINE CPython says "expected ':'".
    pub(crate) fn colon(&mut self) -> PResult<()> {
        if self.eat(T::Colon) {
            return Ok(());
        }
        if self.at(T::Newline) {
            return Err(self.error_tok(ErrorKind::SyntaxError, "expected ':'", self.pos));
        }
        Err(PErr::Fail)
    }

    /// A forced `':'` (`&&':'`): anything else is "expected ':'".
    fn forced_colon(&mut self) -> PResult<()> {
        if self.eat(T::Colon) {
            return Ok(());
        }
        Err(self.error_tok(ErrorKind::SyntaxError, "expected ':'", self.pos))
    }

    fn decorators(&mut self) -> PResult<Vec<Expr>> {
        let mut out = Vec::new();
        while self.eat(T::At) {
            out.push(self.named_expression()?);
            self.expect(T::Newline)?;
        }
        Ok(out)
    }

    /// `def NAME(params) [-> expr]: block`; `async_tok` is the `async`
    /// token index for `async def` (the node then starts there).
    fn funcdef(&mut self, decorator_list: Vec<Expr>, async_tok: Option<usize>) -> PResult<Stmt> {
        let def = self.bump();
        let start = async_tok.unwrap_or(def);
        let (name, _) = self.name()?;
        if !self.eat(T::LPar) {
            return Err(self.error_tok(ErrorKind::SyntaxError, "expected '('", self.pos));
        }
        let args = self.parameters(true)?;
        self.expect(T::RPar)?;
        let returns = if self.at(T::RArrow) {
            let arrow = self.bump();
            match self.expression() {
                Ok(e) => Some(Box::new(e)),
                Err(PErr::Fail) => {
                    // PEG: `['->' expression]` did not match; the forced
                    // ':' is then missing at the arrow.
                    self.pos = arrow;
                    None
                }
                Err(e) => return Err(e),
            }
        } else {
            None
        };
        self.forced_colon()?;
        let type_comment = self.func_type_comment(self.pos - 1);
        let body = self.block("function definition", def)?;
        let f = FunctionDef {
            name,
            args: Box::new(args),
            body,
            decorator_list,
            returns,
            type_comment,
        };
        let kind = if async_tok.is_some() {
            StmtKind::AsyncFunctionDef(f)
        } else {
            StmtKind::FunctionDef(f)
        };
        Ok(self.stmt(kind, start))
    }

    fn classdef(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let start = self.bump();
        let (name, _) = self.name()?;
        let (bases, keywords) = if self.at(T::LPar) {
            self.call_args(false)?
        } else {
            (Vec::new(), Vec::new())
        };
        self.colon()?;
        let body = self.block("class definition", start)?;
        Ok(self.stmt(
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            },
            start,
        ))
    }

    /// `if` and `elif` (an `elif` is an `If` nested in `orelse`).
    fn if_stmt(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        let what = if self.kw_of(start) == Kw::Elif {
            "'elif' statement"
        } else {
            "'if' statement"
        };
        let test = self.named_expression()?;
        self.colon()?;
        let body = self.block(what, start)?;
        let orelse = if self.at_kw(Kw::Elif) {
            // `elif` nests (one parser level each, as in CPython).
            self.enter(1)?;
            let r = self.if_stmt();
            self.leave(1);
            vec![r?]
        } else {
            self.else_block()?
        };
        Ok(self.stmt(
            StmtKind::If {
                test: Box::new(test),
                body,
                orelse,
            },
            start,
        ))
    }

    /// `['else' ':' block]`.
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw(Kw::Else) {
            return Ok(Vec::new());
        }
        let e = self.bump();
        self.forced_colon()?;
        self.block("'else' statement", e)
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        let test = self.named_expression()?;
        self.colon()?;
        let body = self.block("'while' statement", start)?;
        let orelse = self.else_block()?;
        Ok(self.stmt(
            StmtKind::While {
                test: Box::new(test),
                body,
                orelse,
            },
            start,
        ))
    }

    fn for_stmt(&mut self, async_tok: Option<usize>) -> PResult<Stmt> {
        let for_tok = self.bump();
        let start = async_tok.unwrap_or(for_tok);
        let target = self.star_targets_until_in()?;
        self.expect_kw(Kw::In)?;
        let iter = self.star_expressions()?;
        self.colon()?;
        let type_comment = self.type_comment_before(self.pos);
        let body = self.block("'for' statement", for_tok)?;
        let orelse = self.else_block()?;
        let f = For {
            target: Box::new(target),
            iter: Box::new(iter),
            body,
            orelse,
            type_comment,
        };
        let kind = if async_tok.is_some() {
            StmtKind::AsyncFor(f)
        } else {
            StmtKind::For(f)
        };
        Ok(self.stmt(kind, start))
    }

    fn with_stmt(&mut self, async_tok: Option<usize>) -> PResult<Stmt> {
        let with_tok = self.bump();
        let start = async_tok.unwrap_or(with_tok);
        let mut items = None;
        let mut type_comment = None;
        if self.at(T::LPar) {
            let mark = self.pos;
            match self.paren_with_items() {
                Ok(v) => items = Some(v),
                Err(PErr::Fail) => self.pos = mark,
                Err(e) => return Err(e),
            }
        }
        let items = match items {
            Some(v) => v,
            None => {
                let mut v = Vec::new();
                loop {
                    v.push(self.with_item()?);
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                self.colon()?;
                type_comment = self.type_comment_before(self.pos);
                v
            }
        };
        let body = self.block("'with' statement", with_tok)?;
        let w = With {
            items,
            body,
            type_comment,
        };
        let kind = if async_tok.is_some() {
            StmtKind::AsyncWith(w)
        } else {
            StmtKind::With(w)
        };
        Ok(self.stmt(kind, start))
    }

    /// `'(' ','.with_item+ ','? ')' ':'`.
    fn paren_with_items(&mut self) -> PResult<Vec<WithItem>> {
        self.bump();
        let mut v = Vec::new();
        loop {
            v.push(self.with_item()?);
            if !self.eat(T::Comma) {
                break;
            }
            if self.at(T::RPar) {
                break;
            }
        }
        self.expect(T::RPar)?;
        self.expect(T::Colon)?;
        Ok(v)
    }

    /// `expression ['as' star_target]`.
    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat_kw(Kw::As) {
            let s = self.pos;
            let t = self.star_expression_target()?;
            if !matches!(self.peek(), T::Comma | T::RPar | T::Colon | T::Newline) {
                // CPython's `invalid_with_item` reads the target as an
                // expression (with its own invalid rules).
                let mark = self.probe();
                self.pos = s;
                let r = self.expression();
                self.unprobe(mark);
                if let Err(e @ PErr::Error(_)) = r {
                    return Err(e);
                }
                return Err(PErr::Fail);
            }
            let _ = s;
            Some(Box::new(t))
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    /// A single `star_target` (for `with ... as`), converted to Store.
    fn star_expression_target(&mut self) -> PResult<Expr> {
        let e = if self.at(T::Star) {
            let s = self.bump();
            let v = self.primary()?;
            self.starred(v, s)
        } else {
            match self.primary() {
                Ok(e) => e,
                Err(PErr::Fail) => {
                    let e = self.expression()?;
                    if let Some(bad) = invalid_target(&e, TargetKind::Star) {
                        return Err(self.invalid_target_error(bad, TargetKind::Star));
                    }
                    return Err(PErr::Fail);
                }
                Err(e) => return Err(e),
            }
        };
        if matches!(self.peek(), T::Comma | T::RPar | T::Colon) {
            return self.to_target(e, TargetKind::Star);
        }
        Ok(e)
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.bump();
        self.forced_colon()?;
        let body = self.block("'try' statement", start)?;
        let mut handlers = Vec::new();
        let mut star: Option<bool> = None;
        while self.at_kw(Kw::Except) {
            let ex = self.bump();
            let is_star = self.eat(T::Star);
            match star {
                None => star = Some(is_star),
                Some(s) if s != is_star => {
                    return Err(self.error_tok(
                        ErrorKind::SyntaxError,
                        "cannot have both 'except' and 'except*' on the same 'try'",
                        ex,
                    ));
                }
                _ => {}
            }
            if is_star && (self.at(T::Colon) || self.at(T::Newline)) {
                return Err(self.error_tok(
                    ErrorKind::SyntaxError,
                    "expected one or more exception types",
                    self.pos,
                ));
            }
            let (type_, name) = if self.at(T::Colon) || self.at(T::Newline) {
                (None, None)
            } else {
                let t = self.expression()?;
                if self.at(T::Comma) {
                    let mark = self.probe();
                    self.bump();
                    let rest = self.expressions();
                    // `['as' NAME] ':'` must follow; the range ends there.
                    let ok = rest.is_ok()
                        && (!self.eat_kw(Kw::As) || self.name().is_ok())
                        && self.at(T::Colon);
                    let end = self.last_real();
                    self.unprobe(mark);
                    if ok {
                        return Err(self.error_range(
                            "multiple exception types must be parenthesized",
                            t.loc,
                            self.tok_loc(end),
                        ));
                    }
                    return Err(PErr::Fail);
                }
                let name = if self.eat_kw(Kw::As) {
                    Some(self.name()?.0)
                } else {
                    None
                };
                (Some(Box::new(t)), name)
            };
            if is_star && type_.is_none() {
                return Err(self.error_tok(
                    ErrorKind::SyntaxError,
                    "expected one or more exception types",
                    self.pos,
                ));
            }
            self.colon()?;
            let what = if is_star {
                "'except*' statement"
            } else {
                "'except' statement"
            };
            let hbody = self.block(what, ex)?;
            handlers.push(ExceptHandler {
                type_,
                name,
                body: hbody,
                loc: self.loc_from(ex),
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.at_kw(Kw::Finally) {
            let f = self.bump();
            self.forced_colon()?;
            self.block("'finally' statement", f)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error_tok(
                ErrorKind::SyntaxError,
                "expected 'except' or 'finally' block",
                self.pos,
            ));
        }
        let t = Try {
            body,
            handlers,
            orelse,
            finalbody,
        };
        let kind = if star == Some(true) {
            StmtKind::TryStar(t)
        } else {
            StmtKind::Try(t)
        };
        Ok(self.stmt(kind, start))
    }
}
