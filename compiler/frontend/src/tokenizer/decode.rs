//! Source decoding: the UTF-8 byte-order mark, PEP 263 coding declarations
//! on line 1 or 2, and the errors CPython 3.11 reports for undecodable
//! source, unknown encodings and null bytes.
//!
//! Supported encodings: UTF-8, Latin-1, ASCII and the single-byte codecs of
//! `codecs.rs`, under every alias Python's codec registry accepts for them.
//! Any other declared encoding is reported as unknown.

use super::codecs::CODECS;
use crate::error::{ErrorKind, SyntaxError};

/// An encoding the decoder can apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Latin1,
    Ascii,
    /// A table of `codecs::CODECS`, by index.
    SingleByte(usize),
}

impl Encoding {
    /// The name `tokenize` prints in its ENCODING token.
    pub fn tokenize_name(self, declared: &str) -> String {
        match self {
            Encoding::Utf8 => "utf-8".into(),
            _ => declared.to_string(),
        }
    }
}

fn error(msg: impl Into<String>, lineno: u32) -> SyntaxError {
    SyntaxError::new(ErrorKind::SyntaxError, msg, lineno, 0)
}

/// CPython's `get_normal_name`: canonical spellings of UTF-8 and Latin-1.
pub fn normal_name(name: &str) -> String {
    let head: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if head == "utf-8" || head.starts_with("utf-8-") {
        return "utf-8".into();
    }
    for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] {
        if head == latin || head.starts_with(&format!("{latin}-")) {
            return "iso-8859-1".into();
        }
    }
    name.to_string()
}

/// Python's codec lookup for the encodings pyc supports.
pub fn lookup(name: &str) -> Option<Encoding> {
    // encodings.normalize_encoding: runs of punctuation become one '_'.
    let mut norm = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            punct = false;
            norm.push(c.to_ascii_lowercase());
        } else {
            punct = true;
        }
    }
    let utf8 = [
        "u8",
        "utf",
        "utf8",
        "utf_8",
        "utf8_ucs2",
        "utf8_ucs4",
        "cp65001",
    ];
    let latin1 = [
        "8859",
        "cp819",
        "csisolatin1",
        "ibm819",
        "iso8859",
        "iso8859_1",
        "iso_8859_1",
        "iso_8859_1_1987",
        "iso_ir_100",
        "l1",
        "latin",
        "latin1",
        "latin_1",
    ];
    let ascii = [
        "646",
        "ansi_x3.4_1968",
        "ansi_x3_4_1968",
        "ansi_x3.4_1986",
        "cp367",
        "csascii",
        "ibm367",
        "iso646_us",
        "iso_646.irv_1991",
        "iso_ir_6",
        "us",
        "us_ascii",
        "ascii",
    ];
    let n = norm.as_str();
    let dotted = n.replace('.', "_");
    if utf8.contains(&n) {
        Some(Encoding::Utf8)
    } else if latin1.contains(&n) {
        Some(Encoding::Latin1)
    } else if ascii.contains(&n) {
        Some(Encoding::Ascii)
    } else {
        CODECS
            .iter()
            .position(|c| {
                c.name == n || c.aliases.contains(&n) || c.aliases.contains(&dotted.as_str())
            })
            .map(Encoding::SingleByte)
    }
}

/// Decodes `bytes` with a non-UTF-8 encoding; the error is the codec's
/// `UnicodeDecodeError` text (positions relative to `bytes`).
pub fn decode_with(enc: Encoding, bytes: &[u8]) -> Result<String, String> {
    match enc {
        Encoding::Utf8 => std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|e| format!("'utf-8' codec can't decode byte 0x{:02x} in position {}", bytes[e.valid_up_to()], e.valid_up_to())),
        Encoding::Latin1 => Ok(bytes.iter().map(|&b| b as char).collect()),
        Encoding::Ascii => match bytes.iter().position(|&b| b >= 0x80) {
            Some(at) => Err(format!(
                "'ascii' codec can't decode byte 0x{:02x} in position {at}: ordinal not in range(128)",
                bytes[at]
            )),
            None => Ok(bytes.iter().map(|&b| b as char).collect()),
        },
        Encoding::SingleByte(k) => {
            let table = &CODECS[k.min(CODECS.len() - 1)].upper;
            let mut out = String::with_capacity(bytes.len());
            for (at, &b) in bytes.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match char::from_u32(u32::from(table[usize::from(b - 0x80)])) {
                    Some(c) if c != '\u{ffff}' => out.push(c),
                    _ => {
                        return Err(format!(
                            "'charmap' codec can't decode byte 0x{b:02x} in position {at}: \
                             character maps to <undefined>"
                        ))
                    }
                }
            }
            Ok(out)
        }
    }
}

