//! The token stream of CPython 3.11's pure-Python `tokenize` module and the
//! text `python3 -m tokenize FILE` prints for it.
//!
//! That module is regex-driven and differs from the C tokenizer: it yields
//! ENCODING first, COMMENT and NL tokens, ERRORTOKEN for characters no
//! pattern matches (even a blank before them), columns in characters, and it
//! fails with `TokenError`/`IndentationError` where the C tokenizer would
//! report other errors. This file re-implements its patterns as hand-written
//! byte scanners with the same (first-alternative, greedy) matching results.
//!
//! Invariants: lines are split after `\n` only (a lone `\r` is an ordinary
//! character, as in `readline` on bytes); every scanner works on one decoded
//! line, indexes it by byte, and converts to character columns only when a
//! token is emitted (incrementally, so long lines stay linear).

use super::chars::{is_id_start, is_word, py_repr};
use super::decode;

/// Token types as `tokenize` names them (operators print as OP).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    Encoding,
    Comment,
    NL,
    Newline,
    Indent,
    Dedent,
    Name,
    Number,
    String,
    Op,
    ErrorToken,
    EndMarker,
}

impl ListKind {
    pub fn name(self) -> &'static str {
        match self {
            ListKind::Encoding => "ENCODING",
            ListKind::Comment => "COMMENT",
            ListKind::NL => "NL",
            ListKind::Newline => "NEWLINE",
            ListKind::Indent => "INDENT",
            ListKind::Dedent => "DEDENT",
            ListKind::Name => "NAME",
            ListKind::Number => "NUMBER",
            ListKind::String => "STRING",
            ListKind::Op => "OP",
            ListKind::ErrorToken => "ERRORTOKEN",
            ListKind::EndMarker => "ENDMARKER",
        }
    }
}

/// One token of the `tokenize` module: type, string, (row, col) start and
/// end, columns in characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListToken {
    pub kind: ListKind,
    pub string: String,
    pub start: (usize, usize),
    pub end: (usize, usize),
}

/// Why the `tokenize` module stops: the text `python3 -m tokenize` writes
/// to stderr (before exiting with status 1) is `ListingError::render`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListingError {
    /// TokenError or IndentationError, with their (line, column).
    Located {
        msg: String,
        line: usize,
        col: usize,
    },
    /// A SyntaxError from encoding detection.
    Encoding(String),
    /// Any other exception (a line that does not decode).
    Unexpected(String),
}

impl ListingError {
    pub fn render(&self, filename: &str) -> String {
        match self {
            ListingError::Located { msg, line, col } => {
                format!("{filename}:{line}:{col}: error: {msg}\n")
            }
            ListingError::Encoding(msg) => format!("{filename}: error: {msg}\n"),
            ListingError::Unexpected(msg) => format!("unexpected error: {msg}\n"),
        }
    }
}

const TABSIZE: usize = 8;

/// The length of the longest operator of `token.EXACT_TOKEN_TYPES` at `i`.
fn operator_len(s: &[u8], i: usize) -> Option<usize> {
    let c = *s.get(i)?;
    let c2 = s.get(i + 1).copied().unwrap_or(0);
    let c3 = s.get(i + 2).copied().unwrap_or(0);
    let n = match (c, c2, c3) {
        (b'*', b'*', b'=') | (b'.', b'.', b'.') | (b'/', b'/', b'=') => 3,
        (b'<', b'<', b'=') | (b'>', b'>', b'=') => 3,
        (b'!' | b'%' | b'&' | b'*' | b'+' | b'-' | b'/' | b':', b'=', _) => 2,
        (b'<' | b'=' | b'>' | b'@' | b'^' | b'|', b'=', _) => 2,
        (b'*', b'*', _) | (b'-', b'>', _) | (b'/', b'/', _) | (b'<', b'<', _) | (b'>', b'>', _) => {
            2
        }
        (b'!', _, _) => return None,
        (b'%' | b'&' | b'(' | b')' | b'*' | b'+' | b',' | b'-' | b'.' | b'/', _, _) => 1,
        (b':' | b';' | b'<' | b'=' | b'>' | b'@' | b'[' | b']' | b'^' | b'{', _, _) => 1,
        (b'|' | b'}' | b'~', _, _) => 1,
        _ => return None,
    };
    Some(n)
}

