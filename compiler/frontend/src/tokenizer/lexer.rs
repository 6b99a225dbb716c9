//! The C tokenizer's token stream (what CPython 3.11's parser consumes):
//! NAME, NUMBER, STRING (a whole f-string is one STRING), operators, NEWLINE,
//! INDENT, DEDENT, ENDMARKER — no comments, no NL tokens.
//!
//! Invariants:
//! - Scanning is byte-level over the UTF-8 source; every byte >= 0x80 is an
//!   identifier byte candidate, so multi-byte characters are never split.
//! - A source whose last line lacks a newline is scanned as if it had one
//!   (CPython appends it): that virtual `\n` sits at byte `source.len()`.
//! - `\r\n` and a lone `\r` end a line like `\n` (CPython translates them).
//! - The first error stops scanning; `Tokens::tokens` holds every token
//!   before it. Nothing here panics or recurses.
//!
//! `async` and `await` are NAME tokens here (CPython 3.11 types them ASYNC
//! and AWAIT; the parser recognizes them, like every keyword, by text).
//!
//! Positions follow `token.rs` (byte columns). Tokens CPython gives no column
//! (INDENT, DEDENT; col -1 in CPython) carry the tokenizer's cursor instead:
//! INDENT/DEDENT sit at the first non-blank byte of their line, and the
//! ENDMARKER and the DEDENTs at end of input sit at the end of the last line
//! (after its newline), on that line — exactly where CPython's parser takes
//! the error location from when it reports an error at such a token.

use super::chars;
use super::token::{Pos, Token, TokenKind};
use crate::error::{ErrorKind, SyntaxError};

/// CPython's MAXLEVEL: how deep brackets may nest.
pub const MAX_PAREN_LEVEL: usize = 200;
/// CPython's MAXINDENT: the indentation stack size (so 99 nested blocks).
pub const MAX_INDENT: usize = 100;
const TABSIZE: u32 = 8;

/// The tokenizer's result: the tokens, and the first error if any.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    /// The first tokenizer error, with CPython's message and location as
    /// CPython reports it when its parser reaches that point of the input.
    pub error: Option<SyntaxError>,
    /// How CPython surfaces `error` (see `ErrorOrigin`); `Some` iff `error` is.
    pub error_origin: Option<ErrorOrigin>,
    /// `SyntaxWarning`s the tokenizer issued (e.g. "invalid decimal literal"
    /// for `1if x else y`), in source order.
    pub warnings: Vec<TokenizerWarning>,
}

/// How CPython's parser turns a tokenizer error into an exception. This
/// matters after a generic "invalid syntax": CPython then scans the rest of
/// the input and lets some tokenizer errors replace the generic one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorOrigin {
    /// The tokenizer raised the exception itself (unterminated strings,
    /// bad numbers, invalid characters, bracket mismatches, ...): it replaces
    /// a generic syntax error found earlier.
    Raised,
    /// End of input with a bracket still open ("'(' was never closed"): it
    /// replaces a generic syntax error only when the generic error's line is
    /// after `line`, the bracket's line.
    UnclosedBracket { line: u32 },
    /// An error code the parser converts when it reaches it (EOF after a
    /// backslash, dedent mismatch, TabError, too deep indentation, character
    /// after a line continuation): never replaces another error.
    Code,
}

/// A warning issued while tokenizing (CPython's category: SyntaxWarning).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenizerWarning {
    pub msg: String,
    pub lineno: u32,
}

type Fail = (SyntaxError, ErrorOrigin);

/// Tokenizes `source` the way CPython 3.11's C tokenizer does.
pub fn tokenize(source: &str) -> Tokens {
    let mut lx = Lexer::new(source);
    let result = lx.run();
    let (error, error_origin) = match result {
        Ok(()) => (None, None),
        Err((mut e, o)) => {
            // CPython's report shows a tokenizer-raised error's character
            // offsets and line as they are (see `error::RaisedBy`).
            if o == ErrorOrigin::Raised {
                e.raised_by = crate::error::RaisedBy::Tokenizer;
            }
            (Some(e), Some(o))
        }
    };
    Tokens {
        tokens: lx.out,
        error,
        error_origin,
        warnings: lx.warnings,
    }
}

