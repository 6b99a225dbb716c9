//! The f-string scanner: splits one f-string token's body into literal text
//! and replacement fields `{expr[=][!conv][:spec]}`, exactly as CPython
//! 3.11's string parser scans it (byte by byte over the token text), with
//! its error messages and the positions it gives nested expressions.
//!
//! Invariants:
//! - Indices are byte offsets into the token text (prefix and quotes
//!   included); `end` is the offset of the closing quote(s), so reading one
//!   byte at `end` is always in bounds.
//! - A replacement field's expression is parsed by
//!   `parser::parse_fstring_replacement` with CPython's starting position:
//!   line = token line + newlines before the `{`; column (of the `(` CPython
//!   wraps the text in) = token column + offset of `{` in the token when the
//!   `{` is on the token's first line, else the `{`'s column in its line,
//!   and 0 when only whitespace separates the `{` from a newline.
//! - Format specs nest one level: a field inside a spec may not hold a
//!   spec with another field ("expressions nested too deeply").

use super::strings::{span, Builder, Run, StringRunError};
use crate::ast::{Expr, ExprKind};
use crate::tokenizer::Token;

/// CPython's limit on brackets open inside one replacement field.
const MAX_NESTING: usize = 200;

/// One f-string token being scanned.
pub(super) struct FString<'t> {
    pub tok: &'t Token,
    pub text: &'t [u8],
    pub end: usize,
    pub raw: bool,
}

/// What `find_literal_and_expr` found.
struct Found {
    literal: Option<String>,
    expr_text: Option<String>,
    expr: Option<Expr>,
    /// A doubled brace ended the literal: loop again without an expression.
    again: bool,
}

fn is_py_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

impl<'t> FString<'t> {
    fn at(&self, i: usize) -> u8 {
        self.text.get(i).copied().unwrap_or(0)
    }