fn is_prefix_char(c: u8) -> bool {
    matches!(c, b'b' | b'B' | b'r' | b'R' | b'u' | b'U' | b'f' | b'F')
}

/// Whether `p` is one of the module's string prefixes (any case, any order
/// of b/r/u/f combinations it accepts; `''` included).
fn is_string_prefix(p: &[u8]) -> bool {
    let lower: Vec<u8> = p.iter().map(|c| c.to_ascii_lowercase()).collect();
    matches!(
        lower.as_slice(),
        b"" | b"b" | b"r" | b"u" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
    )
}

/// `[0-9](?:_?[0-9])*` at `i`: its end.
fn digitpart(s: &[u8], i: usize) -> Option<usize> {
    if !s.get(i)?.is_ascii_digit() {
        return None;
    }
    let mut j = i + 1;
    loop {
        match s.get(j) {
            Some(c) if c.is_ascii_digit() => j += 1,
            Some(b'_') if s.get(j + 1).is_some_and(|c| c.is_ascii_digit()) => j += 2,
            _ => return Some(j),
        }
    }
}

/// `[eE][-+]?digitpart` at `i`.
fn exponent(s: &[u8], i: usize) -> Option<usize> {
    if !matches!(s.get(i), Some(b'e' | b'E')) {
        return None;
    }
    let mut j = i + 1;
    if matches!(s.get(j), Some(b'+' | b'-')) {
        j += 1;
    }
    digitpart(s, j)
}

fn pointfloat(s: &[u8], i: usize) -> Option<usize> {
    let base = match digitpart(s, i) {
        Some(e) if s.get(e) == Some(&b'.') => digitpart(s, e + 1).unwrap_or(e + 1),
        _ => {
            if s.get(i) == Some(&b'.') {
                digitpart(s, i + 1)?
            } else {
                return None;
            }
        }
    };
    Some(exponent(s, base).unwrap_or(base))
}

fn floatnumber(s: &[u8], i: usize) -> Option<usize> {
    pointfloat(s, i).or_else(|| exponent(s, digitpart(s, i)?))
}

/// `0[xX](?:_?[0-9a-fA-F])+` and its octal and binary siblings.
fn radix_int(s: &[u8], i: usize, marks: [u8; 2], ok: fn(u8) -> bool) -> Option<usize> {
    if s.get(i) != Some(&b'0') || !s.get(i + 1).is_some_and(|c| marks.contains(c)) {
        return None;
    }
    let mut j = i + 2;
    let begin = j;
    loop {
        match s.get(j) {
            Some(&c) if ok(c) => j += 1,
            Some(b'_') if s.get(j + 1).is_some_and(|&c| ok(c)) => j += 2,
            _ => break,
        }
    }
    (j > begin).then_some(j)
}

fn intnumber(s: &[u8], i: usize) -> Option<usize> {
    radix_int(s, i, [b'x', b'X'], |c| c.is_ascii_hexdigit())
        .or_else(|| radix_int(s, i, [b'b', b'B'], |c| c == b'0' || c == b'1'))
        .or_else(|| radix_int(s, i, [b'o', b'O'], |c| (b'0'..=b'7').contains(&c)))
        .or_else(|| match s.get(i)? {
            b'0' => {
                let mut j = i + 1;
                loop {
                    match s.get(j) {
                        Some(b'0') => j += 1,
                        Some(b'_') if s.get(j + 1) == Some(&b'0') => j += 2,
                        _ => return Some(j),
                    }
                }
            }
            b'1'..=b'9' => digitpart(s, i),
            _ => None,
        })
}

/// The module's `Number` pattern (imaginary, float, then integer).
fn number(s: &[u8], i: usize) -> Option<usize> {
    if let Some(e) = digitpart(s, i) {
        if matches!(s.get(e), Some(b'j' | b'J')) {
            return Some(e + 1);
        }
    }
    if let Some(e) = floatnumber(s, i) {
        if matches!(s.get(e), Some(b'j' | b'J')) {
            return Some(e + 1);
        }
        return Some(e);
    }
    intnumber(s, i)
}

