//! Pure algorithms of `bytes`/`bytearray` text conversions with CPython
//! 3.11's output and errors: `repr(b)`, `b.hex(sep, bytes_per_sep)` and
//! `bytes.fromhex(s)`.

use crate::num::error::{AlgError, AlgResult};

/// `repr(b)` for bytes (`prefix` "b") or the inner part of a bytearray
/// repr (`bytearray(b'...')` is built by the caller): the quote is `'`
/// unless the data has `'` and no `"`; `\t \n \r \\` and the quote are
/// escaped, other bytes outside 0x20..0x7e become `\xhh`.
pub fn bytes_repr(data: &[u8]) -> String {
    repr_quoted(data, false)
}

/// The `b'...'` part of `repr(bytearray)`: as `bytes_repr`, except that
/// `'` is escaped even inside double quotes (CPython's bytearray repr).
pub fn bytearray_repr_inner(data: &[u8]) -> String {
    repr_quoted(data, true)
}

fn repr_quoted(data: &[u8], always_escape_squote: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b == quote || (always_escape_squote && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `b.hex()`, `b.hex(sep)`, `b.hex(sep, bytes_per_sep)`: a positive group
/// size counts groups from the right, a negative one from the left.
pub fn bytes_hex(data: &[u8], sep: Option<&str>, bytes_per_sep: i64) -> AlgResult<String> {
    let sep = match sep {
        None => None,
        Some(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => return Err(AlgError::value("sep must be ASCII.")),
                _ => return Err(AlgError::value("sep must be length 1.")),
            }
        }
    };
    let group = bytes_per_sep.unsigned_abs() as usize;
    let mut out = String::with_capacity(data.len() * 3);
    let n = data.len();
    for (i, b) in data.iter().enumerate() {
        if let (Some(c), true) = (sep, group > 0 && i > 0) {
            let boundary = if bytes_per_sep > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(c);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    Ok(out)
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed
/// between pairs.
pub fn bytes_fromhex(s: &str) -> AlgResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let err = |pos: usize| {
        AlgError::value(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    let is_ws = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c');
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if is_ws(chars[i]) {
            while i < chars.len() && is_ws(chars[i]) {
                i += 1;
            }
            if i >= chars.len() {
                break;
            }
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| err(i))?;
        i += 1;
        let lo = chars
            .get(i)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| err(i))?;
        i += 1;
        out.push((hi * 16 + lo) as u8);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_cases() {
        // (bytes, python3 repr)
        let all: Vec<u8> = (0..=255u8).step_by(7).collect();
        let cases: Vec<(&[u8], &str)> = vec![
            (b"", "b''"),
            (b"abc", "b'abc'"),
            (b"it's", "b\"it's\""),
            (b"a'b\"c", "b'a\\'b\"c'"),
            (b"\"", "b'\"'"),
            (b"\t\n\r\\", "b'\\t\\n\\r\\\\'"),
            (
                &all,
                "b'\\x00\\x07\\x0e\\x15\\x1c#*18?FMT[bipw~\\x85\\x8c\\x93\\x9a\\xa1\\xa8\\xaf\\xb6\\xbd\\xc4\\xcb\\xd2\\xd9\\xe0\\xe7\\xee\\xf5\\xfc'",
            ),
            (b"\x7f\x80\xff", "b'\\x7f\\x80\\xff'"),
        ];
        for (b, want) in cases {
            assert_eq!(bytes_repr(b), want);
        }
    }

    #[test]
    fn hex_cases() {
        // Recorded from python3.
        assert_eq!(bytes_hex(b"abc", None, 1).unwrap(), "616263");
        assert_eq!(bytes_hex(b"\x01\xff", Some(":"), 1).unwrap(), "01:ff");
        assert_eq!(
            bytes_hex(b"\x01\x02\x03\x04\x05", Some("-"), 2).unwrap(),
            "01-0203-0405"
        );
        assert_eq!(
            bytes_hex(b"\x01\x02\x03\x04\x05", Some("-"), -2).unwrap(),
            "0102-0304-05"
        );
        assert_eq!(bytes_hex(b"abcdef", Some(":"), 4).unwrap(), "6162:63646566");
        assert_eq!(bytes_hex(b"\x01\x02\x03", Some(":"), 5).unwrap(), "010203");
        assert_eq!(bytes_hex(b"abc", Some(":"), 0).unwrap(), "616263");
        assert_eq!(bytes_hex(b"", Some(":"), 1).unwrap(), "");
        assert_eq!(
            bytes_hex(b"abc", Some(""), 1).unwrap_err().msg,
            "sep must be length 1."
        );
        assert_eq!(
            bytes_hex(b"abc", Some("ab"), 1).unwrap_err().msg,
            "sep must be length 1."
        );
        assert_eq!(
            bytes_hex(b"abc", Some("é"), 1).unwrap_err().msg,
            "sep must be ASCII."
        );
    }

    #[test]
    fn fromhex_cases() {
        // (input, python3 result or the error position)
        let ok: &[(&str, &[u8])] = &[("0a ff", b"\n\xff"), (" 0A\tFF ", b"\n\xff"), ("", b"")];
        for (s, want) in ok {
            assert_eq!(bytes_fromhex(s).unwrap(), *want);
        }
        let bad: &[(&str, usize)] = &[
            ("0", 1),
            ("0g", 1),
            ("0 a", 1),
            ("abc", 3),
            ("ab\u{85}", 2),
            ("ab\u{a0}cd", 2),
            ("\u{3000}ab", 0),
        ];
        for (s, pos) in bad {
            assert_eq!(
                bytes_fromhex(s).unwrap_err().msg,
                format!("non-hexadecimal number found in fromhex() arg at position {pos}")
            );
        }
    }
}
