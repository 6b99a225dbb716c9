//! Parser state shared by every grammar module: the token cursor over a
//! borrowed token slice (backtracking is a saved index, never a copy), the
//! keyword classification of NAME tokens, the furthest token looked at (where
//! CPython reports a generic "invalid syntax"), the recursion guard, and the
//! constructors of positions and errors.
//!
//! Invariants: `pos` never passes the final ENDMARKER (a sentinel one is
//! appended when the stream was cut short by a tokenizer error); every node
//! location is built from token positions, so columns are UTF-8 byte offsets.

use crate::ast::{Expr, ExprKind, Loc};
use crate::error::{ErrorKind, SyntaxError};
use crate::tokenizer::{Pos, Token, TokenKind};

/// Keywords (hard and soft) recognized among NAME tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kw {
    Plain,
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Soft keywords: names everywhere except where the grammar says.
    Match,
    Case,
    Underscore,
}

impl Kw {
    fn classify(text: &str) -> Kw {
        match text {
            "False" => Kw::False,
            "None" => Kw::None,
            "True" => Kw::True,
            "and" => Kw::And,
            "as" => Kw::As,
            "assert" => Kw::Assert,
            "async" => Kw::Async,
            "await" => Kw::Await,
            "break" => Kw::Break,
            "class" => Kw::Class,
            "continue" => Kw::Continue,
            "def" => Kw::Def,
            "del" => Kw::Del,
            "elif" => Kw::Elif,
            "else" => Kw::Else,
            "except" => Kw::Except,
            "finally" => Kw::Finally,
            "for" => Kw::For,
            "from" => Kw::From,
            "global" => Kw::Global,
            "if" => Kw::If,
            "import" => Kw::Import,
            "in" => Kw::In,
            "is" => Kw::Is,
            "lambda" => Kw::Lambda,
            "nonlocal" => Kw::Nonlocal,
            "not" => Kw::Not,
            "or" => Kw::Or,
            "pass" => Kw::Pass,
            "raise" => Kw::Raise,
            "return" => Kw::Return,
            "try" => Kw::Try,
            "while" => Kw::While,
            "with" => Kw::With,
            "yield" => Kw::Yield,
            "match" => Kw::Match,
            "case" => Kw::Case,
            "_" => Kw::Underscore,
            _ => Kw::Plain,
        }
    }

    /// Soft keywords (and non-keywords) can be used as plain names.
    pub(crate) fn is_name(self) -> bool {
        matches!(self, Kw::Plain | Kw::Match | Kw::Case | Kw::Underscore)
    }
}

/// Why a rule did not produce a node.
#[derive(Debug)]
pub(crate) enum PErr {
    /// The rule does not match here (CPython's NULL without an exception);
    /// the caller may try another alternative. Reported at the end as a
    /// generic "invalid syntax" at the furthest token looked at.
    Fail,
    /// A definite error (CPython's raised exception).
    Error(Box<SyntaxError>),
}

pub(crate) type PResult<T> = Result<T, PErr>;

/// CPython's parser stack limit (MAXSTACK, 6000 rule levels): deeper nesting
/// is a MemoryError. Our levels are counted so that the thresholds match
/// CPython's for chains of unary operators, `not`, conditional expressions,
/// `**` and lambdas (about 30 of CPython's levels are the statement around
/// the expression).
const MAX_DEPTH: u32 = 5970;