/// The rest of a one-line string after its opening quote at `i - 1`: the
/// end of the match of the `ContStr` tail (closing quote, or a backslash
/// and newline that continue the string).
fn contstr_tail(s: &[u8], mut j: usize, q: u8) -> Option<usize> {
    loop {
        match *s.get(j)? {
            c if c == q => return Some(j + 1),
            b'\\' => {
                if s.get(j + 1) == Some(&b'\n') {
                    return Some(j + 2);
                }
                if s.get(j + 1) == Some(&b'\r') && s.get(j + 2) == Some(&b'\n') {
                    return Some(j + 3);
                }
                s.get(j + 1)?;
                j += 2;
            }
            b'\n' => return None,
            _ => j += 1,
        }
    }
}

/// The `Single`/`Double` end patterns: from `j`, up to the closing quote.
fn single_end(s: &[u8], mut j: usize, q: u8) -> Option<usize> {
    loop {
        match *s.get(j)? {
            c if c == q => return Some(j + 1),
            b'\\' => {
                if matches!(s.get(j + 1), None | Some(b'\n')) {
                    return None;
                }
                j += 2;
            }
            _ => j += 1,
        }
    }
}

/// The `Single3`/`Double3` end patterns: from `j`, up to the closing triple.
fn triple_end(s: &[u8], mut j: usize, q: u8) -> Option<usize> {
    loop {
        match *s.get(j)? {
            c if c == q => {
                if s.get(j + 1) == Some(&q) && s.get(j + 2) == Some(&q) {
                    return Some(j + 3);
                }
                j += 1;
            }
            b'\\' => {
                if matches!(s.get(j + 1), None | Some(b'\n')) {
                    return None;
                }
                j += 2;
            }
            _ => j += 1,
        }
    }
}

/// `\w+` at `i` (Unicode word characters).
fn name(line: &str, i: usize) -> Option<usize> {
    let end = line[i..]
        .char_indices()
        .find(|&(_, c)| !is_word(c))
        .map_or(line.len(), |(k, _)| i + k);
    (end > i).then_some(end)
}

/// What the module's `PseudoToken` pattern matched after the blanks.
enum Pseudo {
    /// A token `[start, end)` of the line.
    Token(usize, usize),
    /// Nothing matched.
    None,
}

fn pseudo_token(line: &str, pos: usize) -> Pseudo {
    let s = line.as_bytes();
    let mut i = pos;
    while matches!(s.get(i), Some(b' ' | b'\x0c' | b'\t')) {
        i += 1;
    }
    let start = i;
    let Some(&c) = s.get(i) else {
        return Pseudo::Token(i, i); // \Z
    };
    // PseudoExtras: backslash-newline, comment, triple-quote opening.
    if c == b'\\' {
        if s.get(i + 1) == Some(&b'\n') {
            return Pseudo::Token(start, i + 2);
        }
        if s.get(i + 1) == Some(&b'\r') && s.get(i + 2) == Some(&b'\n') {
            return Pseudo::Token(start, i + 3);
        }
    }
    if c == b'#' {
        let end = s[i..]
            .iter()
            .position(|&b| b == b'\r' || b == b'\n')
            .map_or(s.len(), |k| i + k);
        return Pseudo::Token(start, end);
    }
    let mut p = i;
    while p < s.len() && p - i < 3 && is_prefix_char(s[p]) {
        p += 1;
    }
    let quote_at = |k: usize| matches!(s.get(k), Some(b'\'' | b'"'));
    if quote_at(p) && is_string_prefix(&s[i..p]) {
        let q = s[p];
        if s.get(p + 1) == Some(&q) && s.get(p + 2) == Some(&q) {
            return Pseudo::Token(start, p + 3);
        }
    }
    // Number.
    if c.is_ascii_digit() || c == b'.' {
        if let Some(end) = number(s, i) {
            return Pseudo::Token(start, end);
        }
    }
    // Funny: newline, operators.
    if c == b'\n' {
        return Pseudo::Token(start, i + 1);
    }
    if c == b'\r' && s.get(i + 1) == Some(&b'\n') {
        return Pseudo::Token(start, i + 2);
    }
    if let Some(n) = operator_len(s, i) {
        return Pseudo::Token(start, i + n);
    }
    // ContStr.
    if quote_at(p) && is_string_prefix(&s[i..p]) {
        if let Some(end) = contstr_tail(s, p + 1, s[p]) {
            return Pseudo::Token(start, end);
        }
    }
    match name(line, i) {
        Some(end) => Pseudo::Token(start, end),
        None => Pseudo::None,
    }
}

