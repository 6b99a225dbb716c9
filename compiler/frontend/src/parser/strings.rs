//! String literals in the parser: a run of adjacent STRING tokens (implicit
//! concatenation) becomes one `Constant` or `JoinedStr`, f-strings are split
//! into literal parts and `FormattedValue`s, as CPython 3.11's string parser
//! (Parser/string_parser.c) does, with its positions and error messages.
//!
//! Invariants (all observable in `python3 -m ast -a`):
//! - A plain run is one `Constant` spanning the whole run; its `kind` is
//!   `"u"` when the first token starts with a lowercase `u`.
//! - A run with an f-string is a `JoinedStr`; adjacent literal text (across
//!   tokens, `{{`/`}}` and `=` debug text) is merged into one `Constant`,
//!   empty literal text is dropped. Every `Constant` part and every
//!   `FormattedValue` spans the whole run — except, in a format spec, the
//!   trailing literal part and the spec's own `JoinedStr`, which span only
//!   the token holding the spec.
//! - Errors CPython raises "at the current token" are located at the token
//!   that follows the run (`next`), as the C parser has fetched it by then.
//!
//! The f-string scanner itself lives in `fstring.rs`; escape decoding in
//! `escapes.rs`.

use super::escapes;
use super::fstring::FString;
use crate::ast::{Constant, Expr, ExprKind, Loc};
use crate::error::{ErrorKind, SyntaxError};
use crate::tokenizer::{Pos, Token};

/// A `DeprecationWarning` CPython issues while decoding a literal (invalid
/// escape sequences); `lineno` is the line of the token holding it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StringWarning {
    pub msg: String,
    pub lineno: u32,
}

/// Why a run of string tokens was rejected.
#[derive(Clone, Debug, PartialEq)]
pub enum StringRunError {
    /// An error of the string parser itself, located (as CPython locates
    /// it) at the byte positions `start`..`end`: the token after the run,
    /// or the offending token. The caller turns it into a `SyntaxError` the
    /// way it builds its own errors (inside an f-string replacement field
    /// CPython prefixes "f-string: " and uses the field's coordinates).
    At { msg: String, start: Pos, end: Pos },
    /// A finished error from parsing a replacement field's expression.
    Nested(SyntaxError),
}

/// Builds the expression for a run of adjacent STRING tokens. `next` is the
/// token after the run (where CPython locates most string errors); `None`
/// uses the end of the run.
pub fn parse_string_run(
    source: &str,
    tokens: &[Token],
    next: Option<&Token>,
) -> Result<Expr, SyntaxError> {
    let mut warnings = Vec::new();
    parse_string_run_with_warnings(source, tokens, next, &mut warnings)
}

/// [`parse_string_run`], also collecting the invalid-escape warnings.
pub fn parse_string_run_with_warnings(
    source: &str,
    tokens: &[Token],
    next: Option<&Token>,
    warnings: &mut Vec<StringWarning>,
) -> Result<Expr, SyntaxError> {
    parse_string_run_located(source, tokens, next, warnings).map_err(|e| match e {
        StringRunError::At { msg, start, end } => error_at(source, msg, start, end),
        StringRunError::Nested(e) => e,
    })
}

/// [`parse_string_run_with_warnings`] leaving the string parser's own
/// errors as located messages (see [`StringRunError`]).
pub fn parse_string_run_located(
    source: &str,
    tokens: &[Token],
    next: Option<&Token>,
    warnings: &mut Vec<StringWarning>,
) -> Result<Expr, StringRunError> {
    let (first, last) = match (tokens.first(), tokens.last()) {
        (Some(f), Some(l)) => (f, l),
        _ => {
            let p = next.map(|t| t.start).unwrap_or_default();
            return Err(StringRunError::At {
                msg: "invalid syntax".to_string(),
                start: p,
                end: p,
            });
        }
    };
    let (err_start, err_end) = match next {
        Some(t) => (t.start, t.end),
        None => (last.end, last.end),
    };
    let mut run = Run {
        source,
        first,
        last,
        err_start,
        err_end,
        warnings,
    };
    run.concatenate(tokens)
}

/// Shared state of one run: the tokens bounding it, where "current token"
/// errors point, and the warning sink.
pub(super) struct Run<'a, 'w> {
    pub source: &'a str,
    pub first: &'a Token,
    pub last: &'a Token,
    err_start: Pos,
    err_end: Pos,
    pub warnings: &'w mut Vec<StringWarning>,
}