/// End-of-input sentinel returned by `Lexer::at` (NUL bytes are rejected
/// before scanning, so 0 never occurs inside the text).
const EOF: u8 = 0;

fn is_nl(c: u8) -> bool {
    c == b'\n' || c == b'\r'
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

struct Lexer<'a> {
    text: &'a str,
    src: &'a [u8],
    /// Whether a newline is implied at `src.len()`.
    virtual_nl: bool,
    pos: usize,
    line: u32,
    line_start: usize,
    /// Start of the previous line (for positions at end of input).
    prev_line_start: usize,
    /// (col, altcol) per indentation level; never empty.
    indents: Vec<(u32, u32)>,
    /// Open brackets: (char, line, byte column, line start).
    parens: Vec<(u8, u32, usize, usize)>,
    pending: i32,
    atbol: bool,
    out: Vec<Token>,
    warnings: Vec<TokenizerWarning>,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str) -> Self {
        let src = text.as_bytes();
        let virtual_nl = !src.is_empty() && !is_nl(src[src.len() - 1]);
        Lexer {
            text,
            src,
            virtual_nl,
            pos: 0,
            line: 1,
            line_start: 0,
            prev_line_start: 0,
            indents: vec![(0, 0)],
            parens: Vec::new(),
            pending: 0,
            atbol: true,
            out: Vec::with_capacity(src.len() / 4 + 16),
            warnings: Vec::new(),
        }
    }

    /// The byte at `i`, the virtual final newline, or `EOF`.
    #[inline]
    fn at(&self, i: usize) -> u8 {
        match self.src.get(i) {
            Some(&b) => b,
            None if i == self.src.len() && self.virtual_nl => b'\n',
            None => EOF,
        }
    }

    fn is_eof(&self, i: usize) -> bool {
        i >= self.src.len() + usize::from(self.virtual_nl)
    }

    /// Length of the line terminator at `i` (0 when there is none).
    fn nl_len(&self, i: usize) -> usize {
        match self.at(i) {
            b'\n' => 1,
            b'\r' => {
                if self.at(i + 1) == b'\n' {
                    2
                } else {
                    1
                }
            }
            _ => 0,
        }
    }

    /// Moves past the line terminator at `i`; returns the next line's start.
    fn newline_at(&mut self, i: usize) -> usize {
        let next = i + self.nl_len(i).max(1);
        self.line += 1;
        self.prev_line_start = self.line_start;
        self.line_start = next;
        next
    }

    fn clamp(&self, i: usize) -> usize {
        i.min(self.src.len())
    }

    /// Characters in `src[a..b]` (a partial character counts as one).
    fn chars_between(&self, a: usize, b: usize) -> u32 {
        let (a, b) = (self.clamp(a), self.clamp(b));
        if a >= b {
            return 0;
        }
        self.src[a..b]
            .iter()
            .filter(|&&c| (c & 0xC0) != 0x80)
            .count() as u32
    }

    /// The text of the line starting at `start`, without its terminator.
    fn line_text(&self, start: usize) -> String {
        let start = self.clamp(start);
        let rest = &self.src[start..];
        let end = rest.iter().position(|&c| is_nl(c)).unwrap_or(rest.len());
        String::from_utf8_lossy(&rest[..end]).into_owned()
    }

    /// The line number and start of the cursor at end of input: CPython
    /// stays on the last line, after its newline.
    fn eof_line(&self) -> (u32, usize) {
        if self.line > 1 && self.line_start >= self.src.len() + usize::from(self.virtual_nl) {
            (self.line - 1, self.prev_line_start)
        } else {
            (self.line, self.line_start)
        }
    }

    fn cursor(&self) -> Pos {
        if self.is_eof(self.pos) {
            let (line, start) = self.eof_line();
            let end = self.src.len() + usize::from(self.virtual_nl);
            return Pos {
                line,
                col: end.saturating_sub(start) as u32,
            };
        }
        Pos {
            line: self.line,
            col: (self.pos - self.line_start) as u32,
        }
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        let s = Pos {
            line: self.line,
            col: (start - self.line_start) as u32,
        };
        let e = Pos {
            line: self.line,
            col: (end - self.line_start) as u32,
        };
        self.push_at(kind, s, e, start, end);
    }

    fn push_at(&mut self, kind: TokenKind, start: Pos, end: Pos, a: usize, b: usize) {
        let (a, b) = (self.clamp(a), self.clamp(b));
        self.out.push(Token {
            kind,
            start,
            end,
            span: (a as u32, b as u32),
        });
    }

    /// CPython's `syntaxerror()`: the offset counts the characters from the
    /// line start to the cursor `cur`.
    fn raise(&self, msg: impl Into<String>, cur: usize) -> Fail {
        let off = self.chars_between(self.line_start, cur);
        let mut e = SyntaxError::new(ErrorKind::SyntaxError, msg, self.line, off);
        e.text = Some(self.line_text(self.line_start));
        (e, ErrorOrigin::Raised)
    }

    /// An error code CPython's parser reports at (`line`, `offset`), with
    /// an unknown end column.
    fn code_error(&self, kind: ErrorKind, msg: &str, line: u32, ls: usize, offset: u32) -> Fail {
        let mut e = SyntaxError::new(kind, msg, line, offset);
        e.end_offset = 0;
        e.text = Some(self.line_text(ls));
        (e, ErrorOrigin::Code)
    }

    fn tab_error(&self) -> Fail {
        self.code_error(
            ErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            self.line,
            self.line_start,
            1,
        )
    }

    /// The cursor is at the end of the current line (CPython's `tok->inp`).
    fn offset_at_line_end(&self) -> u32 {
        let mut i = self.line_start;
        while !self.is_eof(i) && !is_nl(self.at(i)) {
            i += 1;
        }
        let end = i + self.nl_len(i);
        let mut n = self.chars_between(self.line_start, end);
        if self.virtual_nl && end > self.src.len() {
            n += 1;
        }
        n
    }

    /// After a backslash at `bs`: the following newline is consumed.
    fn continuation(&mut self, bs: usize) -> Result<(), Fail> {
        if !is_nl(self.at(bs + 1)) {
            // CPython: the cursor is past the character after the backslash.
            let off = self.chars_between(self.line_start, bs + 1) + 1;
            return Err(self.code_error(
                ErrorKind::SyntaxError,
                "unexpected character after line continuation character",
                self.line,
                self.line_start,
                off,
            ));
        }
        self.pos = self.newline_at(bs + 1);
        if self.is_eof(self.pos) {
            let (line, ls) = self.eof_line();
            let end = self.src.len() + usize::from(self.virtual_nl);
            let off =
                self.chars_between(ls, end) + u32::from(self.virtual_nl && end > self.src.len());
            return Err(self.code_error(
                ErrorKind::SyntaxError,
                "unexpected EOF while parsing",
                line,
                ls,
                off,
            ));
        }
        Ok(())
    }

    fn run(&mut self) -> Result<(), Fail> {
        if let Some(i) = self.src.iter().position(|&c| c == 0) {
            let line = 1 + self.src[..i].iter().filter(|&&c| c == b'\n').count() as u32;
            let ls = self.src[..i]
                .iter()
                .rposition(|&c| c == b'\n')
                .map_or(0, |p| p + 1);
            let mut e = SyntaxError::new(
                ErrorKind::SyntaxError,
                "source code cannot contain null bytes",
                line,
                0,
            );
            e.text = Some(String::from_utf8_lossy(&self.src[ls..i]).into_owned());
            return Err((e, ErrorOrigin::Raised));
        }
        loop {
            let mut blankline = false;
            if self.atbol {
                self.atbol = false;
                blankline = self.indentation()?;
            }
            while self.pending != 0 {
                let p = self.cursor();
                let at = self.pos;
                if self.pending < 0 {
                    self.pending += 1;
                    self.push_at(TokenKind::Dedent, p, p, at, at);
                } else {
                    self.pending -= 1;
                    self.push_at(TokenKind::Indent, p, p, at, at);
                }
            }
            if self.line_tokens(blankline)? {
                return Ok(());
            }
        }
    }

    /// Measures the indentation of a new line and queues INDENT/DEDENTs.
    /// Returns whether the line is blank (only a comment or nothing).
    fn indentation(&mut self) -> Result<bool, Fail> {
        let (mut col, mut altcol) = (0u32, 0u32);
        let mut cont_line_col = 0u32;
        let mut i = self.pos;
        loop {
            match self.at(i) {
                b' ' => {
                    col = col.saturating_add(1);
                    altcol = altcol.saturating_add(1);
                    i += 1;
                }
                b'\t' => {
                    col = (col / TABSIZE).saturating_add(1).saturating_mul(TABSIZE);
                    altcol = altcol.saturating_add(1);
                    i += 1;
                }
                0x0c => {
                    col = 0;
                    altcol = 0;
                    i += 1;
                }
                b'\\' => {
                    if cont_line_col == 0 {
                        cont_line_col = col;
                    }
                    self.continuation(i)?;
                    i = self.pos;
                }
                _ => break,
            }
        }
        self.pos = i;
        let c = self.at(i);
        let blankline = c == b'#' || is_nl(c);
        if !blankline && self.parens.is_empty() {
            if cont_line_col != 0 {
                col = cont_line_col;
                altcol = cont_line_col;
            }
            let (top, alttop) = *self.indents.last().unwrap_or(&(0, 0));
            if col == top {
                if altcol != alttop {
                    return Err(self.tab_error());
                }
            } else if col > top {
                if self.indents.len() >= MAX_INDENT {
                    return Err(self.code_error(
                        ErrorKind::IndentationError,
                        "too many levels of indentation",
                        self.line,
                        self.line_start,
                        1,
                    ));
                }
                if altcol <= alttop {
                    return Err(self.tab_error());
                }
                self.pending += 1;
                self.indents.push((col, altcol));
            } else {
                while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                    self.pending -= 1;
                    self.indents.pop();
                }
                let (top, alttop) = *self.indents.last().unwrap_or(&(0, 0));
                if col != top {
                    let (line, ls) = if self.is_eof(i) {
                        self.eof_line()
                    } else {
                        (self.line, self.line_start)
                    };
                    let off = self.offset_at_line_end();
                    return Err(self.code_error(
                        ErrorKind::IndentationError,
                        "unindent does not match any outer indentation level",
                        line,
                        ls,
                        off,
                    ));
                }
                if altcol != alttop {
                    return Err(self.tab_error());
                }
            }
        }
        Ok(blankline)
    }

    /// Scans tokens until the end of the current logical line piece (a
    /// newline that returns to the beginning-of-line state). Returns true at
    /// end of input (after pushing ENDMARKER).
    fn line_tokens(&mut self, blankline: bool) -> Result<bool, Fail> {
        loop {
            let mut i = self.pos;
            while matches!(self.at(i), b' ' | b'\t' | 0x0c) {
                i += 1;
            }
            let start = i;
            let mut c = self.at(i);
            if c == b'#' {
                while !(is_nl(c) || self.is_eof(i)) {
                    i += 1;
                    c = self.at(i);
                }
            }
            self.pos = i;
            if self.is_eof(i) {
                if let Some(&(open, line, col, ls)) = self.parens.last() {
                    let off = self.chars_between(ls, ls + col) + 1;
                    let mut e = SyntaxError::new(
                        ErrorKind::SyntaxError,
                        format!("'{}' was never closed", open as char),
                        line,
                        off,
                    );
                    e.end_offset = 0;
                    e.text = Some(self.line_text(ls));
                    return Err((e, ErrorOrigin::UnclosedBracket { line }));
                }
                let p = self.cursor();
                self.push_at(TokenKind::EndMarker, p, p, i, i);
                return Ok(true);
            }
            if is_nl(c) {
                self.atbol = true;
                if !blankline && self.parens.is_empty() {
                    self.push(TokenKind::Newline, start, i);
                }
                self.pos = self.newline_at(i);
                return Ok(false);
            }
            if is_ident_start(c) {
                self.name_or_string(start)?;
                continue;
            }
            if c.is_ascii_digit() || (c == b'.' && self.at(i + 1).is_ascii_digit()) {
                let end = self.number(start)?;
                self.push(TokenKind::Number, start, end);
                self.pos = end;
                continue;
            }
            if c == b'\'' || c == b'"' {
                self.string(start, start)?;
                continue;
            }
            if c == b'\\' {
                self.continuation(i)?;
                continue;
            }
            self.operator(start)?;
        }
    }

    /// A NAME, or a STRING when the name is a string prefix before a quote.
    fn name_or_string(&mut self, start: usize) -> Result<(), Fail> {
        let (mut b, mut r, mut u, mut f) = (false, false, false, false);
        let mut i = start;
        loop {
            let c = self.at(i);
            match c {
                b'b' | b'B' if !(b || u || f) => b = true,
                b'u' | b'U' if !(b || u || r || f) => u = true,
                b'r' | b'R' if !(r || u) => r = true,
                b'f' | b'F' if !(f || b || u) => f = true,
                _ => break,
            }
            i += 1;
            if matches!(self.at(i), b'\'' | b'"') {
                return self.string(start, i);
            }
        }
        let mut nonascii = false;
        while is_ident_char(self.at(i)) {
            nonascii |= self.at(i) >= 0x80;
            i += 1;
        }
        if nonascii {
            let name = &self.text[start..self.clamp(i)];
            if let Some((k, ch)) = chars::first_invalid_identifier_char(name) {
                let cur = start
                    + name
                        .char_indices()
                        .nth(k)
                        .map_or(name.len(), |(p, c)| p + c.len_utf8());
                let msg = if chars::is_printable(ch) {
                    format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(self.raise(msg, cur));
            }
        }
        self.push(TokenKind::Name, start, i);
        self.pos = i;
        Ok(())
    }

    /// A string literal starting at `start` (its prefix) with its opening
    /// quote at `q`.
    fn string(&mut self, start: usize, q: usize) -> Result<(), Fail> {
        let quote = self.at(q);
        let first_line = self.line;
        let first_line_start = self.line_start;
        let mut i = q + 1;
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        if self.at(i) == quote {
            if self.at(i + 1) == quote {
                quote_size = 3;
                i += 2;
            } else {
                end_quote_size = 1;
                i += 1;
            }
        }
        while end_quote_size != quote_size {
            let c = self.at(i);
            let eof = self.is_eof(i);
            if eof || (quote_size == 1 && is_nl(c)) {
                let detected = if eof { self.eof_line().0 } else { self.line };
                let msg = if quote_size == 3 {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                let off = self.chars_between(first_line_start, start + 1);
                let mut e = SyntaxError::new(ErrorKind::SyntaxError, msg, first_line, off);
                e.text = Some(self.line_text(first_line_start));
                return Err((e, ErrorOrigin::Raised));
            }
            if c == quote {
                end_quote_size += 1;
                i += 1;
                continue;
            }
            end_quote_size = 0;
            if c == b'\\' {
                i += 1;
                if self.is_eof(i) {
                    continue;
                }
                if is_nl(self.at(i)) {
                    i = self.newline_at(i);
                } else {
                    i += 1;
                }
            } else if is_nl(c) {
                i = self.newline_at(i);
            } else {
                i += 1;
            }
        }
        let s = Pos {
            line: first_line,
            col: (start - first_line_start) as u32,
        };
        let e = Pos {
            line: self.line,
            col: (i - self.line_start) as u32,
        };
        self.push_at(TokenKind::String, s, e, start, i);
        self.pos = i;
        Ok(())
    }

    fn operator(&mut self, start: usize) -> Result<(), Fail> {
        use TokenKind::*;
        let c = self.at(start);
        let c2 = self.at(start + 1);
        let c3 = self.at(start + 2);
        let (kind, len) = match (c, c2, c3) {
            (b'*', b'*', b'=') => (DoubleStarEqual, 3),
            (b'.', b'.', b'.') => (Ellipsis, 3),
            (b'/', b'/', b'=') => (DoubleSlashEqual, 3),
            (b'<', b'<', b'=') => (LeftShiftEqual, 3),
            (b'>', b'>', b'=') => (RightShiftEqual, 3),
            (b'!', b'=', _) => (NotEqual, 2),
            (b'%', b'=', _) => (PercentEqual, 2),
            (b'&', b'=', _) => (AmperEqual, 2),
            (b'*', b'*', _) => (DoubleStar, 2),
            (b'*', b'=', _) => (StarEqual, 2),
            (b'+', b'=', _) => (PlusEqual, 2),
            (b'-', b'=', _) => (MinEqual, 2),
            (b'-', b'>', _) => (RArrow, 2),
            (b'/', b'/', _) => (DoubleSlash, 2),
            (b'/', b'=', _) => (SlashEqual, 2),
            (b':', b'=', _) => (ColonEqual, 2),
            (b'<', b'<', _) => (LeftShift, 2),
            (b'<', b'=', _) => (LessEqual, 2),
            (b'<', b'>', _) => (NotEqual, 2),
            (b'=', b'=', _) => (EqEqual, 2),
            (b'>', b'=', _) => (GreaterEqual, 2),
            (b'>', b'>', _) => (RightShift, 2),
            (b'@', b'=', _) => (AtEqual, 2),
            (b'^', b'=', _) => (CircumflexEqual, 2),
            (b'|', b'=', _) => (VBarEqual, 2),
            (b'(', _, _) => (LPar, 1),
            (b')', _, _) => (RPar, 1),
            (b'[', _, _) => (LSqb, 1),
            (b']', _, _) => (RSqb, 1),
            (b':', _, _) => (Colon, 1),
            (b',', _, _) => (Comma, 1),
            (b';', _, _) => (Semi, 1),
            (b'+', _, _) => (Plus, 1),
            (b'-', _, _) => (Minus, 1),
            (b'*', _, _) => (Star, 1),
            (b'/', _, _) => (Slash, 1),
            (b'|', _, _) => (VBar, 1),
            (b'&', _, _) => (Amper, 1),
            (b'<', _, _) => (Less, 1),
            (b'>', _, _) => (Greater, 1),
            (b'=', _, _) => (Equal, 1),
            (b'.', _, _) => (Dot, 1),
            (b'%', _, _) => (Percent, 1),
            (b'{', _, _) => (LBrace, 1),
            (b'}', _, _) => (RBrace, 1),
            (b'~', _, _) => (Tilde, 1),
            (b'^', _, _) => (Circumflex, 1),
            (b'@', _, _) => (At, 1),
            _ => {
                if !(b' '..=b'~').contains(&c) {
                    return Err(self.raise(
                        format!("invalid non-printable character U+{:04X}", c),
                        start + 1,
                    ));
                }
                (Op, 1)
            }
        };
        let end = start + len;
        match c {
            b'(' | b'[' | b'{' => {
                if self.parens.len() >= MAX_PAREN_LEVEL {
                    return Err(self.raise("too many nested parentheses", end));
                }
                self.parens
                    .push((c, self.line, start - self.line_start, self.line_start));
            }
            b')' | b']' | b'}' => {
                let Some((open, line, _, _)) = self.parens.pop() else {
                    return Err(self.raise(format!("unmatched '{}'", c as char), end));
                };
                let matching = matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matching {
                    let msg = if line != self.line {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            c as char, open as char, line
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        )
                    };
                    return Err(self.raise(msg, end));
                }
            }
            _ => {}
        }
        self.push(kind, start, end);
        self.pos = end;
        Ok(())
    }

    /// Scans a number starting at `start`; returns its end.
    fn number(&mut self, start: usize) -> Result<usize, Fail> {
        let mut i = start;
        let c0 = self.at(i);
        if c0 == b'.' {
            return self.fraction(i + 1);
        }
        if c0 != b'0' {
            i = self.decimal_tail(i)?;
            if self.at(i) == b'.' {
                return self.fraction(i + 1);
            }
            return self.exponent_or_imaginary(i);
        }
        i += 1;
        let c = self.at(i);
        let radix = match c {
            b'x' | b'X' => Some((16u32, "hexadecimal")),
            b'o' | b'O' => Some((8, "octal")),
            b'b' | b'B' => Some((2, "binary")),
            _ => None,
        };
        if let Some((radix, kind)) = radix {
            i += 1;
            let ok = |c: u8| (c as char).is_digit(radix);
            loop {
                let mut c = self.at(i);
                if c == b'_' {
                    i += 1;
                    c = self.at(i);
                }
                if !ok(c) {
                    if radix != 16 && c.is_ascii_digit() {
                        return Err(self.raise(
                            format!("invalid digit '{}' in {} literal", c as char, kind),
                            i + 1,
                        ));
                    }
                    return Err(self.raise(format!("invalid {kind} literal"), i));
                }
                while ok(self.at(i)) {
                    i += 1;
                }
                if self.at(i) != b'_' {
                    break;
                }
            }
            if radix != 16 && self.at(i).is_ascii_digit() {
                return Err(self.raise(
                    format!("invalid digit '{}' in {} literal", self.at(i) as char, kind),
                    i + 1,
                ));
            }
            self.verify_end_of_number(i, kind)?;
            return Ok(i);
        }
        // Zeros, possibly with underscores, then maybe an old-style octal.
        loop {
            if self.at(i) == b'_' {
                i += 1;
                if !self.at(i).is_ascii_digit() {
                    return Err(self.raise("invalid decimal literal", i));
                }
            }
            if self.at(i) != b'0' {
                break;
            }
            i += 1;
        }
        let zeros_end = i + 1;
        let mut nonzero = false;
        if self.at(i).is_ascii_digit() {
            nonzero = true;
            i = self.decimal_tail(i)?;
        }
        match self.at(i) {
            b'.' => self.fraction(i + 1),
            b'e' | b'E' | b'j' | b'J' => self.exponent_or_imaginary(i),
            _ if nonzero => {
                let mut e = SyntaxError::new(
                    ErrorKind::SyntaxError,
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers",
                    self.line,
                    (start + 1 - self.line_start) as u32,
                );
                e.end_offset = (zeros_end - self.line_start) as u32;
                e.text = Some(self.line_text(self.line_start));
                Err((e, ErrorOrigin::Raised))
            }
            _ => {
                self.verify_end_of_number(i, "decimal")?;
                Ok(i)
            }
        }
    }

    /// Digits with single underscores between them, from a digit at `i`.
    fn decimal_tail(&self, mut i: usize) -> Result<usize, Fail> {
        loop {
            while self.at(i).is_ascii_digit() {
                i += 1;
            }
            if self.at(i) != b'_' {
                return Ok(i);
            }
            i += 1;
            if !self.at(i).is_ascii_digit() {
                return Err(self.raise("invalid decimal literal", i));
            }
        }
    }

    /// After the decimal point at `i - 1`.
    fn fraction(&mut self, mut i: usize) -> Result<usize, Fail> {
        if self.at(i).is_ascii_digit() {
            i = self.decimal_tail(i)?;
        }
        self.exponent_or_imaginary(i)
    }

    fn exponent_or_imaginary(&mut self, mut i: usize) -> Result<usize, Fail> {
        if matches!(self.at(i), b'e' | b'E') {
            let e_pos = i;
            i += 1;
            let c = self.at(i);
            if c == b'+' || c == b'-' {
                i += 1;
                if !self.at(i).is_ascii_digit() {
                    return Err(self.raise("invalid decimal literal", i));
                }
            } else if !c.is_ascii_digit() {
                self.verify_end_of_number(e_pos, "decimal")?;
                return Ok(e_pos);
            }
            i = self.decimal_tail(i)?;
        }
        if matches!(self.at(i), b'j' | b'J') {
            i += 1;
            self.verify_end_of_number(i, "imaginary")?;
            return Ok(i);
        }
        self.verify_end_of_number(i, "decimal")?;
        Ok(i)
    }

    /// Whether the bytes at `i` spell `word` followed by a non-identifier
    /// character.
    fn lookahead(&self, i: usize, word: &[u8]) -> bool {
        word.iter().enumerate().all(|(k, &w)| self.at(i + k) == w)
            && !is_ident_char(self.at(i + word.len()))
    }

    /// A number must not run into a name: `1if` only warns (it can be
    /// valid code), `1abc` is an error.
    fn verify_end_of_number(&mut self, i: usize, kind: &str) -> Result<(), Fail> {
        let c = self.at(i);
        let keyword = match c {
            b'a' => self.lookahead(i + 1, b"nd"),
            b'e' => self.lookahead(i + 1, b"lse"),
            b'f' => self.lookahead(i + 1, b"or"),
            b'i' => matches!(self.at(i + 1), b'f' | b'n' | b's'),
            b'o' => self.lookahead(i + 1, b"r"),
            b'n' => self.lookahead(i + 1, b"ot"),
            _ => false,
        };
        if keyword {
            self.warnings.push(TokenizerWarning {
                msg: format!("invalid {kind} literal"),
                lineno: self.line,
            });
            Ok(())
        } else if c < 0x80 && is_ident_char(c) {
            // A non-ASCII character is left to the name rules, which report
            // it as an invalid character.
            Err(self.raise(format!("invalid {kind} literal"), i))
        } else {
            Ok(())
        }
    }
}
