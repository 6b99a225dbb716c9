//! The parser: Python 3.11's grammar (Grammar/python.gram) by recursive
//! descent over the tokenizer's stream, building `ast` nodes with CPython's
//! positions and reporting CPython's syntax errors.
//!
//! Layout: `core` holds the parser state (token cursor, furthest-token
//! tracking, recursion guard, error constructors); `stmt`/`compound` the
//! statements; `expr`/`atom`/`args` the expressions; `params` function and
//! lambda parameters; `pattern` the `match` statement; `targets` the
//! expression-to-target conversion with its error messages; `strings` the
//! string literals (owned by the string-literal module).
//!
//! Entry points never panic: every failure is a `SyntaxError` (or the
//! parser-stack `MemoryError` CPython raises for absurdly deep nesting).

mod args;
mod atom;
mod compound;
mod core;
mod expr;
mod number;
mod params;
mod pattern;
mod stmt;
mod escapes;
mod fstring;
pub mod strings;
mod targets;

use crate::ast::{Expr, Mod};
use crate::error::SyntaxError;
use crate::tokenizer::Token;

pub(crate) use self::core::Parser;

/// What an entry point parses (CPython's `exec`, `eval`, `single` modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Module,
    Expression,
    Interactive,
}

/// Parses a whole module (`exec` mode).
pub fn parse_module(source: &str) -> Result<Mod, SyntaxError> {
    parse_source(source, Mode::Module)
}

/// Parses one expression (`eval` mode).
pub fn parse_expression(source: &str) -> Result<Mod, SyntaxError> {
    parse_source(source, Mode::Expression)
}

/// Parses one interactive statement (`single` mode).
pub fn parse_interactive(source: &str) -> Result<Mod, SyntaxError> {
    parse_source(source, Mode::Interactive)
}

/// Tokenizes `source` and parses it in `mode`.
pub fn parse_source(source: &str, mode: Mode) -> Result<Mod, SyntaxError> {
    let toks = crate::tokenizer::tokenize(source);
    parse_tokens(source, &toks.tokens, toks.error, mode)
}

/// Parses an already tokenized source. `tok_error` is the tokenizer's first
/// error (its `tokens` being those before it); CPython reports it in
/// preference to any parser error, except that an unclosed bracket only wins
/// when the parser failed at the end of the stream or on a later line.
pub fn parse_tokens(
    source: &str,
    tokens: &[Token],
    tok_error: Option<SyntaxError>,
    mode: Mode,
) -> Result<Mod, SyntaxError> {
    if let Some(err) = &tok_error {
        if !is_unclosed_bracket(err) {
            return Err(err.clone());
        }
    }
    let mut p = Parser::new(source, tokens, tok_error.is_some());
    let res = match mode {
        Mode::Module => p.file(),
        Mode::Expression => p.eval_input(),
        Mode::Interactive => p.interactive(),
    };
    match res {
        Ok(m) => match tok_error {
            Some(err) => Err(err),
            None => Ok(m),
        },
        Err(e) => {
            let at_end = p.max_pos() + 1 >= tokens.len();
            let err = p.finish_error(e);
            match tok_error {
                Some(tok) if at_end || err.lineno > tok.lineno => Err(tok),
                _ => Err(err),
            }
        }
    }
}

fn is_unclosed_bracket(err: &SyntaxError) -> bool {
    err.msg.ends_with("was never closed")
}

/// Parses the expression of one f-string replacement field, `expr_src` being
/// the text between `{` and its `!`, `:`, `=` or `}`, as CPython 3.11 does
/// (the text parenthesized, parsed as star-expressions), with every position
/// shifted so that the fragment's first character sits at (`line`, `col`),
/// `col` a UTF-8 byte column.
pub fn parse_fstring_replacement(expr_src: &str, line: u32, col: u32) -> Result<Expr, SyntaxError> {
    core::fstring_replacement(expr_src, line, col)
}
