//! `str.format` / `str.format_map`: parsing of replacement fields
//! (`{0} {name!r:>{w}} {obj.attr[key]}`) and rendering against the
//! [`FormatArgs`] trait, with CPython 3.11's grammar and error messages.
//!
//! Structure (as CPython): the format string is a sequence of literal text
//! and fields. `{{`/`}}` are escapes. A field is `name[!conv][:spec]`;
//! the spec may itself contain fields and is expanded recursively, at most
//! two levels deep ("Max string recursion exceeded"). Auto-numbered (`{}`)
//! and numbered (`{0}`) fields cannot be mixed; keyword names can be used
//! with either. Indexing inside `[...]` uses an int key when the text is
//! all digits, else a str key.

use crate::num::error::AlgError;

/// One piece of a parsed format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Literal text before the field (escapes resolved).
    pub literal: String,
    /// The field, if one follows the literal.
    pub field: Option<Field>,
}

/// A replacement field, unexpanded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub conversion: Option<char>,
    pub spec: String,
    /// Whether the spec contains `{` and must be expanded first.
    pub spec_needs_expanding: bool,
}

fn value_error(msg: &str) -> AlgError {
    AlgError::value(msg)
}

/// Parses one piece starting at `chars[*pos]`; None at the end.
fn next_piece(chars: &[char], pos: &mut usize) -> Result<Option<Piece>, AlgError> {
    let n = chars.len();
    if *pos >= n {
        return Ok(None);
    }
    let start = *pos;
    let mut c = '\0';
    let mut markup = false;
    while *pos < n {
        c = chars[*pos];
        *pos += 1;
        if c == '{' || c == '}' {
            markup = true;
            break;
        }
    }
    let at_end = *pos >= n;
    let mut len = *pos - start;
    if c == '}' && markup && (at_end || chars[*pos] != '}') {
        return Err(value_error("Single '}' encountered in format string"));
    }
    if at_end && c == '{' && markup {
        return Err(value_error("Single '{' encountered in format string"));
    }
    if markup && !at_end {
        if chars[*pos] == c {
            // An escaped brace: keep one, no field follows.
            *pos += 1;
            markup = false;
        } else {
            len -= 1;
        }
    }
    let literal: String = chars[start..start + len].iter().collect();
    if !markup {
        return Ok(Some(Piece {
            literal,
            field: None,
        }));
    }
    let field = parse_field(chars, pos)?;
    Ok(Some(Piece {
        literal,
        field: Some(field),
    }))
}