pub(crate) struct Parser<'a> {
    pub(crate) src: &'a str,
    toks: std::borrow::Cow<'a, [Token]>,
    kws: Vec<Kw>,
    /// Bracket nesting level after each token (CPython's `token->level`).
    levels: Vec<u32>,
    pub(crate) pos: usize,
    max_pos: usize,
    /// The furthest token looked at, probes included (CPython's `fill`
    /// after its second pass).
    abs_max: usize,
    depth: u32,
    /// Parsing an f-string replacement field: errors get the "f-string: "
    /// prefix and columns relative to the fragment.
    pub(crate) fstring_shift: Option<u32>,
    /// Lines before the f-string fragment (its line 1 is this + 1).
    fstring_line_shift: u32,
    /// Inside a probe's `expression_without_invalid`: no invalid-syntax
    /// detection (CPython's second-pass rules are off there).
    pub(crate) no_invalid: bool,
    /// `match subject` followed by NEWLINE: the NEWLINE's index, for
    /// "expected ':'" if the line is not a valid simple statement either.
    pub(crate) match_without_colon: Option<usize>,
    /// Statements starting with the name `match` that were not match
    /// statements (`match(x)`, `match = 1`): CPython's second pass, run
    /// when the file has an error, retries each as a match statement with
    /// its invalid rules, and may stop at one of them first.
    pub(crate) match_starts: Vec<usize>,
    /// The type comments, when they are read.
    pub(crate) type_comments: Option<super::typecomments::TypeComments>,
    /// Type comments an assignment consumed: the index of the NEWLINE they
    /// precede and where they end (nodes ending there end at the comment,
    /// as CPython's TYPE_COMMENT token is their last token).
    pub(crate) consumed_tc: Vec<(usize, Pos)>,
    /// Line starts (byte offsets) for error-text and column conversion.
    line_starts: Vec<usize>,
}

impl<'a> Parser<'a> {
    /// `truncated` says the tokenizer stopped at an error; a sentinel
    /// ENDMARKER is then appended after the last token.
    pub(crate) fn new(src: &'a str, tokens: &'a [Token], truncated: bool) -> Self {
        let mut toks = std::borrow::Cow::Borrowed(tokens);
        let needs_end = truncated || tokens.last().map(|t| t.kind) != Some(TokenKind::EndMarker);
        if needs_end {
            let (pos, off) = match tokens.last() {
                Some(t) => (t.end, t.span.1),
                None => (Pos { line: 1, col: 0 }, 0),
            };
            toks.to_mut().push(Token {
                kind: TokenKind::EndMarker,
                start: pos,
                end: pos,
                span: (off, off),
            });
        }
        let kws = toks
            .iter()
            .map(|t| {
                if t.kind == TokenKind::Name {
                    Kw::classify(t.text(src))
                } else {
                    Kw::Plain
                }
            })
            .collect();
        let mut depth = 0u32;
        let levels = toks
            .iter()
            .map(|t| {
                match t.kind {
                    TokenKind::LPar | TokenKind::LSqb | TokenKind::LBrace => depth += 1,
                    TokenKind::RPar | TokenKind::RSqb | TokenKind::RBrace => {
                        depth = depth.saturating_sub(1)
                    }
                    _ => {}
                }
                depth
            })
            .collect();
        let mut line_starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Parser {
            src,
            toks,
            kws,
            levels,
            pos: 0,
            max_pos: 0,
            abs_max: 0,
            depth: 0,
            fstring_shift: None,
            fstring_line_shift: 0,
            no_invalid: false,
            match_without_colon: None,
            match_starts: Vec::new(),
            type_comments: None,
            consumed_tc: Vec::new(),
            line_starts,
        }
    }

    // ----- token access -------------------------------------------------

    #[inline]
    fn clamp(&self, i: usize) -> usize {
        i.min(self.toks.len() - 1)
    }

    /// The kind of the token `ahead` positions after the cursor.
    #[inline]
    pub(crate) fn peek_at(&mut self, ahead: usize) -> TokenKind {
        let i = self.clamp(self.pos + ahead);
        if i > self.max_pos {
            self.max_pos = i;
        }
        self.toks[i].kind
    }

    #[inline]
    pub(crate) fn peek(&mut self) -> TokenKind {
        self.peek_at(0)
    }

    /// The keyword class of the token `ahead` positions after the cursor.
    #[inline]
    pub(crate) fn kw_at(&mut self, ahead: usize) -> Kw {
        let i = self.clamp(self.pos + ahead);
        if i > self.max_pos {
            self.max_pos = i;
        }
        self.kws[i]
    }

