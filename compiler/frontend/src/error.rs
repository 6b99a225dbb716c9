//! Compile-time errors: CPython's `SyntaxError` family as the frontend
//! reports it, and the CPython-style report printed for it.

/// Which `SyntaxError` subclass CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
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
        }
    }
}

impl SyntaxError {
    /// The report CPython prints for an uncaught syntax error in `filename`.
    pub fn render(&self, filename: &str) -> String {
        let mut out = format!("  File \"{}\", line {}\n", filename, self.lineno);
        if let Some(text) = &self.text {
            out.push_str(&format!("    {}\n", text.trim()));
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
        out
    }
}