/// Converts byte offsets of one line to character columns, for offsets
/// requested in non-decreasing order (restarting when they go back).
struct Cols<'a> {
    line: &'a str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> Cols<'a> {
    fn new(line: &'a str) -> Self {
        Cols {
            line,
            ascii: line.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    fn col(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if b < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let b = b.min(self.line.len());
        self.chars += self.line.as_bytes()[self.byte..b]
            .iter()
            .filter(|&&c| (c & 0xC0) != 0x80)
            .count();
        self.byte = b;
        self.chars
    }
}

fn py_strip_is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// The text of a `UnicodeDecodeError` for `bytes` under `codec`.
fn decode_error_text(codec: &str, bytes: &[u8], err: &std::str::Utf8Error) -> String {
    let at = err.valid_up_to();
    match err.error_len() {
        None if bytes.len() - at > 1 => format!(
            "'{codec}' codec can't decode bytes in position {}-{}: unexpected end of data",
            at,
            bytes.len() - 1
        ),
        None => format!(
            "'{codec}' codec can't decode byte 0x{:02x} in position {at}: unexpected end of data",
            bytes[at]
        ),
        Some(n) if n > 1 => format!(
            "'{codec}' codec can't decode bytes in position {}-{}: invalid continuation byte",
            at,
            at + n - 1
        ),
        Some(_) => {
            let b = bytes[at];
            let reason = if (0x80..0xC2).contains(&b) || b > 0xF4 {
                "invalid start byte"
            } else {
                "invalid continuation byte"
            };
            format!("'{codec}' codec can't decode byte 0x{b:02x} in position {at}: {reason}")
        }
    }
}

/// The tokens `tokenize.tokenize` yields for a file's bytes (`filename`
/// appears in encoding errors as the module words them).
pub fn listing_tokens(bytes: &[u8], filename: &str) -> Result<Vec<ListToken>, ListingError> {
    let (encoding, body) = detect_encoding(bytes, filename)?;
    let enc_kind = decode::lookup(&encoding).unwrap_or(decode::Encoding::Utf8);
    let mut lines: Vec<String> = Vec::new();
    // The module decodes line by line as it goes: a line that does not
    // decode only fails once the scanner reaches it.
    let mut bad_line = None;
    let mut rest = body;
    while !rest.is_empty() && bad_line.is_none() {
        let n = rest
            .iter()
            .position(|&c| c == b'\n')
            .map_or(rest.len(), |p| p + 1);
        let raw = &rest[..n];
        rest = &rest[n..];
        let line = match enc_kind {
            decode::Encoding::Utf8 => std::str::from_utf8(raw)
                .map(str::to_string)
                .map_err(|e| decode_error_text("utf-8", raw, &e)),
            other => decode::decode_with(other, raw),
        };
        match line {
            Ok(line) => lines.push(line),
            Err(msg) => bad_line = Some((lines.len(), ListingError::Unexpected(msg))),
        }
    }
    let mut out = vec![ListToken {
        kind: ListKind::Encoding,
        string: encoding,
        start: (0, 0),
        end: (0, 0),
    }];
    Scanner::default().run(&lines, bad_line, &mut out)?;
    Ok(out)
}

/// `tokenize.detect_encoding`: the encoding name the ENCODING token shows
/// and the bytes after any BOM.
fn detect_encoding<'b>(
    bytes: &'b [u8],
    filename: &str,
) -> Result<(String, &'b [u8]), ListingError> {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let body = if bom { &bytes[3..] } else { bytes };
    let fname = py_repr(filename);
    let split = |b: &'b [u8]| -> (&'b [u8], &'b [u8]) {
        let n = b
            .iter()
            .position(|&c| c == b'\n')
            .map_or(b.len(), |p| p + 1);
        b.split_at(n)
    };
    let find_cookie = |line: &[u8]| -> Result<Option<String>, ListingError> {
        let Ok(text) = std::str::from_utf8(line) else {
            return Err(ListingError::Encoding(format!(
                "invalid or missing encoding declaration for {fname}"
            )));
        };
        let Some(raw) = cookie(text) else {
            return Ok(None);
        };
        let enc = decode::normal_name(&raw);
        if decode::lookup(&enc).is_none() {
            return Err(ListingError::Encoding(format!(
                "unknown encoding for {fname}: {enc}"
            )));
        }
        if bom && enc != "utf-8" {
            return Err(ListingError::Encoding(format!(
                "encoding problem for {fname}: utf-8"
            )));
        }
        Ok(Some(enc))
    };
    let default = "utf-8".to_string();
    let (first, after) = split(body);
    if first.is_empty() {
        return Ok((default, body));
    }
    if let Some(enc) = find_cookie(first)? {
        return Ok((enc, body));
    }
    let blank = {
        let mut i = 0;
        while matches!(first.get(i), Some(b' ' | b'\t' | b'\x0c')) {
            i += 1;
        }
        matches!(first.get(i), None | Some(b'#' | b'\r' | b'\n'))
    };
    if !blank {
        return Ok((default, body));
    }
    let (second, _) = split(after);
    if second.is_empty() {
        return Ok((default, body));
    }
    Ok((find_cookie(second)?.unwrap_or(default), body))
}