/// The coding declaration of one physical line, if it has one: the line
/// must be a comment holding `coding[:=]` followed by a name.
pub fn coding_spec(line: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | 0x0c) {
        i += 1;
    }
    if line.get(i) != Some(&b'#') {
        return None;
    }
    let bytes = &line[i..];
    let mut k = 0;
    while k + 6 < bytes.len() {
        if &bytes[k..k + 6] == b"coding" && matches!(bytes[k + 6], b':' | b'=') {
            let mut t = k + 7;
            while t < bytes.len() && matches!(bytes[t], b' ' | b'\t') {
                t += 1;
            }
            let begin = t;
            while t < bytes.len()
                && (bytes[t].is_ascii_alphanumeric() || matches!(bytes[t], b'-' | b'_' | b'.'))
            {
                t += 1;
            }
            if t > begin {
                let raw = String::from_utf8_lossy(&bytes[begin..t]).into_owned();
                return Some(normal_name(&raw));
            }
        }
        k += 1;
    }
    None
}

/// Whether a line is blank or only a comment (a coding declaration may
/// then follow on line 2).
fn is_blank_or_comment(line: &[u8]) -> bool {
    for &c in line {
        match c {
            b'#' | b'\n' | b'\r' => return true,
            b' ' | b'\t' | 0x0c => {}
            _ => return false,
        }
    }
    true
}

/// The first two physical lines (split after `\n`).
fn first_lines(bytes: &[u8]) -> (&[u8], &[u8]) {
    let split = |b: &[u8]| -> usize {
        b.iter()
            .position(|&c| c == b'\n')
            .map_or(b.len(), |p| p + 1)
    };
    let n1 = split(bytes);
    let n2 = split(&bytes[n1..]);
    (&bytes[..n1], &bytes[n1..n1 + n2])
}

/// The declared encoding (its normal name) and whether a BOM was present.
/// Errors are CPython's (when it runs a script) for unknown encodings and
/// BOM conflicts; they carry no location (`lineno` 0).
pub fn detect(bytes: &[u8]) -> Result<(Option<String>, bool), SyntaxError> {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let body = if bom { &bytes[3..] } else { bytes };
    let (l1, l2) = first_lines(body);
    let spec = match coding_spec(l1) {
        Some(s) => Some(s),
        None if is_blank_or_comment(l1) => coding_spec(l2),
        None => None,
    };
    if let Some(name) = &spec {
        let Some(enc) = lookup(name) else {
            return Err(error(format!("encoding problem: {name}"), 0));
        };
        if bom && enc != Encoding::Utf8 {
            return Err(error(format!("encoding problem: {name} with BOM"), 0));
        }
    }
    Ok((spec, bom))
}

fn line_of(bytes: &[u8], i: usize) -> u32 {
    1 + bytes[..i.min(bytes.len())]
        .iter()
        .filter(|&&c| c == b'\n')
        .count() as u32
}

/// CPython's error for a NUL byte at `i` of `text`: reported on its line,
/// whose text (as C strings go) stops at the NUL.
fn null_byte_error(text: &[u8], i: usize) -> SyntaxError {
    let mut e = error("source code cannot contain null bytes", line_of(text, i));
    let start = text[..i]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    e.text = Some(String::from_utf8_lossy(&text[start..i]).into_owned());
    e
}

