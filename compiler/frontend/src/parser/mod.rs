//! The parser: Python 3.11's grammar (Grammar/python.gram) by recursive
//! descent over the tokenizer's stream, building `ast` nodes with CPython's
//! positions and reporting CPython's syntax errors.

use crate::ast::Mod;
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
