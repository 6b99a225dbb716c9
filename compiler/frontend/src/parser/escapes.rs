//! Backslash escapes of string and bytes literals, decoded as CPython 3.11's
//! parser does (its `unicode_escape` / bytes-escape codecs), with the same
//! error messages, the same byte positions inside those messages, and the
//! first invalid escape reported for the `DeprecationWarning`.
//!
//! Invariants:
//! - Positions in "(unicode error)" messages are offsets into CPython's
//!   intermediate buffer, where every non-ASCII character is spelled as a
//!   ten-byte `\UXXXXXXXX` escape and a backslash followed by a non-ASCII
//!   character (or by nothing) as `\u005c`; this module builds that same
//!   buffer and decodes it, so the numbers agree.
//! - Only the first invalid escape is reported (as CPython warns once per
//!   literal part).

/// The result of decoding: the value and, if the text held an escape
/// CPython deprecates, the warning message for the first one.
pub(crate) struct Decoded<T> {
    pub value: T,
    pub warning: Option<String>,
}

/// Message of the warning for an invalid escape whose character after the
/// backslash starts `rest`.
fn invalid_escape_message(rest: &[u8]) -> String {
    let c = rest.first().copied().unwrap_or(b'?');
    if (b'4'..=b'7').contains(&c) {
        let n = rest.len().min(3);
        format!(
            "invalid octal escape sequence '\\{}'",
            String::from_utf8_lossy(&rest[..n])
        )
    } else {
        format!("invalid escape sequence '\\{}'", c as char)
    }
}

/// Builds CPython's intermediate ASCII buffer for `text` (see the module
/// invariants).
fn escape_buffer(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut buf = Vec::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\\' {
            buf.push(b'\\');
            let next_is_plain = bytes.get(i + 1).is_some_and(|b| *b < 0x80);
            if !next_is_plain {
                buf.extend_from_slice(b"u005c");
            } else if let Some((_, n)) = chars.next() {
                buf.push(n as u8);
            }
            continue;
        }
        if c.is_ascii() {
            buf.push(c as u8);
        } else {
            buf.extend_from_slice(format!("\\U{:08x}", c as u32).as_bytes());
        }
    }
    buf
}

fn hex_value(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// Decodes a non-raw `str` literal body (or f-string literal part).
/// `Err` is the full `SyntaxError` message ("(unicode error) ...").
pub(crate) fn decode_str(text: &str) -> Result<Decoded<String>, String> {
    let buf = escape_buffer(text);
    let mut out = String::with_capacity(text.len());
    let mut first_invalid: Option<usize> = None;
    let mut s = 0;
    let end = buf.len();
    while s < end {
        let c = buf[s];
        if c != b'\\' {
            out.push(c as char);
            s += 1;
            continue;
        }
        let start = s;
        s += 1;
        if s >= end {
            return Err(unicode_error(start, s, "\\ at end of string"));
        }
        let c = buf[s];
        s += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'b' => out.push('\u{8}'),
            b'f' => out.push('\u{c}'),
            b't' => out.push('\t'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b'v' => out.push('\u{b}'),
            b'a' => out.push('\u{7}'),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match buf.get(s) {
                        Some(&d @ b'0'..=b'7') => {
                            v = (v << 3) + u32::from(d - b'0');
                            s += 1;
                        }
                        _ => break,
                    }
                }
                if v > 0o377 && first_invalid.is_none() {
                    first_invalid = Some(s - 3);
                }
                push_code_point(&mut out, v, start, s)?;
            }
            b'x' | b'u' | b'U' => {
                let (count, message) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for _ in 0..count {
                    match buf.get(s).and_then(|&d| hex_value(d)) {
                        Some(d) => {
                            v = (v << 4) | d;
                            s += 1;
                        }
                        None => return Err(unicode_error(start, s, message)),
                    }
                }
                if v > 0x10ffff {
                    return Err(unicode_error(start, s, "illegal Unicode character"));
                }
                push_code_point(&mut out, v, start, s)?;
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if buf.get(s) != Some(&b'{') {
                    return Err(unicode_error(start, s, malformed));
                }
                s += 1;
                let name_start = s;
                while s < end && buf[s] != b'}' {
                    s += 1;
                }
                if s >= end {
                    return Err(unicode_error(start, s, malformed));
                }
                if s == name_start {
                    return Err(unicode_error(start, s, malformed));
                }
                let name = String::from_utf8_lossy(&buf[name_start..s]).into_owned();
                s += 1;
                match unicode_names2::character(&name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_error(start, s, "unknown Unicode character name"));
                    }
                }
            }
            other => {
                if first_invalid.is_none() {
                    first_invalid = Some(s - 1);
                }
                out.push('\\');
                out.push(other as char);
            }
        }
    }
    let warning = first_invalid.map(|i| invalid_escape_message(&buf[i..]));
    Ok(Decoded {
        value: out,
        warning,
    })
}