    #[inline]
    pub(crate) fn kw(&mut self) -> Kw {
        self.kw_at(0)
    }

    #[inline]
    pub(crate) fn at(&mut self, kind: TokenKind) -> bool {
        self.peek() == kind
    }

    #[inline]
    pub(crate) fn at_kw(&mut self, kw: Kw) -> bool {
        self.peek() == TokenKind::Name && self.kw() == kw
    }

    /// The current token is a NAME usable as an identifier.
    #[inline]
    pub(crate) fn at_name(&mut self) -> bool {
        self.peek() == TokenKind::Name && self.kw().is_name()
    }

    #[inline]
    pub(crate) fn tok(&self, i: usize) -> &Token {
        &self.toks[self.clamp(i)]
    }

    pub(crate) fn kw_of(&self, i: usize) -> Kw {
        self.kws[self.clamp(i)]
    }

    pub(crate) fn text(&self, i: usize) -> &'a str {
        slice(self.src, self.tok(i).span)
    }

    #[inline]
    pub(crate) fn bump(&mut self) -> usize {
        let i = self.pos;
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        i
    }

    /// Consumes the current token if it is `kind`.
    #[inline]
    pub(crate) fn eat(&mut self, kind: TokenKind) -> bool {
        if self.at(kind) {
            self.bump();
            true
        } else {
            false
        }
    }

    #[inline]
    pub(crate) fn eat_kw(&mut self, kw: Kw) -> bool {
        if self.at_kw(kw) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Consumes `kind` or fails (generic error).
    pub(crate) fn expect(&mut self, kind: TokenKind) -> PResult<usize> {
        if self.at(kind) {
            Ok(self.bump())
        } else {
            Err(PErr::Fail)
        }
    }

    pub(crate) fn expect_kw(&mut self, kw: Kw) -> PResult<usize> {
        if self.at_kw(kw) {
            Ok(self.bump())
        } else {
            Err(PErr::Fail)
        }
    }

    /// Consumes a NAME usable as an identifier and returns it (normalized).
    pub(crate) fn name(&mut self) -> PResult<(String, usize)> {
        if self.at_name() {
            let i = self.bump();
            Ok((self.ident(i), i))
        } else {
            Err(PErr::Fail)
        }
    }

    /// The identifier spelled by NAME token `i`, NFKC-normalized.
    pub(crate) fn ident(&self, i: usize) -> String {
        let t = self.text(i);
        if t.is_ascii() {
            t.to_string()
        } else {
            use unicode_normalization::UnicodeNormalization;
            t.nfkc().collect()
        }
    }

    /// Starts a probe (a second-pass-only lookahead used to pick an error
    /// message): the cursor and the furthest token, restored by `unprobe`
    /// so that probes never move the generic error location.
    pub(crate) fn probe(&self) -> (usize, usize) {
        (self.pos, self.max_pos)
    }

    pub(crate) fn unprobe(&mut self, saved: (usize, usize)) {
        self.pos = saved.0;
        self.abs_max = self.abs_max.max(self.max_pos);
        self.max_pos = saved.1;
    }

    /// Whether `e`, starting at token `s`, is wrapped in parentheses as a
    /// whole (`(a, b)`, not `(a), b`). Error paths only: scans tokens.
    pub(crate) fn wrapped_in_parens(&self, s: usize, e: &crate::ast::Expr) -> bool {
        if self.tok(s).kind != TokenKind::LPar {
            return false;
        }
        let mut depth = 0usize;
        let mut i = s;
        loop {
            match self.tok(i).kind {
                TokenKind::LPar | TokenKind::LSqb | TokenKind::LBrace => depth += 1,
                TokenKind::RPar | TokenKind::RSqb | TokenKind::RBrace => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                TokenKind::EndMarker => return false,
                _ => {}
            }
            i += 1;
        }
        let t = self.tok(i);
        t.end.line == e.loc.end_lineno && t.end.col == e.loc.end_col_offset
    }

    /// Bracket nesting level at token `i`.
    pub(crate) fn level(&self, i: usize) -> u32 {
        self.levels[self.clamp(i)]
    }

    /// Whether the parser looked at the final ENDMARKER (or the sentinel
    /// standing for the point where the tokenizer stopped).
    pub(crate) fn reached_end(&self) -> bool {
        self.max_pos.max(self.abs_max) + 1 >= self.toks.len()
    }

    /// Whether the furthest token looked at is an INDENT or DEDENT.
    pub(crate) fn failed_at_indent(&self) -> bool {
        matches!(
            self.tok(self.max_pos).kind,
            TokenKind::Indent | TokenKind::Dedent
        )
    }

    /// The line of the furthest token looked at.
    pub(crate) fn furthest_line(&self) -> u32 {
        self.tok(self.max_pos.max(self.abs_max)).start.line
    }

    pub(crate) fn max_pos(&self) -> usize {
        self.max_pos
    }

    /// The tokens `a..=b`.
    pub(crate) fn tokens(&self, a: usize, b: usize) -> &[Token] {
        &self.toks[a..=b.min(self.toks.len() - 1)]
    }

    // ----- positions ----------------------------------------------------

    /// Index of the last consumed token that is not NEWLINE, INDENT, DEDENT
    /// or ENDMARKER (CPython's end of a node).
    pub(crate) fn last_real(&self) -> usize {
        let mut i = self.pos;
        while i > 0 {
            i -= 1;
            match self.toks[i].kind {
                TokenKind::Newline
                | TokenKind::Indent
                | TokenKind::Dedent
                | TokenKind::EndMarker => continue,
                _ => return i,
            }
        }
        0
    }

    /// Location from the start of token `start` to the end of the last
    /// consumed token.
    pub(crate) fn loc_from(&self, start: usize) -> Loc {
        let s = self.tok(start).start;
        let last = self.last_real();
        let mut e = self.tok(last).end;
        if !self.consumed_tc.is_empty() {
            if let Ok(k) = self
                .consumed_tc
                .binary_search_by_key(&(last + 1), |&(i, _)| i)
            {
                e = self.consumed_tc[k].1;
            }
        }
        Loc {
            lineno: s.line,
            col_offset: s.col,
            end_lineno: e.line,
            end_col_offset: e.col,
        }
    }

    /// Location of token `i` alone.
    pub(crate) fn tok_loc(&self, i: usize) -> Loc {
        let t = self.tok(i);
        Loc {
            lineno: t.start.line,
            col_offset: t.start.col,
            end_lineno: t.end.line,
            end_col_offset: t.end.col,
        }
    }

    pub(crate) fn expr(&self, kind: ExprKind, start: usize) -> Expr {
        Expr {
            kind,
            loc: self.loc_from(start),
        }
    }

    // ----- recursion guard ----------------------------------------------

    /// Enters `weight` levels of nesting; too deep is CPython's MemoryError.
    pub(crate) fn enter(&mut self, weight: u32) -> PResult<()> {
        if self.depth + weight > MAX_DEPTH {
            let mut e = SyntaxError::new(ErrorKind::MemoryError, "", 0, 0);
            e.end_lineno = 0;
            return Err(PErr::Error(Box::new(e)));
        }
        self.depth += weight;
        Ok(())
    }

    pub(crate) fn leave(&mut self, weight: u32) {
        self.depth = self.depth.saturating_sub(weight);
    }

    // ----- errors ---------------------------------------------------------

    fn line_text(&self, line: u32) -> Option<String> {
        let line = line.checked_sub(self.fstring_line_shift)?;
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(idx)?;
        let end = self
            .line_starts
            .get(idx + 1)
            .copied()
            .unwrap_or(self.src.len());
        let text = self.src.get(start..end)?;
        Some(text.trim_end_matches(['\n', '\r']).to_string())
    }

    /// 1-based character column of byte column `col` on `line`.
    fn char_col(&self, line: u32, col: u32) -> u32 {
        if self.fstring_shift.is_some() {
            return col + 1;
        }
        match self.line_text(line) {
            Some(text) => {
                let col = (col as usize).min(text.len());
                let mut c = col;
                while c > 0 && !text.is_char_boundary(c) {
                    c -= 1;
                }
                text[..c].chars().count() as u32 + 1
            }
            None => col + 1,
        }
    }

    fn unshift(&self, p: Pos) -> Pos {
        match self.fstring_shift {
            Some(shift) if p.line == self.toks[0].start.line => Pos {
                line: p.line,
                col: p.col.saturating_sub(shift),
            },
            _ => p,
        }
    }

    /// A syntax error spanning from `start` to `end` (byte positions).
    pub(crate) fn error_span(&self, kind: ErrorKind, msg: &str, start: Pos, end: Pos) -> PErr {
        let start = self.unshift(start);
        let end = self.unshift(end);
        let msg = if self.fstring_shift.is_some() {
            format!("f-string: {msg}")
        } else {
            msg.to_string()
        };
        let mut e = SyntaxError::new(kind, msg, start.line, self.char_col(start.line, start.col));
        e.end_lineno = end.line;
        e.end_offset = self.char_col(end.line, end.col);
        // In an f-string fragment this is the fragment's line, parenthesized
        // as CPython compiles it.
        e.text = self.line_text(start.line);
        // CPython's text for the first line of a multi-line f-string field
        // has no newline.
        e.text_unterminated = self.fstring_shift.is_some()
            && start.line == self.fstring_line_shift + 1
            && self.line_starts.len() > 1;
        PErr::Error(Box::new(e))
    }

    /// A syntax error covering a node location.
    pub(crate) fn error_at(&self, msg: &str, loc: Loc) -> PErr {
        self.error_span(
            ErrorKind::SyntaxError,
            msg,
            Pos {
                line: loc.lineno,
                col: loc.col_offset,
            },
            Pos {
                line: loc.end_lineno,
                col: loc.end_col_offset,
            },
        )
    }

    /// A syntax error covering token `i` (NEWLINE tokens have no width).
    pub(crate) fn error_tok(&self, kind: ErrorKind, msg: &str, i: usize) -> PErr {
        let t = *self.tok(i);
        let err = self.error_span(kind, msg, t.start, t.end);
        match err {
            // CPython's INDENT, DEDENT and ENDMARKER have no column; for a
            // file its parser then reports column 0 (no caret).
            PErr::Error(mut e) if no_column(t.kind) => {
                e.offset = 0;
                e.end_offset = 0;
                PErr::Error(e)
            }
            e => e,
        }
    }

    /// A syntax error from the start of token `a` to the end of token `b`.
    pub(crate) fn error_toks(&self, msg: &str, a: usize, b: usize) -> PErr {
        let (s, e) = (self.tok(a).start, self.tok(b).end);
        self.error_span(ErrorKind::SyntaxError, msg, s, e)
    }

    /// A syntax error from the start of `a` to the end of `b` (nodes).
    pub(crate) fn error_range(&self, msg: &str, a: Loc, b: Loc) -> PErr {
        self.error_at(
            msg,
            Loc {
                lineno: a.lineno,
                col_offset: a.col_offset,
                end_lineno: b.end_lineno,
                end_col_offset: b.end_col_offset,
            },
        )
    }

    /// CPython's second pass on an earlier `match ...` statement line: an
    /// error inside the subject read with the invalid rules, or "expected
    /// ':'" for `match subject NEWLINE` (at the first pass's last token).
    fn earlier_match_error(&mut self) -> Option<PErr> {
        let starts = std::mem::take(&mut self.match_starts);
        let mut found = None;
        for &s in &starts {
            let mark = self.probe();
            self.pos = s + 1;
            let r = self.star_named_expression();
            let at_newline = r.is_ok() && self.at(TokenKind::Newline);
            self.unprobe(mark);
            match r {
                Err(e @ PErr::Error(_)) => {
                    found = Some(e);
                    break;
                }
                _ if at_newline => {
                    found =
                        Some(self.error_tok(ErrorKind::SyntaxError, "expected ':'", self.max_pos));
                    break;
                }
                _ => {}
            }
        }
        found
    }

    /// Turns the final failure into the `SyntaxError` CPython reports.
    pub(crate) fn finish_error(&mut self, e: PErr) -> SyntaxError {
        let from_parser = match &e {
            PErr::Fail => true,
            PErr::Error(err) => {
                err.kind != ErrorKind::MemoryError
                    && ![
                        "f-string",
                        "(unicode error)",
                        "(value error)",
                        "bytes can",
                        "cannot mix",
                    ]
                    .iter()
                    .any(|p| err.msg.starts_with(p))
            }
        };
        if from_parser && self.fstring_shift.is_none() {
            if let Some(PErr::Error(err)) = self.earlier_match_error() {
                return *err;
            }
        }
        match e {
            PErr::Error(e) => *e,
            PErr::Fail => {
                let i = self.max_pos;
                let t = *self.tok(i);
                let err = match t.kind {
                    TokenKind::Indent => {
                        self.error_tok(ErrorKind::IndentationError, "unexpected indent", i)
                    }
                    TokenKind::Dedent => {
                        self.error_tok(ErrorKind::IndentationError, "unexpected unindent", i)
                    }
                    _ => self.error_tok(ErrorKind::SyntaxError, "invalid syntax", i),
                };
                match err {
                    PErr::Error(mut e) => {
                        if matches!(t.kind, TokenKind::Indent | TokenKind::Dedent) {
                            // CPython: the line of the token after it; for a
                            // file, no column.
                            let next = *self.tok(i + 1);
                            e.lineno = next.start.line;
                            e.offset = 0;
                            e.end_lineno = next.start.line;
                            e.end_offset = 0;
                            e.text = self.line_text(next.start.line);
                        }
                        *e
                    }
                    PErr::Fail => SyntaxError::new(ErrorKind::SyntaxError, "invalid syntax", 1, 0),
                }
            }
        }
    }
}