/// The pieces of one STRING token.
struct Literal<'a> {
    /// The token text with `\r\n`/`\r` read as `\n` (CPython reads source
    /// in universal-newline mode).
    text: std::borrow::Cow<'a, str>,
    body: std::ops::Range<usize>,
    bytes: bool,
    raw: bool,
    fmode: bool,
}

fn split_literal(text: &str) -> Option<Literal<'_>> {
    let text: std::borrow::Cow<'_, str> = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n").into()
    } else {
        text.into()
    };
    let b = text.as_bytes();
    let (mut bytes, mut raw, mut fmode) = (false, false, false);
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'b' | b'B' => bytes = true,
            b'r' | b'R' => raw = true,
            b'f' | b'F' => fmode = true,
            b'u' | b'U' => {}
            _ => break,
        }
        i += 1;
    }
    let quote = *b.get(i)?;
    if quote != b'\'' && quote != b'"' {
        return None;
    }
    let mut start = i + 1;
    let mut end = b.len().checked_sub(1)?;
    if end < start || b[end] != quote {
        return None;
    }
    if end - start >= 4 && b[start] == quote && b[start + 1] == quote {
        start += 2;
        end = end.checked_sub(2)?;
        if end < start || b[end] != quote || b[end + 1] != quote {
            return None;
        }
    }
    Some(Literal {
        body: start..end,
        text,
        bytes,
        raw,
        fmode,
    })
}

/// CPython's `FstringParser`: the pending literal text and the finished
/// parts of a `JoinedStr`.
#[derive(Default)]
pub(super) struct Builder {
    last_str: Option<String>,
    values: Vec<Expr>,
    /// Whether any f-string was seen (the result is then a `JoinedStr`).
    pub fmode: bool,
}

impl Builder {
    /// Appends literal text; empty text is dropped.
    pub fn concat(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        match &mut self.last_str {
            Some(last) => last.push_str(s),
            None => self.last_str = Some(s.to_string()),
        }
    }

    /// Turns the pending literal text (if any) into a `Constant` part.
    pub fn flush(&mut self, run: &Run, first: &Token, last: &Token) {
        if let Some(s) = self.last_str.take() {
            let c = run.str_constant(s, first, last);
            self.values.push(c);
        }
    }

    pub fn push(&mut self, e: Expr) {
        self.values.push(e);
    }

    /// The finished node spanning `first`..`last`: a `Constant` when no
    /// f-string was involved, else a `JoinedStr`.
    pub fn finish(mut self, run: &Run, first: &Token, last: &Token) -> Expr {
        if !self.fmode {
            let s = self.last_str.take().unwrap_or_default();
            return run.str_constant(s, first, last);
        }
        self.flush(run, first, last);
        Expr {
            kind: ExprKind::JoinedStr {
                values: self.values,
            },
            loc: span(first, last),
        }
    }
}

/// The location from the start of `a` to the end of `b`.
pub(super) fn span(a: &Token, b: &Token) -> Loc {
    Loc {
        lineno: a.start.line,
        col_offset: a.start.col,
        end_lineno: b.end.line,
        end_col_offset: b.end.col,
    }
}