/// Appends code point `v` (from the escape at `start..end`); lone
/// surrogates cannot live in our UTF-8 strings and are reported.
fn push_code_point(out: &mut String, v: u32, start: usize, end: usize) -> Result<(), String> {
    match char::from_u32(v) {
        Some(ch) => {
            out.push(ch);
            Ok(())
        }
        None => Err(unicode_error(
            start,
            end,
            "lone surrogate code points are not supported by pyc",
        )),
    }
}

/// CPython's `UnicodeDecodeError` text, as the parser wraps it.
fn unicode_error(start: usize, end: usize, reason: &str) -> String {
    if end == start + 1 {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {reason}"
        )
    } else {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {reason}",
            start,
            end - 1
        )
    }
}

/// Decodes a non-raw `bytes` literal body (ASCII only, checked by the
/// caller). `Err` is the full `SyntaxError` message ("(value error) ...").
pub(crate) fn decode_bytes(body: &[u8]) -> Result<Decoded<Vec<u8>>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut first_invalid: Option<usize> = None;
    let mut s = 0;
    let end = body.len();
    while s < end {
        let c = body[s];
        if c != b'\\' {
            out.push(c);
            s += 1;
            continue;
        }
        let start = s;
        s += 1;
        if s >= end {
            return Err("(value error) Trailing \\ in string".to_string());
        }
        let c = body[s];
        s += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match body.get(s) {
                        Some(&d @ b'0'..=b'7') => {
                            v = (v << 3) + u32::from(d - b'0');
                            s += 1;
                        }
                        _ => break,
                    }
                }
                if v > 0o377 && first_invalid.is_none() {
                    first_invalid = Some(s - 3);
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hi = body.get(s).and_then(|&d| hex_value(d));
                let lo = body.get(s + 1).and_then(|&d| hex_value(d));
                match (hi, lo) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        s += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {start}"
                        ))
                    }
                }
            }
            other => {
                if first_invalid.is_none() {
                    first_invalid = Some(s - 1);
                }
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    let warning = first_invalid.map(|i| invalid_escape_message(&body[i..]));
    Ok(Decoded {
        value: out,
        warning,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> (String, Option<String>) {
        let d = decode_str(s).expect("decodes");
        (d.value, d.warning)
    }

    #[test]
    fn str_escapes() {
        assert_eq!(
            ok(r"a\n\t\\\'\x41\u00e9\U0001F600\101\0"),
            ("a\n\t\\'Aé😀A\0".into(), None)
        );
        assert_eq!(ok("x\\\ny"), ("xy".into(), None));
        assert_eq!(
            ok(r"\N{DIGIT ONE}\N{latin small letter a}"),
            ("1a".into(), None)
        );
        assert_eq!(ok("\\é"), ("\\é".into(), None));
        assert_eq!(ok("\\"), ("\\".into(), None));
        assert_eq!(
            ok(r"\d\q"),
            (
                "\\d\\q".into(),
                Some("invalid escape sequence '\\d'".into())
            )
        );
        assert_eq!(
            ok(r"\777"),
            (
                "\u{1ff}".into(),
                Some("invalid octal escape sequence '\\777'".into())
            )
        );
    }

    // Messages recorded from CPython 3.11 (`ast.parse`).
    #[test]
    fn str_errors() {
        let err = |s: &str| decode_str(s).err().expect("fails");
        let pre = "(unicode error) 'unicodeescape' codec can't decode bytes in position";
        assert_eq!(err(r"\x1"), format!("{pre} 0-2: truncated \\xXX escape"));
        assert_eq!(err(r"ab\x1g"), format!("{pre} 2-4: truncated \\xXX escape"));
        assert_eq!(err(r"\u12"), format!("{pre} 0-3: truncated \\uXXXX escape"));
        assert_eq!(
            err(r"\U00110000"),
            format!("{pre} 0-9: illegal Unicode character")
        );
        assert_eq!(
            err(r"\N{foo}"),
            format!("{pre} 0-6: unknown Unicode character name")
        );
        assert_eq!(
            err(r"\N"),
            format!("{pre} 0-1: malformed \\N character escape")
        );
        assert_eq!(
            err(r"\N{"),
            format!("{pre} 0-2: malformed \\N character escape")
        );
        assert_eq!(err(r"\x"), format!("{pre} 0-1: truncated \\xXX escape"));
        assert_eq!(err(r"é\x1"), format!("{pre} 10-12: truncated \\xXX escape"));
    }

    #[test]
    fn bytes_escapes() {
        let d = decode_bytes(br"\x41\777\d\n").expect("decodes");
        assert_eq!(d.value, b"A\xff\\d\n");
        assert_eq!(
            d.warning.as_deref(),
            Some("invalid octal escape sequence '\\777'")
        );
        assert_eq!(
            decode_bytes(br"ab\x1").err().as_deref(),
            Some("(value error) invalid \\x escape at position 2")
        );
    }
}
