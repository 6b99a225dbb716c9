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
//! `typecomments` reads PEP 484 type comments; `number` number literals.
//!
//! How CPython's errors are reproduced: CPython parses twice (a PEG first
//! pass, then a second pass with its `invalid_*` rules that pick specific
//! messages). This parser makes one pass, mostly LL with local PEG-style
//! backtracking (a saved token index), and runs the second-pass checks as
//! *probes* only where the first pass fails; probes restore the cursor and
//! the furthest-token mark, so a generic "invalid syntax" still points at
//! the first pass's last token, as in CPython. Errors at INDENT, DEDENT and
//! ENDMARKER carry the columns CPython reports when it parses a file.
//!
//! Entry points never panic: every failure is a `SyntaxError` (or the
//! parser-stack `MemoryError` CPython raises for absurdly deep nesting).

mod args;
mod atom;
mod compound;
mod core;
mod escapes;
mod expr;
mod fstring;
mod params;
mod pattern;
mod stmt;
pub mod strings;
mod targets;
mod typecomments;

use crate::ast::{Expr, Mod};
use crate::error::SyntaxError;
use crate::tokenizer::{ErrorOrigin, Tokens};

pub(crate) use self::core::Parser;

/// What an entry point parses (CPython's `exec`, `eval`, `single` modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Module,
    Expression,
    Interactive,
}

/// Parses a whole module (`exec` mode) with type comments, as
/// `python3 -m ast` does (`ast.parse(..., type_comments=True)`): the tree
/// `--emit=ast` prints. Compiling ignores the type-comment fields.
pub fn parse_module(source: &str) -> Result<Mod, SyntaxError> {
    parse_source_with(source, Mode::Module, true)
}

/// Parses a whole module without type comments (`compile()`, and
/// `ast.parse()` without `type_comments=True`).
pub fn parse_module_plain(source: &str) -> Result<Mod, SyntaxError> {
    parse_source_with(source, Mode::Module, false)
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
    parse_source_with(source, mode, false)
}

/// Tokenizes `source` and parses it in `mode`, with or without reading
/// type comments.
pub fn parse_source_with(
    source: &str,
    mode: Mode,
    type_comments: bool,
) -> Result<Mod, SyntaxError> {
    let toks = crate::tokenizer::tokenize(source);
    parse_tokens_with(source, &toks, mode, type_comments)
}

/// Parses an already tokenized source. A tokenizer error takes precedence
/// over the parser's as in CPython: one the tokenizer raised always wins
/// (CPython scans the rest of the input after a parser error); an unclosed
/// bracket wins when the parser got to the end of the stream or failed on a
/// line after the bracket's; other tokenizer errors only when the parser
/// reached them.
pub fn parse_tokens(source: &str, toks: &Tokens, mode: Mode) -> Result<Mod, SyntaxError> {
    parse_tokens_with(source, toks, mode, false)
}

/// [`parse_tokens`], optionally reading type comments.
pub fn parse_tokens_with(
    source: &str,
    toks: &Tokens,
    mode: Mode,
    type_comments: bool,
) -> Result<Mod, SyntaxError> {
    let tokens = &toks.tokens;
    let mut p = Parser::new(source, tokens, toks.error.is_some());
    if type_comments {
        p.type_comments = Some(typecomments::scan(source, tokens));
    }
    let res = match mode {
        Mode::Module => p.file(),
        Mode::Expression => p.eval_input(),
        Mode::Interactive => p.interactive(),
    };
    let tok_err = match &toks.error {
        Some(e) => e,
        None => return res.map_err(|e| p.finish_error(e)),
    };
    let at_end = p.reached_end();
    match res {
        Ok(_) => Err(tok_err.clone()),
        Err(e) => {
            let furthest_line = p.furthest_line();
            // CPython reports an unexpected INDENT/DEDENT without looking
            // at the rest of the input.
            let at_indent = matches!(e, core::PErr::Fail) && p.failed_at_indent();
            let err = p.finish_error(e);
            let tok_wins = at_end
                || match toks.error_origin {
                    Some(ErrorOrigin::UnclosedBracket { line }) => furthest_line > line,
                    Some(ErrorOrigin::Raised) => !at_indent,
                    _ => false,
                };
            if tok_wins && err.kind != crate::ErrorKind::MemoryError {
                Err(tok_err.clone())
            } else {
                Err(err)
            }
        }
    }
}

/// Parses the expression of one f-string replacement field, `expr_src` being
/// the text between `{` and its `!`, `:`, `=` or `}`, as CPython 3.11 does
/// (the text parenthesized, parsed as star-expressions), with every position
/// shifted so that the fragment's first character sits at (`line`, `col`),
/// `col` a UTF-8 byte column.
pub fn parse_fstring_replacement(expr_src: &str, line: u32, col: u32) -> Result<Expr, SyntaxError> {
    core::fstring_replacement(expr_src, line, col)
}
