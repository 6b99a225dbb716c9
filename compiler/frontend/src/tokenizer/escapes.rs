//! Decoding the bodies of non-raw string and bytes literals: every escape
//! Python 3.11 knows, CPython's error messages, and the invalid escapes
//! CPython warns about (DeprecationWarning).
//!
//! Signatures (used by the parser's string module):
//!
//! ```text
//! decode_str_escapes(body: &str, invalid: &mut Vec<InvalidEscape>)
//!     -> Result<String, EscapeError>
//! decode_bytes_escapes(body: &str, invalid: &mut Vec<InvalidEscape>)
//!     -> Result<Vec<u8>, EscapeError>
//! ```
//!
//! `body` is the literal's text between its quotes (prefix and quotes
//! removed), with newlines already translated to `\n`. Every invalid escape
//! is appended to `invalid` in source order; CPython warns only about the
//! first one of a literal (`InvalidEscape::message` is its warning text).
//!
//! Error positions inside messages follow CPython exactly: for `str` they
//! count in the buffer CPython decodes, where each non-ASCII character
//! occupies 10 positions (it is rewritten as `\UXXXXXXXX`) and a backslash
//! before a non-ASCII character 6 (`\u005c`).
//!
//! A lone surrogate (`"\ud800"`) is valid Python but cannot be held in a
//! Rust `String`: it yields `EscapeError` with `surrogate: true` (message
//! "lone surrogate \ud800 is not supported") instead of a value.

/// An escape sequence CPython accepts with a DeprecationWarning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidEscape {
    /// Byte offset of the backslash in the body.
    pub offset: usize,
    /// The warning text, e.g. `invalid escape sequence '\d'` or
    /// `invalid octal escape sequence '\777'`.
    pub message: String,
}

/// A literal body that cannot be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EscapeError {
    /// CPython's SyntaxError message, e.g. `(unicode error) 'unicodeescape'
    /// codec can't decode bytes in position 0-2: truncated \xXX escape`.
    pub msg: String,
    /// Byte offset of the offending escape in the body.
    pub offset: usize,
    /// The value is valid Python but holds a lone surrogate, which pyc's
    /// `String` cannot represent.
    pub surrogate: bool,
}

fn hex_value(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// Positions in CPython's rewritten buffer for `str` literal errors.
struct VirtualPos {
    pos: usize,
}

fn unicode_error(
    start: usize,
    end_excl: usize,
    reason: &str,
    offset: usize,
    body: &[u8],
) -> EscapeError {
    let msg = if end_excl <= start + 1 {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            body.get(offset).copied().unwrap_or(b'\\')
        )
    } else {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {reason}",
            start,
            end_excl - 1
        )
    };
    EscapeError {
        msg,
        offset,
        surrogate: false,
    }
}

/// Virtual length of `s[a..b]` in CPython's rewritten buffer.
fn vlen(s: &str, a: usize, b: usize) -> usize {
    s.get(a..b).map_or(0, |t| {
        t.chars().map(|c| if c.is_ascii() { 1 } else { 10 }).sum()
    })
}