/// Parses `name[!conv][:spec]}` from `chars[*pos..]`.
fn parse_field(chars: &[char], pos: &mut usize) -> Result<Field, AlgError> {
    let n = chars.len();
    let name_start = *pos;
    let mut c = '\0';
    while *pos < n {
        c = chars[*pos];
        *pos += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < n && chars[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let terminated = matches!(c, '}' | ':' | '!') && *pos > name_start;
    let name_end = if terminated { *pos - 1 } else { *pos };
    let name: String = chars[name_start..name_end].iter().collect();
    let mut field = Field {
        name,
        conversion: None,
        spec: String::new(),
        spec_needs_expanding: false,
    };
    if terminated && (c == '!' || c == ':') {
        if c == '!' {
            if *pos >= n {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(chars[*pos]);
            *pos += 1;
            if *pos < n {
                let d = chars[*pos];
                *pos += 1;
                if d == '}' {
                    return Ok(field);
                }
                if d != ':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut depth = 1;
        while *pos < n {
            let d = chars[*pos];
            *pos += 1;
            if d == '{' {
                field.spec_needs_expanding = true;
                depth += 1;
            } else if d == '}' {
                depth -= 1;
                if depth == 0 {
                    field.spec = chars[spec_start..*pos - 1].iter().collect();
                    return Ok(field);
                }
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    }
    if !(terminated && c == '}') {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok(field)
}

/// Parses a whole format string into pieces (what
/// `string.Formatter.parse` exposes). Errors are found lazily in CPython
/// too, but the first error in text order is the same.
pub fn parse_format_string(fmt: &str) -> Result<Vec<Piece>, AlgError> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pos = 0;
    let mut out = Vec::new();
    while let Some(p) = next_piece(&chars, &mut pos)? {
        out.push(p);
    }
    Ok(out)
}

/// The first part of a field name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldHead {
    /// `{}`: the next automatic index.
    Auto,
    Index(usize),
    Keyword(String),
}

/// One `.attr` or `[key]` step after the head.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldStep {
    Attr(String),
    Index(usize),
    Key(String),
}

/// Parses an all-digit string as an index (None if not all digits).
fn as_index(s: &str) -> Result<Option<usize>, AlgError> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    let mut v: usize = 0;
    for b in s.bytes() {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add((b - b'0') as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(v))
}

/// Splits a field name into its head (`formatter_field_name_split`).
/// Returns the head and the unparsed remainder.
pub fn split_field_name(name: &str) -> Result<(FieldHead, &str), AlgError> {
    let cut = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(cut);
    let head = if first.is_empty() {
        FieldHead::Auto
    } else {
        match as_index(first)? {
            Some(i) => FieldHead::Index(i),
            None => FieldHead::Keyword(first.to_string()),
        }
    };
    Ok((head, rest))
}

/// Parses the next step of a field-name remainder; None when empty.
pub fn next_step(rest: &mut &str) -> Result<Option<FieldStep>, AlgError> {
    let s = *rest;
    let Some(c) = s.chars().next() else {
        return Ok(None);
    };
    match c {
        '.' => {
            let body = &s[1..];
            let end = body.find(['.', '[']).unwrap_or(body.len());
            if end == 0 {
                return Err(value_error("Empty attribute in format string"));
            }
            *rest = &body[end..];
            Ok(Some(FieldStep::Attr(body[..end].to_string())))
        }
        '[' => {
            let body = &s[1..];
            let Some(end) = body.find(']') else {
                return Err(value_error("Missing ']' in format string"));
            };
            if end == 0 {
                return Err(value_error("Empty attribute in format string"));
            }
            let key = &body[..end];
            let after = &body[end + 1..];
            if !after.is_empty() && !after.starts_with(['.', '[']) {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
            *rest = after;
            Ok(Some(match as_index(key)? {
                Some(i) => FieldStep::Index(i),
                None => FieldStep::Key(key.to_string()),
            }))
        }
        _ => Err(value_error(
            "Only '.' or '[' may follow ']' in format field specifier",
        )),
    }
}

/// What `str.format` needs from the object model.
pub trait FormatArgs {
    type Value;
    type Error: From<AlgError>;
    /// Number of positional arguments.
    fn positional_count(&self) -> usize;
    /// False for `format_map`, whose format may not use positional fields.
    fn positional_allowed(&self) -> bool {
        true
    }
    /// The positional argument `i` (< positional_count()).
    fn positional(&mut self, i: usize) -> Result<Self::Value, Self::Error>;
    /// The keyword argument `name` (KeyError when missing).
    fn keyword(&mut self, name: &str) -> Result<Self::Value, Self::Error>;
    /// `getattr(v, name)`.
    fn getattr(&mut self, v: &Self::Value, name: &str) -> Result<Self::Value, Self::Error>;
    /// `v[i]` with an int key.
    fn getitem_index(&mut self, v: &Self::Value, i: usize) -> Result<Self::Value, Self::Error>;
    /// `v[key]` with a str key.
    fn getitem_str(&mut self, v: &Self::Value, key: &str) -> Result<Self::Value, Self::Error>;
    /// `repr(v)` (`!r`), `str(v)` (`!s`) or `ascii(v)` (`!a`).
    fn convert(&mut self, v: &Self::Value, conversion: char) -> Result<Self::Value, Self::Error>;
    /// `format(v, spec)`.
    fn format(&mut self, v: &Self::Value, spec: &str) -> Result<String, Self::Error>;
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unknown,
    Auto,
    Manual,
}

struct Renderer {
    numbering: Numbering,
    next_auto: usize,
}

impl Renderer {
    fn resolve<A: FormatArgs>(&mut self, args: &mut A, name: &str) -> Result<A::Value, A::Error> {
        let (head, mut rest) = split_field_name(name)?;
        let mut obj = match head {
            FieldHead::Auto | FieldHead::Index(_) => {
                let index = if let FieldHead::Index(i) = head {
                    if self.numbering == Numbering::Auto {
                        return Err(value_error(
                            "cannot switch from automatic field numbering to manual field specification",
                        )
                        .into());
                    }
                    self.numbering = Numbering::Manual;
                    i
                } else {
                    if self.numbering == Numbering::Manual {
                        return Err(value_error(
                            "cannot switch from manual field specification to automatic field numbering",
                        )
                        .into());
                    }
                    self.numbering = Numbering::Auto;
                    self.next_auto += 1;
                    self.next_auto - 1
                };
                if !args.positional_allowed() {
                    return Err(value_error("Format string contains positional fields").into());
                }
                if index >= args.positional_count() {
                    return Err(AlgError::index(format!(
                        "Replacement index {index} out of range for positional args tuple"
                    ))
                    .into());
                }
                args.positional(index)?
            }
            FieldHead::Keyword(k) => args.keyword(&k)?,
        };
        while let Some(step) = next_step(&mut rest)? {
            obj = match step {
                FieldStep::Attr(a) => args.getattr(&obj, &a)?,
                FieldStep::Index(i) => args.getitem_index(&obj, i)?,
                FieldStep::Key(k) => args.getitem_str(&obj, &k)?,
            };
        }
        Ok(obj)
    }

    fn build<A: FormatArgs>(
        &mut self,
        args: &mut A,
        fmt: &str,
        depth: u32,
    ) -> Result<String, A::Error> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded").into());
        }
        let chars: Vec<char> = fmt.chars().collect();
        let mut pos = 0;
        let mut out = String::with_capacity(fmt.len());
        while let Some(piece) = next_piece(&chars, &mut pos)? {
            out.push_str(&piece.literal);
            let Some(field) = piece.field else { continue };
            let mut obj = self.resolve(args, &field.name)?;
            if let Some(conv) = field.conversion {
                if !matches!(conv, 'r' | 's' | 'a') {
                    let shown = if (conv as u32) > 32 && (conv as u32) < 127 {
                        conv.to_string()
                    } else {
                        format!("\\x{:x}", conv as u32)
                    };
                    return Err(
                        value_error(&format!("Unknown conversion specifier {shown}")).into(),
                    );
                }
                obj = args.convert(&obj, conv)?;
            }
            let spec = if field.spec_needs_expanding {
                self.build(args, &field.spec, depth - 1)?
            } else {
                field.spec
            };
            out.push_str(&args.format(&obj, &spec)?);
        }
        Ok(out)
    }
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format<A: FormatArgs>(fmt: &str, args: &mut A) -> Result<String, A::Error> {
    let mut r = Renderer {
        numbering: Numbering::Unknown,
        next_auto: 0,
    };
    r.build(args, fmt, 2)
}

#[cfg(test)]
#[path = "strformat_tests.rs"]
mod tests;
