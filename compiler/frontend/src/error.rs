//! Compile-time errors: CPython's `SyntaxError` family as the frontend
//! reports it, and the CPython-style report printed for it.
//!
//! Invariants:
//! - `offset`/`end_offset` are CPython's `SyntaxError.offset`/`end_offset`:
//!   1-based *character* columns, 0 when unknown (see `RaisedBy` for
//!   the errors CPython gives byte columns). `lineno` 0 means no location
//!   (CPython's `None`, e.g. source decoding errors).
//! - `text` is the offending source line; a trailing newline is optional
//!   (the report treats the line as newline-terminated either way, as
//!   CPython's `text` normally is).
//! - [`SyntaxError::render`] reproduces CPython 3.11's `print_exception` for
//!   a syntax error byte for byte: the columns are turned into UTF-8 byte
//!   columns of the line, leading blanks are stripped, the caret run is
//!   clipped to the line, a multi-line range underlines to the end of its
//!   first line, and an `IndentationError`/`TabError` gets one caret.

/// Which `SyntaxError` subclass CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// CPython's parser-stack overflow ("source too complex to parse").
    MemoryError,
    /// "maximum recursion depth exceeded during compilation" (CPython raises
    /// RecursionError from its symbol table / compiler for this).
    RecursionError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::MemoryError => "MemoryError",
            ErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A syntax error with the attributes CPython's `SyntaxError` carries.
///
/// `offset`/`end_offset` are 1-based *character* columns (as CPython's
/// `SyntaxError.offset`), 0 when unknown; `text` is the offending source line.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    pub text: Option<String>,
    /// Which stage raised the error; it decides how CPython's script report
    /// shows it (see [`RaisedBy`]).
    pub raised_by: RaisedBy,
    /// `text` is stored without its line end, which CPython's `text` has —
    /// except in one case this flag marks: the first line of a multi-line
    /// f-string replacement field, where CPython's text stops before the
    /// newline. The caret range of the report depends on the difference.
    pub text_unterminated: bool,
}

/// The stage that raised a syntax error. CPython's script report differs:
/// - `Parser` (the default): character offsets, shown as UTF-8 byte columns
///   (what CPython does for a script without an encoding declaration); the
///   source line is read back from the file, so a line longer than 998
///   bytes shows only its last 999-byte piece.
/// - `Tokenizer`: errors the tokenizer raises itself (invalid character,
///   unterminated string, unmatched bracket, ...): character offsets shown
///   as they are, the whole line shown.
/// - `Compiler`: compiler and symbol-table errors: CPython's offsets are
///   UTF-8 byte offsets (`col_offset + 1`) in every mode — store them so —
///   shown as they are; the line is read back from the file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RaisedBy {
    #[default]
    Parser,
    Tokenizer,
    Compiler,
}

/// The attributes of the Python-level `SyntaxError` object, in CPython's
/// form (`text` ends with a newline, as CPython reads it from the file).
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxErrorAttrs {
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: u32,
    pub text: Option<String>,
    pub end_lineno: u32,
    pub end_offset: u32,
}

impl SyntaxError {
    pub fn new(kind: ErrorKind, msg: impl Into<String>, lineno: u32, offset: u32) -> Self {
        SyntaxError {
            kind,
            msg: msg.into(),
            lineno,
            offset,
            end_lineno: lineno,
            end_offset: offset,
            text: None,
            raised_by: RaisedBy::Parser,
            text_unterminated: false,
        }
    }

    /// The Python-level attributes for an error found in `filename`.
    pub fn attributes(&self, filename: &str) -> SyntaxErrorAttrs {
        SyntaxErrorAttrs {
            msg: self.msg.clone(),
            filename: filename.to_string(),
            lineno: self.lineno,
            offset: self.offset,
            text: self.text.as_ref().map(|t| {
                if t.ends_with('\n') || self.text_unterminated {
                    t.clone()
                } else {
                    format!("{t}\n")
                }
            }),
            end_lineno: self.end_lineno,
            end_offset: self.end_offset,
        }
    }

    /// Gives the error its source line when it has none, as CPython reads
    /// the line from the file for errors raised after parsing (compiler and
    /// symbol-table errors).
    pub fn fill_text(&mut self, source: &str) {
        if self.text.is_some() || self.lineno == 0 {
            return;
        }
        if let Some(line) = source.split_inclusive('\n').nth(self.lineno as usize - 1) {
            self.text = Some(line.trim_end_matches(['\n', '\r']).to_string());
        }
    }

    /// `str(err)` in CPython: `msg (filename, line N)`.
    pub fn display(&self, filename: &str) -> String {
        format!("{} ({}, line {})", self.msg, filename, self.lineno)
    }

