//! Call arguments (python.gram's `arguments`, `args`, `kwargs` and
//! `invalid_arguments` / `invalid_kwarg`): positional and starred arguments,
//! keywords and `**` unpacking, the bare generator-expression argument, and
//! CPython's messages for misordered or malformed arguments.

use super::core::{Kw, PErr, PResult, Parser};
use crate::ast::{Comprehension, Expr, ExprKind, Keyword, Loc};
use crate::tokenizer::TokenKind as T;

impl<'a> Parser<'a> {
    /// The arguments of `primary '(' [arguments] ')'` and `primary genexp`
    /// (a lone generator expression spans the parentheses); the cursor is
    /// on the `(`.
    /// `genexp` allows the lone generator argument (calls, not classes).
    pub(crate) fn call_args(&mut self, genexp: bool) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let lpar = self.bump();
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kw = false;
        let mut seen_dstar = false;
        loop {
            if self.at(T::RPar) {
                break;
            }
            let item = self.pos;
            if self.at(T::Star) {
                let star = self.bump();
                let bad_start = !self.starts_expression();
                let value = match self.expression() {
                    Ok(v) => v,
                    // CPython's `invalid_arguments`: `args ',' '*'`.
                    Err(PErr::Fail)
                        if bad_start
                            && (!keywords.is_empty()
                                || args
                                    .iter()
                                    .any(|a| matches!(a.kind, ExprKind::Starred { .. }))) =>
                    {
                        return Err(self.error_tok(
                            crate::ErrorKind::SyntaxError,
                            "iterable argument unpacking follows keyword argument unpacking",
                            star,
                        ));
                    }
                    Err(e) => return Err(e),
                };
                if seen_dstar {
                    return Err(self.error_tok(
                        crate::ErrorKind::SyntaxError,
                        "iterable argument unpacking follows keyword argument unpacking",
                        star,
                    ));
                }
                args.push(self.starred(value, item));
            } else if self.at(T::DoubleStar) {
                self.bump();
                let value = self.expression()?;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    loc: self.loc_from(item),
                });
                seen_dstar = true;
            } else if self.peek() == T::Name
                && (self.kw().is_name() || matches!(self.kw(), Kw::True | Kw::False | Kw::None))
                && self.peek_at(1) == T::Equal
            {
                let kw = self.kw();
                if matches!(kw, Kw::True | Kw::False | Kw::None) {
                    let name = self.text(item).to_string();
                    return Err(self.error_toks(
                        &format!("cannot assign to {name}"),
                        item,
                        item + 1,
                    ));
                }
                if !kw.is_name() {
                    return Err(PErr::Fail);
                }
                let (arg, _) = self.name()?;
                let eq = self.bump();
                let value = self.expression()?;
                if self.at_comp_for() {
                    return Err(self.error_toks(
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        item,
                        eq,
                    ));
                }
                keywords.push(Keyword {
                    arg: Some(arg),
                    value,
                    loc: self.loc_from(item),
                });
                seen_kw = true;
            } else {
                let e = self.call_positional()?;
                if self.at(T::Equal) {
                    let eq = self.pos;
                    let b = self.tok_loc(eq);
                    return Err(self.error_range(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        e.loc,
                        b,
                    ));
                }
                if self.at_comp_for() {
                    self.check_comp_elt(&e)?;
                    if !genexp && args.is_empty() && keywords.is_empty() {
                        return Err(PErr::Fail);
                    }
                    let generators = self.for_if_clauses()?;
                    let alone = args.is_empty() && keywords.is_empty();
                    if alone && self.at(T::RPar) {
                        self.bump();
                        let g = self.expr(
                            ExprKind::GeneratorExp {
                                elt: Box::new(e),
                                generators,
                            },
                            lpar,
                        );
                        return Ok((vec![g], keywords));
                    }
                    if !alone || self.at(T::Comma) {
                        let end = last_comprehension_item(&generators);
                        return Err(self.error_range(
                            "Generator expression must be parenthesized",
                            e.loc,
                            end,
                        ));
                    }
                    return Err(PErr::Fail);
                }
                if seen_dstar || seen_kw {
                    // CPython reports these at the last token it read.
                    let msg = if seen_dstar {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    let _ = e;
                    // CPython reports these at the last token it read: its
                    // second pass reads the remaining arguments (`args ','
                    // args`), and a string run one token beyond.
                    let mark = self.probe();
                    let outer = std::mem::replace(&mut self.no_invalid, true);
                    loop {
                        while self.at(T::String) {
                            self.bump();
                        }
                        self.peek();
                        if !self.eat(T::Comma) {
                            break;
                        }
                        if self.at(T::Star) || self.at(T::DoubleStar) {
                            self.bump();
                        } else if self.at_name() && self.peek_at(1) == T::Equal {
                            self.bump();
                            self.bump();
                        }
                        if self.expression().is_err() {
                            break;
                        }
                    }
                    self.no_invalid = outer;
                    let at = self.max_pos();
                    self.unprobe(mark);
                    return Err(self.error_tok(crate::ErrorKind::SyntaxError, msg, at));
                }
                args.push(e);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::RPar)?;
        Ok((args, keywords))
    }

    /// A positional argument: `assignment_expression | expression !':='`.
    fn call_positional(&mut self) -> PResult<Expr> {
        if self.at_name() && self.peek_at(1) == T::ColonEqual {
            return self.named_expression();
        }
        let e = self.expression()?;
        if self.at(T::ColonEqual) {
            let msg = format!(
                "cannot use assignment expressions with {}",
                super::targets::expr_name(&e)
            );
            return Err(self.error_at(&msg, e.loc));
        }
        Ok(e)
    }
}

/// The end of a generator's last clause: its last `if` or its iterable.
fn last_comprehension_item(gens: &[Comprehension]) -> Loc {
    match gens.last() {
        Some(c) => match c.ifs.last() {
            Some(e) => e.loc,
            None => c.iter.loc,
        },
        None => Loc::default(),
    }
}
