//! Token kinds and the token record shared by the tokenizer and the parser.
//!
//! Positions: `line` is 1-based; `col` is a 0-based UTF-8 byte offset into
//! the line (what the AST's `col_offset` uses). `span` is the token's byte
//! range in the decoded source text, so its text is `&source[span]`.

/// Kinds as CPython's `token` module names them; operators are split out
/// (CPython's `exact_type`) so the parser can match on them directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    /// Only in `tokenize`-module mode: comments, non-logical newlines,
    /// the leading encoding token and error tokens.
    Comment,
    NL,
    Encoding,
    ErrorToken,
    // Operators and delimiters (CPython's exact types).
    LPar,
    RPar,
    LSqb,
    RSqb,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    LBrace,
    RBrace,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
    /// A character CPython's tokenizer passes to the parser as a generic OP
    /// (`$`, `?`, `!`, a backtick): no grammar rule accepts it, so the parser
    /// reports "invalid syntax" at it.
    Op,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: Pos,
    pub end: Pos,
    pub span: (u32, u32),
}

impl Token {
    /// The token's text in the source it was scanned from.
    pub fn text<'s>(&self, source: &'s str) -> &'s str {
        source
            .get(self.span.0 as usize..self.span.1 as usize)
            .unwrap_or("")
    }
}