/// Tokens CPython's tokenizer gives no column (-1).
fn no_column(k: TokenKind) -> bool {
    matches!(
        k,
        TokenKind::Indent | TokenKind::Dedent | TokenKind::EndMarker
    )
}

/// The source text of a byte span (empty if the span is out of range).
pub(crate) fn slice(src: &str, span: (u32, u32)) -> &str {
    src.get(span.0 as usize..span.1 as usize).unwrap_or("")
}

/// Parses an f-string replacement field (see `parse_fstring_replacement`).
pub(crate) fn fstring_replacement(
    expr_src: &str,
    line: u32,
    col: u32,
) -> Result<Expr, SyntaxError> {
    let text = format!("({expr_src})");
    let toks = crate::tokenizer::tokenize(&text);
    if let Some(e) = toks.error {
        return Err(e);
    }
    // The fragment's NEWLINE/ENDMARKER are not part of CPython's stream.
    let shift = col.saturating_sub(1);
    let mut tokens = toks.tokens;
    let line_shift = line.saturating_sub(1);
    for t in tokens.iter_mut() {
        if t.start.line == 1 {
            t.start.col += shift;
        }
        if t.end.line == 1 {
            t.end.col += shift;
        }
        t.start.line += line_shift;
        t.end.line += line_shift;
    }
    let mut p = Parser::new(&text, &tokens, false);
    p.fstring_shift = Some(shift);
    p.fstring_line_shift = line_shift;
    match p.fstring_input() {
        Ok(e) => Ok(e),
        Err(e) => Err(p.finish_error(e)),
    }
}