    /// The report CPython prints to stderr for an uncaught syntax error in
    /// the script `filename` (every line newline-terminated).
    ///
    /// Parser errors in a script without an encoding declaration carry
    /// UTF-8 byte columns in CPython, and the caret line is laid out by them
    /// (our character offsets are converted); see [`RaisedBy`] for the
    /// others.
    pub fn render(&self, filename: &str) -> String {
        self.render_inner(filename, self.raised_by == RaisedBy::Parser)
    }

    /// The report with the offsets used as they are, whatever `raised_by`
    /// says (CPython's layout for any error in a script that declares its
    /// encoding, PEP 263).
    pub fn render_chars(&self, filename: &str) -> String {
        self.render_inner(filename, false)
    }

    fn render_inner(&self, filename: &str, to_bytes: bool) -> String {
        if self.kind == ErrorKind::RecursionError {
            // CPython prints no location for this one.
            return format!("{}: {}\n", self.kind.name(), self.msg);
        }
        let mut out = String::new();
        // Without a location (lineno 0: source decoding errors) CPython
        // prints the message alone.
        if self.lineno != 0 {
            out.push_str(&format!("  File \"{}\", line {}\n", filename, self.lineno));
            if let Some(text) = &self.text {
                render_source_line(&mut out, text, self, to_bytes);
            }
        }
        out.push_str(self.kind.name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

/// The 1-based UTF-8 byte column of 1-based character column `offset` on
/// `line` (columns past the end count one byte each).
fn byte_offset(line: &str, offset: i64) -> i64 {
    if offset <= 0 {
        return offset;
    }
    let want = (offset - 1) as usize;
    let mut bytes = 0usize;
    let mut chars = 0usize;
    for c in line.chars() {
        if chars == want {
            break;
        }
        bytes += c.len_utf8();
        chars += 1;
    }
    (bytes + (want - chars)) as i64 + 1
}

/// What CPython's `err_programtext` keeps of a line it reads back from the
/// file: `fgets` into a 1000-byte buffer, repeated until the newline, so the
/// last piece of at most 999 bytes (newline included); `None` when that
/// piece does not decode as UTF-8 (it cut a character).
fn last_fgets_piece(text: &str) -> Option<&str> {
    const PIECE: usize = 999;
    let line = text.strip_suffix('\n').unwrap_or(text);
    let with_nl = line.len() + 1;
    if with_nl <= PIECE {
        return Some(text);
    }
    let start = (with_nl - 1) / PIECE * PIECE;
    line.get(start..)
}

/// The source line and caret line of the report.
fn render_source_line(out: &mut String, text: &str, e: &SyntaxError, to_bytes: bool) {
    // CPython prints the text as a C string: it ends at a NUL.
    let text = text.split('\0').next().unwrap_or("");
    let text = if e.raised_by == RaisedBy::Tokenizer {
        text
    } else {
        match last_fgets_piece(text) {
            Some(t) => t,
            // CPython could not decode the piece: no source line.
            None => return,
        }
    };
    let line = text.strip_suffix('\n').unwrap_or(text);
    // CPython's `text` carries the line's newline (unless marked
    // unterminated); its length counts it.
    let line_size = line.len() as i64 + i64::from(!e.text_unterminated);
    let convert = |o: u32| {
        if to_bytes {
            byte_offset(line, i64::from(o))
        } else {
            i64::from(o)
        }
    };
    let mut offset = convert(e.offset);
    let mut end_offset = convert(e.end_offset);
    if e.end_lineno > e.lineno {
        end_offset = line_size;
    }
    if end_offset > line_size + 1 {
        end_offset = line_size + 1;
    }
    // IndentationError and TabError always get a single caret.
    let carets = if e.kind == ErrorKind::SyntaxError && end_offset > 0 && end_offset > offset {
        (end_offset - offset) as usize
    } else {
        1
    };
    offset -= 1;
    let mut shown = line;
    while let Some(rest) = shown.strip_prefix([' ', '\t', '\x0c']) {
        shown = rest;
        offset -= 1;
    }
    let len = shown.len() as i64;
    if offset > len {
        offset = len;
    }
    // A line with embedded newlines shows the physical line holding the
    // offset.
    while let Some(nl) = shown.find('\n') {
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        shown = &shown[nl + 1..];
        offset -= inl + 1;
    }
    out.push_str("    ");
    out.push_str(shown);
    out.push('\n');
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..carets {
        out.push('^');
    }
    out.push('\n');
}

#[cfg(test)]
mod tests;
