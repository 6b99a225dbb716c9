//! The parser: Python 3.11's grammar (Grammar/python.gram) by recursive
//! descent over the tokenizer's stream, building `ast` nodes with CPython's
//! positions and reporting CPython's syntax errors.

mod escapes;
mod fstring;
pub mod strings;

use crate::ast::{Expr, Mod};
use crate::error::SyntaxError;

/// Parses a whole module (`exec` mode).
pub fn parse_module(_source: &str) -> Result<Mod, SyntaxError> {
    Err(SyntaxError::new(
        crate::ErrorKind::SyntaxError,
        "parser not written yet",
        1,
        0,
    ))
}

/// Parses the expression of one f-string replacement field, `expr_src` being
/// the text between `{` and its `!`, `:`, `=` or `}`, as CPython 3.11 does
/// (the text parenthesized, parsed as star-expressions), with every position
/// shifted so that the fragment's first character sits at (`line`, `col`),
/// `col` a UTF-8 byte column.
pub fn parse_fstring_replacement(
    _expr_src: &str,
    _line: u32,
    _col: u32,
) -> Result<Expr, SyntaxError> {
    Err(SyntaxError::new(
        crate::ErrorKind::SyntaxError,
        "parser not written yet",
        1,
        0,
    ))
}
