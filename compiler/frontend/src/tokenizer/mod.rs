//! The tokenizer: Python 3.11's lexical grammar, in two modes — the C
//! tokenizer's stream the parser consumes, and the stream of the `tokenize`
//! module that `--emit=tokens` prints.

pub mod token;

pub use token::*;

use crate::error::SyntaxError;

/// Decodes a source file's bytes to text: UTF-8 BOM, PEP 263 declarations.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    String::from_utf8(bytes.to_vec()).map_err(|_| {
        SyntaxError::new(
            crate::ErrorKind::SyntaxError,
            "invalid utf-8 (tokenizer not written yet)",
            1,
            0,
        )
    })
}

/// The text `python3 -m tokenize FILE` prints for `bytes`.
pub fn tokenize_listing(_bytes: &[u8]) -> Result<String, SyntaxError> {
    Err(SyntaxError::new(
        crate::ErrorKind::SyntaxError,
        "tokenizer not written yet",
        1,
        0,
    ))
}