/// Decodes the body of a non-raw `str` literal.
pub fn decode_str_escapes(
    body: &str,
    invalid: &mut Vec<InvalidEscape>,
) -> Result<String, EscapeError> {
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut vp = VirtualPos { pos: 0 };
    let mut i = 0;
    while i < b.len() {
        let Some(rel) = b[i..].iter().position(|&c| c == b'\\') else {
            out.push_str(&body[i..]);
            break;
        };
        let bs = i + rel;
        out.push_str(&body[i..bs]);
        vp.pos += vlen(body, i, bs);
        let start = vp.pos;
        i = bs + 1;
        let Some(&c) = b.get(i) else {
            return Err(EscapeError {
                msg: format!(
                    "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: \\ at end of string"
                ),
                offset: bs,
                surrogate: false,
            });
        };
        if c >= 0x80 {
            // CPython rewrites this backslash as `\u005c`: a plain backslash.
            out.push('\\');
            vp.pos += 6;
            continue;
        }
        i += 1;
        let simple = match c {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch);
            vp.pos += 2;
            continue;
        }
        match c {
            b'0'..=b'7' => {
                let mut value = u32::from(c - b'0');
                let mut n = 1;
                while n < 3 && matches!(b.get(i), Some(b'0'..=b'7')) {
                    value = value * 8 + u32::from(b[i] - b'0');
                    i += 1;
                    n += 1;
                }
                if value > 0o377 {
                    invalid.push(InvalidEscape {
                        offset: bs,
                        message: format!("invalid octal escape sequence '{}'", &body[bs..i]),
                    });
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
                vp.pos += 1 + n;
            }
            b'x' | b'u' | b'U' => {
                let (digits, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value: u32 = 0;
                for k in 0..digits {
                    match b.get(i + k).copied().and_then(hex_value) {
                        Some(d) => value = (value << 4) | d,
                        None => {
                            // The error spans up to the first non-hex character.
                            let end = start + 2 + k;
                            return Err(unicode_error(start, end, what, bs, b));
                        }
                    }
                }
                i += digits;
                if value > 0x10FFFF {
                    return Err(unicode_error(
                        start,
                        start + 2 + digits,
                        "illegal Unicode character",
                        bs,
                        b,
                    ));
                }
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(EscapeError {
                            msg: format!("lone surrogate \\u{value:04x} is not supported"),
                            offset: bs,
                            surrogate: true,
                        })
                    }
                }
                vp.pos += 2 + digits;
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if b.get(i) != Some(&b'{') {
                    let end = start + 2;
                    return Err(unicode_error(start, end, malformed, bs, b));
                }
                let name_start = i + 1;
                let Some(close) = b[name_start..].iter().position(|&c| c == b'}') else {
                    let end = start + 3 + vlen(body, name_start, b.len());
                    return Err(unicode_error(start, end, malformed, bs, b));
                };
                let name_end = name_start + close;
                let vname = vlen(body, name_start, name_end);
                if close == 0 {
                    return Err(unicode_error(start, start + 3, malformed, bs, b));
                }
                let name = &body[name_start..name_end];
                let found = if name.is_ascii() {
                    unicode_names2::character(name)
                } else {
                    None
                };
                let Some(ch) = found else {
                    let end = start + 4 + vname;
                    return Err(unicode_error(
                        start,
                        end,
                        "unknown Unicode character name",
                        bs,
                        b,
                    ));
                };
                out.push(ch);
                i = name_end + 1;
                vp.pos += 4 + vname;
            }
            _ => {
                invalid.push(InvalidEscape {
                    offset: bs,
                    message: format!("invalid escape sequence '\\{}'", c as char),
                });
                out.push('\\');
                out.push(c as char);
                vp.pos += 2;
            }
        }
    }
    Ok(out)
}