/// Decodes a source file's bytes to text as CPython does before tokenizing
/// a script (`filename` appears in the "Non-UTF-8 code" message), with
/// newlines translated to `\n` (`normalize_newlines`). The messages are
/// those `python3 FILE` prints; errors without a source location have
/// `lineno` 0 (CPython prints no `File` line for them).
pub fn decode_source_named(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let (spec, bom) = detect(bytes)?;
    let body = if bom { &bytes[3..] } else { bytes };
    let enc = spec.as_deref().and_then(lookup).unwrap_or(Encoding::Utf8);
    let nul = body.iter().position(|&c| c == 0);
    let text = match enc {
        Encoding::Utf8 => match std::str::from_utf8(body) {
            Ok(s) => s.to_string(),
            Err(e) => {
                let at = e.valid_up_to();
                let line = line_of(body, at);
                // The C tokenizer reads line by line: a NUL on an earlier
                // line is reported first.
                if let Some(n) = nul.filter(|&n| line_of(body, n) < line) {
                    return Err(null_byte_error(body, n));
                }
                let msg = format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, \
                     but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    body[at], filename, line
                );
                return Err(error(msg, 0));
            }
        },
        other => match decode_with(other, body) {
            Ok(t) => t,
            Err(_) => {
                let name = spec.unwrap_or_default();
                return Err(error(format!("encoding problem: {name}"), 0));
            }
        },
    };
    if let Some(n) = nul {
        return Err(null_byte_error(body, n));
    }
    Ok(match normalize_newlines(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(t) => t,
    })
}

/// CPython's newline translation of source text: `\r\n` and a lone `\r`
/// become `\n` (so string literals spanning lines hold `\n`). Borrowed when
/// there is no `\r`.
pub fn normalize_newlines(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\r') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('\r') {
        out.push_str(&rest[..i]);
        out.push('\n');
        rest = &rest[i + 1..];
        if let Some(r) = rest.strip_prefix('\n') {
            rest = r;
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// `decode_source_named` for a source without a file name.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    decode_source_named(bytes, "<string>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies() {
        assert_eq!(
            coding_spec(b"# -*- coding: latin-1 -*-\n"),
            Some("iso-8859-1".into())
        );
        assert_eq!(
            coding_spec(b"#vim: fileencoding=UTF_8\n"),
            Some("utf-8".into())
        );
        assert_eq!(coding_spec(b"x = 1 # coding: latin-1\n"), None);
        assert_eq!(lookup("Latin-1"), Some(Encoding::Latin1));
        assert_eq!(lookup("us-ascii"), Some(Encoding::Ascii));
        assert_eq!(lookup("foo"), None);
        assert!(matches!(lookup("cp1252"), Some(Encoding::SingleByte(_))));
        assert!(matches!(
            lookup("Windows-1252"),
            Some(Encoding::SingleByte(_))
        ));
        assert!(matches!(
            lookup("iso-8859-15"),
            Some(Encoding::SingleByte(_))
        ));
    }

    #[test]
    fn decoding() {
        assert_eq!(decode_source(b"\xEF\xBB\xBFx = 1\n").unwrap(), "x = 1\n");
        let latin = b"#!/bin/sh\n# coding: latin-1\nx = '\xff'\n";
        assert!(decode_source(latin).unwrap().contains('\u{ff}'));
        let cp = decode_source(b"# coding: cp1252\nx = '\x80'\n").unwrap();
        assert!(cp.contains('\u{20ac}'));
        let e = decode_source(b"# coding: cp1252\nx = '\x81'\n").unwrap_err();
        assert_eq!((e.msg.as_str(), e.lineno), ("encoding problem: cp1252", 0));
        let e = decode_source(b"# coding: foo\n").unwrap_err();
        assert_eq!((e.msg.as_str(), e.lineno), ("encoding problem: foo", 0));
        let e = decode_source(b"\xEF\xBB\xBF# coding: latin-1\n").unwrap_err();
        assert_eq!(e.lineno, 0);
        assert_eq!(e.msg, "encoding problem: iso-8859-1 with BOM");
        let e = decode_source_named(b"x = 1\ny = '\xff'\n", "f.py").unwrap_err();
        assert!(e
            .msg
            .starts_with("Non-UTF-8 code starting with '\\xff' in file f.py on line 2"));
        let e = decode_source(b"x = 1\ny = 2\0\n").unwrap_err();
        assert_eq!(
            (e.msg.as_str(), e.lineno),
            ("source code cannot contain null bytes", 2)
        );
        assert_eq!(e.text.as_deref(), Some("y = 2"));
        let e = decode_source(b"x = 1\0\ny = '\xff'\n").unwrap_err();
        assert_eq!(e.lineno, 1);
        let e = decode_source(b"x = 1\ny = '\xff\0'\n").unwrap_err();
        assert!(e.msg.starts_with("Non-UTF-8 code"));
        assert_eq!(decode_source(b"a\r\nb\rc\n").unwrap(), "a\nb\nc\n");
        // A cookie on line 2 only counts after a blank or comment line 1.
        assert!(decode_source(b"x = 1\n# coding: foo\n").is_ok());
    }
}