impl<'a, 'w> Run<'a, 'w> {
    /// The text of a token.
    pub fn token_text(&self, t: &Token) -> &'a str {
        self.source
            .get(t.span.0 as usize..t.span.1 as usize)
            .unwrap_or("")
    }

    /// A `str` `Constant` spanning `first`..`last`, with `kind="u"` when
    /// `first` starts with a lowercase `u`.
    pub fn str_constant(&self, s: String, first: &Token, last: &Token) -> Expr {
        let kind = self
            .token_text(first)
            .starts_with('u')
            .then(|| "u".to_string());
        Expr {
            kind: ExprKind::Constant {
                value: Constant::Str(s),
                kind,
            },
            loc: span(first, last),
        }
    }

    /// A syntax error at the token after the run (CPython's
    /// `RAISE_SYNTAX_ERROR` in the string parser).
    pub fn err(&self, msg: impl Into<String>) -> StringRunError {
        StringRunError::At {
            msg: msg.into(),
            start: self.err_start,
            end: self.err_end,
        }
    }

    pub fn warn(&mut self, msg: String, t: &Token) {
        self.warnings.push(StringWarning {
            msg,
            lineno: t.start.line,
        });
    }

    /// Decodes a non-raw `str` piece of token `t`.
    pub fn decode_str(&mut self, piece: &str, t: &Token) -> Result<String, StringRunError> {
        match escapes::decode_str(piece) {
            Ok(d) => {
                if let Some(w) = d.warning {
                    self.warn(w, t);
                }
                Ok(d.value)
            }
            Err(msg) => Err(self.err(msg)),
        }
    }

    fn concatenate(&mut self, tokens: &[Token]) -> Result<Expr, StringRunError> {
        let mut state = Builder::default();
        let mut bytes_value: Vec<u8> = Vec::new();
        let mut bytes_mode = false;
        for (i, t) in tokens.iter().enumerate() {
            let text = self.token_text(t);
            let lit = match split_literal(text) {
                Some(l) => l,
                None => return Err(self.err("invalid string literal")),
            };
            let body = &lit.text[lit.body.clone()];
            // Decode first: CPython reports a bad token before a mix.
            let mut piece: Option<Result<String, Vec<u8>>> = None;
            if !lit.fmode {
                if lit.bytes {
                    if !body.is_ascii() {
                        return Err(StringRunError::At {
                            msg: "bytes can only contain ASCII literal characters".into(),
                            start: t.start,
                            end: t.end,
                        });
                    }
                    let value = if lit.raw || !body.contains('\\') {
                        body.as_bytes().to_vec()
                    } else {
                        match escapes::decode_bytes(body.as_bytes()) {
                            Ok(d) => {
                                if let Some(w) = d.warning {
                                    self.warn(w, t);
                                }
                                d.value
                            }
                            Err(msg) => return Err(self.err(msg)),
                        }
                    };
                    piece = Some(Err(value));
                } else {
                    let value = if lit.raw || !body.contains('\\') {
                        body.to_string()
                    } else {
                        self.decode_str(body, t)?
                    };
                    piece = Some(Ok(value));
                }
            }
            if i != 0 && bytes_mode != lit.bytes {
                return Err(self.err("cannot mix bytes and nonbytes literals"));
            }
            bytes_mode = lit.bytes;
            match piece {
                Some(Err(b)) => bytes_value.extend_from_slice(&b),
                Some(Ok(s)) => state.concat(&s),
                None => {
                    let text = lit.text.clone();
                    let mut f = FString {
                        tok: t,
                        text: text.as_bytes(),
                        end: lit.body.end,
                        raw: lit.raw,
                    };
                    let mut pos = lit.body.start;
                    f.concat_fstring(self, &mut state, &mut pos, 0)?;
                }
            }
        }
        let (first, last) = (self.first, self.last);
        if bytes_mode {
            return Ok(Expr {
                kind: ExprKind::Constant {
                    value: Constant::Bytes(bytes_value),
                    kind: None,
                },
                loc: span(first, last),
            });
        }
        Ok(state.finish(self, first, last))
    }
}

/// The text of line `lineno` of `source` (1-based), with its newline if it
/// has one.
fn source_line(source: &str, lineno: u32) -> &str {
    let mut rest = source;
    for _ in 1..lineno {
        match rest.find('\n') {
            Some(i) => rest = &rest[i + 1..],
            None => return "",
        }
    }
    match rest.find('\n') {
        Some(i) => &rest[..=i],
        None => rest,
    }
}

/// CPython's conversion of a 1-based byte offset on `line` to a 1-based
/// character offset (`_PyPegen_byte_offset_to_character_offset`).
fn char_offset(line: &str, byte_offset: usize) -> u32 {
    let len = line.len();
    let off = byte_offset.min(len + 1);
    let bytes = &line.as_bytes()[..off.min(len)];
    let chars = String::from_utf8_lossy(bytes).chars().count();
    (chars + off.saturating_sub(len)) as u32
}

/// A `SyntaxError` spanning byte positions `start`..`end`, with CPython's
/// character offsets (both computed on the start line) and that line as
/// `text`.
fn error_at(source: &str, msg: String, start: Pos, end: Pos) -> SyntaxError {
    let line = source_line(source, start.line);
    let mut e = SyntaxError::new(
        ErrorKind::SyntaxError,
        msg,
        start.line,
        char_offset(line, start.col as usize + 1),
    );
    e.end_lineno = end.line;
    e.end_offset = char_offset(line, end.col as usize + 1);
    e.text = Some(line.trim_end_matches(['\n', '\r']).to_string());
    e
}

#[cfg(test)]
mod tests;