/// Decodes the body of a non-raw `bytes` literal. A non-ASCII character is
/// CPython's "bytes can only contain ASCII literal characters" error.
pub fn decode_bytes_escapes(
    body: &str,
    invalid: &mut Vec<InvalidEscape>,
) -> Result<Vec<u8>, EscapeError> {
    let b = body.as_bytes();
    if let Some(at) = b.iter().position(|&c| c >= 0x80) {
        return Err(EscapeError {
            msg: "bytes can only contain ASCII literal characters".into(),
            offset: at,
            surrogate: false,
        });
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let bs = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            return Err(EscapeError {
                msg: "(value error) Trailing \\ in string".into(),
                offset: bs,
                surrogate: false,
            });
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut value = u32::from(c - b'0');
                let mut n = 1;
                while n < 3 && matches!(b.get(i), Some(b'0'..=b'7')) {
                    value = value * 8 + u32::from(b[i] - b'0');
                    i += 1;
                    n += 1;
                }
                if value > 0o377 {
                    invalid.push(InvalidEscape {
                        offset: bs,
                        message: format!("invalid octal escape sequence '{}'", &body[bs..i]),
                    });
                }
                out.push((value & 0xFF) as u8);
            }
            b'x' => {
                let hi = b.get(i).copied().and_then(hex_value);
                let lo = b.get(i + 1).copied().and_then(hex_value);
                let (Some(hi), Some(lo)) = (hi, lo) else {
                    return Err(EscapeError {
                        msg: format!("(value error) invalid \\x escape at position {bs}"),
                        offset: bs,
                        surrogate: false,
                    });
                };
                out.push((hi * 16 + lo) as u8);
                i += 2;
            }
            _ => {
                invalid.push(InvalidEscape {
                    offset: bs,
                    message: format!("invalid escape sequence '\\{}'", c as char),
                });
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(body: &str) -> Result<String, String> {
        decode_str_escapes(body, &mut Vec::new()).map_err(|e| e.msg)
    }

    fn uerr(pos: &str, reason: &str) -> Result<String, String> {
        Err(format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}: {reason}"
        ))
    }

    #[test]
    fn str_escapes() {
        assert_eq!(
            s(r"a\n\t\\\'\x41\u00e9\U0001F600\101\0"),
            Ok("a\n\t\\'Aé😀A\0".into())
        );
        assert_eq!(s("a\\\nb"), Ok("ab".into()));
        assert_eq!(
            s(r"\N{latin small letter a}\N{BOM}"),
            Ok("a\u{feff}".into())
        );
        assert_eq!(s(r"\N{HANGUL SYLLABLE GA}"), Ok("\u{ac00}".into()));
        assert_eq!(s("\\é"), Ok("\\é".into()));
        assert_eq!(s(r"\x1"), uerr("0-2", "truncated \\xXX escape"));
        assert_eq!(s(r"é\x1"), uerr("10-12", "truncated \\xXX escape"));
        assert_eq!(s(r"ab\x1g"), uerr("2-4", "truncated \\xXX escape"));
        assert_eq!(s(r"\x"), uerr("0-1", "truncated \\xXX escape"));
        assert_eq!(s(r"\u12"), uerr("0-3", "truncated \\uXXXX escape"));
        assert_eq!(s(r"\U1234"), uerr("0-5", "truncated \\UXXXXXXXX escape"));
        assert_eq!(s(r"\U00110000"), uerr("0-9", "illegal Unicode character"));
        assert_eq!(s(r"\N{foo}"), uerr("0-6", "unknown Unicode character name"));
        assert_eq!(
            s(r"€\N{x}"),
            uerr("10-14", "unknown Unicode character name")
        );
        assert_eq!(s(r"\N"), uerr("0-1", "malformed \\N character escape"));
        assert_eq!(s(r"\N{"), uerr("0-2", "malformed \\N character escape"));
        assert_eq!(
            s(r"\N{LATIN SMALL LETTER A"),
            uerr("0-22", "malformed \\N character escape")
        );
        let e = decode_str_escapes(r"\ud800", &mut Vec::new()).unwrap_err();
        assert!(e.surrogate);
    }

    #[test]
    fn invalid_escapes() {
        let mut inv = Vec::new();
        assert_eq!(
            decode_str_escapes(r"\d\777\8", &mut inv),
            Ok("\\d\u{1ff}\\8".into())
        );
        let msgs: Vec<_> = inv.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            msgs,
            [
                "invalid escape sequence '\\d'",
                "invalid octal escape sequence '\\777'",
                "invalid escape sequence '\\8'"
            ]
        );
    }

    #[test]
    fn bytes_escapes() {
        let d = |b: &str| decode_bytes_escapes(b, &mut Vec::new()).map_err(|e| e.msg);
        assert_eq!(d(r"a\x41\777\u1234\n"), Ok(b"aA\xff\\u1234\n".to_vec()));
        assert_eq!(
            d(r"ab\xzz"),
            Err("(value error) invalid \\x escape at position 2".into())
        );
        assert_eq!(
            d("é"),
            Err("bytes can only contain ASCII literal characters".into())
        );
    }
}