    fn piece(&self, a: usize, b: usize) -> &'t str {
        std::str::from_utf8(&self.text[a..b]).unwrap_or("")
    }

    /// Scans literal parts and fields into `state` until the end of the
    /// body (`recurse == 0`) or the `}` closing a format spec.
    pub fn concat_fstring(
        &mut self,
        run: &mut Run,
        state: &mut Builder,
        pos: &mut usize,
        recurse: u32,
    ) -> Result<(), StringRunError> {
        state.fmode = true;
        loop {
            let found = self.find_literal_and_expr(run, pos, recurse)?;
            if let Some(l) = &found.literal {
                state.concat(l);
            }
            if let Some(t) = &found.expr_text {
                state.concat(t);
            }
            if found.again {
                continue;
            }
            match found.expr {
                None => break,
                Some(e) => {
                    let (first, last) = (run.first, run.last);
                    state.flush(run, first, last);
                    state.push(e);
                }
            }
        }
        if recurse == 0 && *pos + 1 < self.end {
            return Err(run.err("f-string: unexpected end of string"));
        }
        if recurse != 0 && self.at(*pos) != b'}' {
            return Err(run.err("f-string: expecting '}'"));
        }
        Ok(())
    }

    fn find_literal_and_expr(
        &mut self,
        run: &mut Run,
        pos: &mut usize,
        recurse: u32,
    ) -> Result<Found, StringRunError> {
        let (literal, again) = self.find_literal(run, pos, recurse)?;
        let mut found = Found {
            literal,
            expr_text: None,
            expr: None,
            again,
        };
        if again || *pos >= self.end || self.at(*pos) == b'}' {
            return Ok(found);
        }
        let (expr_text, expr) = self.find_expr(run, pos, recurse)?;
        found.expr_text = expr_text;
        found.expr = Some(expr);
        Ok(found)
    }

    /// Literal text up to an undoubled `{`, a `}` (in a spec) or the end.
    /// Returns the decoded text and whether a doubled brace ended it.
    fn find_literal(
        &mut self,
        run: &mut Run,
        pos: &mut usize,
        recurse: u32,
    ) -> Result<(Option<String>, bool), StringRunError> {
        let end = self.end;
        let start = *pos;
        let mut s = *pos;
        let mut doubled = false;
        while s < end {
            let mut ch = self.at(s);
            s += 1;
            if !self.raw && ch == b'\\' && s < end {
                ch = self.at(s);
                s += 1;
                if ch == b'N' {
                    if s < end {
                        let c = self.at(s);
                        s += 1;
                        if c == b'{' {
                            while s < end {
                                let c = self.at(s);
                                s += 1;
                                if c == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
                if ch == b'{' {
                    run.warn("invalid escape sequence '\\{'".to_string(), self.tok);
                }
            }
            if ch == b'{' || ch == b'}' {
                if recurse == 0 {
                    if s < end && self.at(s) == ch {
                        *pos = s + 1;
                        doubled = true;
                        break;
                    }
                    if ch == b'}' {
                        *pos = s - 1;
                        return Err(run.err("f-string: single '}' is not allowed"));
                    }
                }
                s -= 1;
                break;
            }
        }
        if !doubled {
            *pos = s;
        }
        if start == s {
            return Ok((None, doubled));
        }
        let text = self.piece(start, s);
        let value = if self.raw {
            text.to_string()
        } else {
            run.decode_str(text, self.tok)?
        };
        Ok((Some(value), doubled))
    }

    /// One replacement field starting at the `{` at `pos`.
    fn find_expr(
        &mut self,
        run: &mut Run,
        pos: &mut usize,
        recurse: u32,
    ) -> Result<(Option<String>, Expr), StringRunError> {
        if recurse >= 2 {
            return Err(run.err("f-string: expressions nested too deeply"));
        }
        let end = self.end;
        *pos += 1;
        let expr_start = *pos;
        let mut quote_char = 0u8;
        let mut triple = false;
        let mut stack: Vec<u8> = Vec::new();
        while *pos < end {
            let ch = self.at(*pos);
            if ch == b'\\' {
                return Err(run.err("f-string expression part cannot include a backslash"));
            }
            if quote_char != 0 {
                if ch == quote_char {
                    if triple {
                        if *pos + 2 < end && self.at(*pos + 1) == ch && self.at(*pos + 2) == ch {
                            *pos += 2;
                            quote_char = 0;
                            triple = false;
                        }
                    } else {
                        quote_char = 0;
                    }
                }
            } else if ch == b'\'' || ch == b'"' {
                if *pos + 2 < end && self.at(*pos + 1) == ch && self.at(*pos + 2) == ch {
                    triple = true;
                    *pos += 2;
                } else {
                    triple = false;
                }
                quote_char = ch;
            } else if matches!(ch, b'[' | b'{' | b'(') {
                if stack.len() >= MAX_NESTING {
                    return Err(run.err("f-string: too many nested parenthesis"));
                }
                stack.push(ch);
            } else if ch == b'#' {
                return Err(run.err("f-string expression part cannot include '#'"));
            } else if stack.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') {
                if *pos + 1 < end {
                    let next = self.at(*pos + 1);
                    if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        *pos += 2;
                        continue;
                    }
                }
                if ch != b'>' && ch != b'<' {
                    break;
                }
            } else if matches!(ch, b']' | b'}' | b')') {
                let opening = match stack.pop() {
                    Some(o) => o,
                    None => {
                        return Err(run.err(format!("f-string: unmatched '{}'", ch as char)));
                    }
                };
                let matched = matches!((opening, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matched {
                    return Err(run.err(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, opening as char
                    )));
                }
            }
            *pos += 1;
        }
        let expr_end = *pos;
        if quote_char != 0 {
            return Err(run.err("f-string: unterminated string"));
        }
        if let Some(&opening) = stack.last() {
            return Err(run.err(format!("f-string: unmatched '{}'", opening as char)));
        }
        if *pos >= end {
            return Err(run.err("f-string: expecting '}'"));
        }
        let value = self.compile_expr(run, expr_start, expr_end)?;

        let mut expr_text = None;
        if self.at(*pos) == b'=' {
            *pos += 1;
            while *pos < self.text.len() && is_py_space(self.at(*pos)) {
                *pos += 1;
            }
            if *pos >= end {
                return Err(run.err("f-string: expecting '}'"));
            }
            expr_text = Some(self.piece(expr_start, *pos).to_string());
        }

        let mut conversion: i32 = -1;
        if self.at(*pos) == b'!' {
            *pos += 1;
            if *pos >= end {
                return Err(run.err("f-string: expecting '}'"));
            }
            let c = self.at(*pos);
            *pos += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(
                    run.err("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            conversion = i32::from(c);
        }

        let mut format_spec = None;
        if *pos < end && self.at(*pos) == b':' {
            *pos += 1;
            if *pos >= end {
                return Err(run.err("f-string: expecting '}'"));
            }
            let mut spec = Builder::default();
            self.concat_fstring(run, &mut spec, pos, recurse + 1)?;
            let t = self.tok;
            format_spec = Some(Box::new(spec.finish(run, t, t)));
        }

        if *pos >= end || self.at(*pos) != b'}' {
            return Err(run.err("f-string: expecting '}'"));
        }
        *pos += 1;

        if expr_text.is_some() && format_spec.is_none() && conversion == -1 {
            conversion = i32::from(b'r');
        }
        let expr = Expr {
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            loc: span(run.first, run.last),
        };
        Ok((expr_text, expr))
    }

    /// Parses the expression text `expr_start..expr_end` of a field.
    fn compile_expr(
        &self,
        run: &mut Run,
        expr_start: usize,
        expr_end: usize,
    ) -> Result<Expr, StringRunError> {
        let src = &self.text[expr_start..expr_end];
        if src.iter().all(|c| matches!(c, b' ' | b'\t' | b'\n' | 0x0c)) {
            let after = self.at(expr_end);
            return Err(if matches!(after, b'!' | b':' | b'=') {
                run.err(format!(
                    "f-string: expression required before '{}'",
                    after as char
                ))
            } else {
                run.err("f-string: empty expression not allowed")
            });
        }
        let brace = expr_start - 1;
        let (lines, cols) = self.expr_location(brace);
        let line = self.tok.start.line + lines;
        let col = if lines == 0 {
            self.tok.start.col + cols
        } else {
            cols
        };
        let src = self.piece(expr_start, expr_end);
        crate::parser::parse_fstring_replacement(src, line, col + 1).map_err(StringRunError::Nested)
    }

    /// CPython's `fstring_find_expr_location`: newlines before the `{` at
    /// `brace`, and the column shift of the parenthesized expression.
    fn expr_location(&self, brace: usize) -> (u32, u32) {
        let t = self.text;
        let mut newline_after_brace = true;
        let mut i = brace + 1;
        while i < t.len() && t[i] != b'}' && t[i] != b'\n' {
            if !matches!(t[i], b' ' | b'\t' | 0x0c) {
                newline_after_brace = false;
                break;
            }
            i += 1;
        }
        let mut cols = 0;
        if !newline_after_brace {
            let mut start = brace;
            while start > 0 && t[start] != b'\n' {
                start -= 1;
            }
            cols = brace - start;
            if t[start] == b'\n' {
                cols -= 1;
            }
        }
        let lines = t[..brace].iter().filter(|&&c| c == b'\n').count();
        (lines as u32, cols as u32)
    }
}
