//! The tokenizer: Python 3.11's lexical grammar, in two modes — the C
//! tokenizer's stream the parser consumes (`tokenize`, in `lexer`), and the
//! stream of the pure-Python `tokenize` module that `--emit=tokens` prints
//! (`tokenize_listing`, in `listing`). Also source decoding (`decode`), the
//! decoding of string/bytes literal bodies and numbers for the parser
//! (`escapes`, `numbers`) and character classification (`chars`).
//!
//! Nothing in this module panics on any input, and none of it recurses.

pub mod chars;
pub mod decode;
pub mod lexer;
pub mod token;
mod unicode_tables;

pub use chars::normalize_identifier;
pub use decode::{decode_source, decode_source_named};
pub use lexer::{tokenize, ErrorOrigin, Tokens, TokenizerWarning};
pub use token::*;

use crate::error::SyntaxError;

/// The text `python3 -m tokenize FILE` prints for `bytes`.
pub fn tokenize_listing(_bytes: &[u8]) -> Result<String, SyntaxError> {
    Err(SyntaxError::new(
        crate::ErrorKind::SyntaxError,
        "tokenizer not written yet",
        1,
        0,
    ))
}

/// A line per token (kind, text, start and end), then the error if any, in
/// the format of the project's C-tokenizer goldens: a debugging and testing
/// view of `tokenize`. INDENT/DEDENT columns print as -1 (as CPython's).
pub fn dump_tokens(source: &str) -> String {
    let toks = tokenize(source);
    let mut out = String::new();
    for t in &toks.tokens {
        if t.kind == TokenKind::EndMarker {
            continue;
        }
        let (sc, ec) = match t.kind {
            TokenKind::Indent | TokenKind::Dedent => (-1, -1),
            _ => (t.start.col as i64, t.end.col as i64),
        };
        let text = match t.kind {
            TokenKind::Indent | TokenKind::Dedent => "",
            _ => t.text(source),
        };
        out.push_str(&format!(
            "{:?} {} ({}, {}) ({}, {})\n",
            t.kind,
            chars::py_repr(text),
            t.start.line,
            sc,
            t.end.line,
            ec
        ));
    }
    if let Some(e) = &toks.error {
        out.push_str(&format!(
            "ERROR {} {} {} {} {} {}\n",
            e.kind.name(),
            chars::py_repr(&e.msg),
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset
        ));
    }
    out
}