/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` (ASCII `\w`) on one line.
fn cookie(line: &str) -> Option<String> {
    let s = line.as_bytes();
    let mut i = 0;
    while matches!(s.get(i), Some(b' ' | b'\t' | b'\x0c')) {
        i += 1;
    }
    if s.get(i) != Some(&b'#') {
        return None;
    }
    let limit = s[i..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(s.len(), |p| i + p);
    let mut k = i + 1;
    while k + 7 <= limit {
        if &s[k..k + 6] == b"coding" && matches!(s[k + 6], b':' | b'=') {
            let mut t = k + 7;
            while matches!(s.get(t), Some(b' ' | b'\t')) {
                t += 1;
            }
            let begin = t;
            while s
                .get(t)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
            {
                t += 1;
            }
            if t > begin {
                return Some(line[begin..t].to_string());
            }
        }
        k += 1;
    }
    None
}

/// The state of `tokenize._tokenize` between lines.
#[derive(Default)]
struct Scanner {
    parenlev: i64,
    continued: bool,
    indents: Vec<usize>,
    /// A string continued over lines: its text so far, start, quote kind.
    contstr: Option<(String, (usize, usize))>,
    /// For a continued string: (quote, triple, needs a trailing backslash).
    endprog: (u8, bool, bool),
}

impl Scanner {
    /// Scans `lines`; reading line index `bad.0` fails with `bad.1`.
    fn run(
        &mut self,
        lines: &[String],
        mut bad: Option<(usize, ListingError)>,
        out: &mut Vec<ListToken>,
    ) -> Result<(), ListingError> {
        let tok = |out: &mut Vec<ListToken>, kind, string: &str, start, end| {
            out.push(ListToken {
                kind,
                string: string.to_string(),
                start,
                end,
            })
        };
        self.indents = vec![0];
        let mut lnum = 0usize;
        let mut last_line: &str;
        let mut line: &str = "";
        loop {
            last_line = if lnum == 0 { "" } else { line };
            if let Some((_, e)) = bad.take_if(|(at, _)| *at == lnum) {
                return Err(e);
            }
            line = lines.get(lnum).map_or("", |l| l.as_str());
            lnum += 1;
            let s = line.as_bytes();
            let max = s.len();
            let mut pos = 0;
            let mut cols = Cols::new(line);

            if let Some((mut text, strstart)) = self.contstr.take() {
                if line.is_empty() {
                    return Err(ListingError::Located {
                        msg: "EOF in multi-line string".into(),
                        line: strstart.0,
                        col: strstart.1,
                    });
                }
                let (q, triple, needcont) = self.endprog;
                let end = if triple {
                    triple_end(s, 0, q)
                } else {
                    single_end(s, 0, q)
                };
                if let Some(end) = end {
                    pos = end;
                    text.push_str(&line[..end]);
                    let ec = cols.col(end);
                    tok(out, ListKind::String, &text, strstart, (lnum, ec));
                } else if needcont && !line.ends_with("\\\n") && !line.ends_with("\\\r\n") {
                    text.push_str(line);
                    let ec = line.chars().count();
                    tok(out, ListKind::ErrorToken, &text, strstart, (lnum, ec));
                    continue;
                } else {
                    text.push_str(line);
                    self.contstr = Some((text, strstart));
                    continue;
                }
            } else if self.parenlev == 0 && !self.continued {
                if line.is_empty() {
                    break;
                }
                let mut column = 0usize;
                while pos < max {
                    match s[pos] {
                        b' ' => column += 1,
                        b'\t' => column = (column / TABSIZE + 1) * TABSIZE,
                        b'\x0c' => column = 0,
                        _ => break,
                    }
                    pos += 1;
                }
                if pos == max {
                    break;
                }
                if matches!(s[pos], b'#' | b'\r' | b'\n') {
                    if s[pos] == b'#' {
                        let comment = line[pos..].trim_end_matches(['\r', '\n']);
                        let sc = cols.col(pos);
                        let ec = cols.col(pos + comment.len());
                        tok(out, ListKind::Comment, comment, (lnum, sc), (lnum, ec));
                        pos += comment.len();
                    }
                    let sc = cols.col(pos);
                    let ec = cols.col(max);
                    tok(out, ListKind::NL, &line[pos..], (lnum, sc), (lnum, ec));
                    continue;
                }
                let top = *self.indents.last().unwrap_or(&0);
                if column > top {
                    self.indents.push(column);
                    tok(out, ListKind::Indent, &line[..pos], (lnum, 0), (lnum, pos));
                }
                while column < *self.indents.last().unwrap_or(&0) {
                    if !self.indents.contains(&column) {
                        return Err(ListingError::Located {
                            msg: "unindent does not match any outer indentation level".into(),
                            line: lnum,
                            col: pos,
                        });
                    }
                    self.indents.pop();
                    tok(out, ListKind::Dedent, "", (lnum, pos), (lnum, pos));
                }
            } else {
                if line.is_empty() {
                    return Err(ListingError::Located {
                        msg: "EOF in multi-line statement".into(),
                        line: lnum,
                        col: 0,
                    });
                }
                self.continued = false;
            }

            while pos < max {
                let (start, end) = match pseudo_token(line, pos) {
                    Pseudo::Token(a, b) => (a, b),
                    Pseudo::None => {
                        let ch_len = line[pos..].chars().next().map_or(1, char::len_utf8);
                        let sc = cols.col(pos);
                        tok(
                            out,
                            ListKind::ErrorToken,
                            &line[pos..pos + ch_len],
                            (lnum, sc),
                            (lnum, sc + 1),
                        );
                        pos += ch_len;
                        continue;
                    }
                };
                pos = end;
                if start == end {
                    continue;
                }
                let token = &line[start..end];
                let tb = token.as_bytes();
                let initial = tb[0];
                let sc = cols.col(start);
                if initial.is_ascii_digit() || (initial == b'.' && token != "." && token != "...") {
                    let ec = cols.col(end);
                    tok(out, ListKind::Number, token, (lnum, sc), (lnum, ec));
                } else if initial == b'\r' || initial == b'\n' {
                    let kind = if self.parenlev > 0 {
                        ListKind::NL
                    } else {
                        ListKind::Newline
                    };
                    let ec = cols.col(end);
                    tok(out, kind, token, (lnum, sc), (lnum, ec));
                } else if initial == b'#' {
                    let ec = cols.col(end);
                    tok(out, ListKind::Comment, token, (lnum, sc), (lnum, ec));
                } else if let Some(q) = triple_opening(tb) {
                    if let Some(e) = triple_end(s, end, q) {
                        pos = e;
                        let ec = cols.col(e);
                        tok(
                            out,
                            ListKind::String,
                            &line[start..e],
                            (lnum, sc),
                            (lnum, ec),
                        );
                    } else {
                        self.endprog = (q, true, false);
                        self.contstr = Some((line[start..].to_string(), (lnum, sc)));
                        break;
                    }
                } else if let Some(q) = single_opening(tb) {
                    if tb[tb.len() - 1] == b'\n' {
                        self.endprog = (q, false, true);
                        self.contstr = Some((line[start..].to_string(), (lnum, sc)));
                        break;
                    }
                    let ec = cols.col(end);
                    tok(out, ListKind::String, token, (lnum, sc), (lnum, ec));
                } else if token.chars().next().is_some_and(is_id_start) {
                    let ec = cols.col(end);
                    tok(out, ListKind::Name, token, (lnum, sc), (lnum, ec));
                } else if initial == b'\\' {
                    self.continued = true;
                } else {
                    match initial {
                        b'(' | b'[' | b'{' => self.parenlev += 1,
                        b')' | b']' | b'}' => self.parenlev -= 1,
                        _ => {}
                    }
                    let ec = cols.col(end);
                    tok(out, ListKind::Op, token, (lnum, sc), (lnum, ec));
                }
            }
        }
        if !last_line.is_empty()
            && !last_line.ends_with(['\r', '\n'])
            && !last_line.trim_matches(py_strip_is_space).starts_with('#')
        {
            let n = last_line.chars().count();
            tok(out, ListKind::Newline, "", (lnum - 1, n), (lnum - 1, n + 1));
        }
        for _ in 1..self.indents.len() {
            tok(out, ListKind::Dedent, "", (lnum, 0), (lnum, 0));
        }
        tok(out, ListKind::EndMarker, "", (lnum, 0), (lnum, 0));
        Ok(())
    }
}

/// The quote of a token that is exactly a prefix and a triple quote.
fn triple_opening(t: &[u8]) -> Option<u8> {
    if t.len() < 3 {
        return None;
    }
    let (p, q) = t.split_at(t.len() - 3);
    (matches!(q, b"'''" | b"\"\"\"") && is_string_prefix(p)).then_some(q[0])
}

/// The quote of a token whose first 1-3 characters are a prefix and quote.
fn single_opening(t: &[u8]) -> Option<u8> {
    (1..=3.min(t.len())).find_map(|n| {
        let (p, q) = t[..n].split_at(n - 1);
        (matches!(q, b"'" | b"\"") && is_string_prefix(p)).then_some(q[0])
    })
}

/// Appends `text` left-justified in a field of `width` characters.
fn pad(out: &mut String, text: &str, width: usize) {
    out.push_str(text);
    let n = if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    };
    const SPACES: &str = "                    ";
    if n < width {
        out.push_str(&SPACES[..(width - n).min(SPACES.len())]);
    }
}

/// Formats tokens as `python3 -m tokenize` prints them.
pub fn render(tokens: &[ListToken]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(tokens.len() * 56);
    let mut range = String::new();
    for t in tokens {
        range.clear();
        let _ = write!(
            range,
            "{},{}-{},{}:",
            t.start.0, t.start.1, t.end.0, t.end.1
        );
        pad(&mut out, &range, 20);
        pad(&mut out, t.kind.name(), 15);
        pad(&mut out, &py_repr(&t.string), 15);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_match_like_the_regex() {
        fn m(s: &str) -> Option<&str> {
            number(s.as_bytes(), 0).map(|e| &s[..e])
        }
        assert_eq!(m("1_000x"), Some("1_000"));
        assert_eq!(m("0x_fg"), Some("0x_f"));
        assert_eq!(m("012"), Some("0"));
        assert_eq!(m("1.5e-3j"), Some("1.5e-3j"));
        assert_eq!(m("1e"), Some("1"));
        assert_eq!(m(".5"), Some(".5"));
        assert_eq!(m("5."), Some("5."));
        assert_eq!(m("1__0"), Some("1"));
        assert_eq!(m("0_0_"), Some("0_0"));
        assert_eq!(m("0x"), Some("0"));
    }

    #[test]
    fn strings() {
        assert_eq!(contstr_tail(b"abc'", 0, b'\''), Some(4));
        assert_eq!(contstr_tail(b"a\\'b\\\n", 0, b'\''), Some(6));
        assert_eq!(contstr_tail(b"abc\n", 0, b'\''), None);
        assert_eq!(triple_end(b"a''b'''c", 0, b'\''), Some(7));
        assert_eq!(single_opening(b"rb'x'"), Some(b'\''));
        assert_eq!(triple_opening(b"Rb\"\"\""), Some(b'"'));
    }

    #[test]
    fn errors_render_like_the_module() {
        let e = listing_tokens(b"x = (1,\n", "f.py").unwrap_err();
        assert_eq!(
            e.render("f.py"),
            "f.py:2:0: error: EOF in multi-line statement\n"
        );
        let e = listing_tokens(b"# coding: foo\n", "f.py").unwrap_err();
        assert_eq!(
            e.render("f.py"),
            "f.py: error: unknown encoding for 'f.py': foo\n"
        );
    }
}
