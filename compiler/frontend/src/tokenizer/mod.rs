//! The tokenizer: Python 3.11's lexical grammar, in two modes — the C
//! tokenizer's stream the parser consumes (`tokenize`, in `lexer`), and the
//! stream of the pure-Python `tokenize` module that `--emit=tokens` prints
//! (`tokenize_listing`, in `listing`). Also source decoding (`decode`),
//! number literal values for the parser (`numbers`) and character
//! classification (`chars`). String literal bodies are decoded by the
//! parser's `strings`/`escapes` modules.
//!
//! Public API (see each item's docs):
//! - `decode_source_named(bytes, filename)` / `decode_source(bytes)`: BOM,
//!   PEP 263 declarations, CPython's decoding / null-byte errors, newline
//!   translation;
//! - `tokenize(source) -> Tokens`: tokens, first error, its `ErrorOrigin`
//!   and tokenizer warnings;
//! - `tokenize_listing_for(bytes, filename)`: stdout or stderr text of
//!   `python3 -m tokenize`;
//! - `parse_number`, `int_digits_error`, `normalize_identifier`.
//!
//! Nothing in this module panics on any input, and none of it recurses.

pub mod chars;
mod codecs;
pub mod decode;
pub mod lexer;
pub mod listing;
pub mod numbers;
pub mod token;
mod unicode_tables;

#[cfg(test)]
mod tests;

pub use chars::normalize_identifier;
pub use decode::{decode_source, decode_source_named, normalize_newlines};
pub use lexer::{tokenize, ErrorOrigin, TokenizerWarning, Tokens};
pub use numbers::{int_digits_error, parse_number, try_parse_number};
pub use token::*;

/// Exactly what `python3 -m tokenize FILENAME` does for a file holding
/// `bytes`: `Ok(stdout text)` (exit status 0) or `Err(stderr text)` (exit
/// status 1, nothing on stdout).
pub fn tokenize_listing_for(bytes: &[u8], filename: &str) -> Result<String, String> {
    listing::listing_tokens(bytes, filename)
        .map(|tokens| listing::render(&tokens))
        .map_err(|e| e.render(filename))
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
