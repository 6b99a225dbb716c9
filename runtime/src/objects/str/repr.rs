//! `repr()` of str: quote selection and escaping as CPython's
//! `unicode_repr`: single quotes unless the text contains `'` and no `"`;
//! backslash, the quote, `\t`, `\n`, `\r` escaped; other non-printable code
//! points as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
//!
//! `is_printable` follows `str.isprintable()` for the control, format,
//! separator, surrogate and private-use ranges; the full Unicode category
//! table (unassigned code points) belongs to the text module of a later
//! change and will replace the range list here.

use super::*;

/// Whether `c` is printable in the sense of `str.isprintable()` (see the
/// module docs for the approximation).
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || u == 0x7f {
        return false;
    }
    if u < 0x7f {
        return true;
    }
    !matches!(u,
        0x80..=0xa0
        | 0xad
        | 0x600..=0x605
        | 0x61c
        | 0x6dd
        | 0x70f
        | 0x1680
        | 0x180e
        | 0x2000..=0x200f
        | 0x2028..=0x202f
        | 0x205f..=0x2064
        | 0x2066..=0x206f
        | 0x3000
        | 0xd800..=0xf8ff
        | 0xfeff
        | 0xfff9..=0xfffb
        | 0x110bd
        | 0x1d173..=0x1d17a
        | 0xe0001
        | 0xe0020..=0xe007f
        | 0xf0000..=0x10ffff
    ) && (u & 0xfffe) != 0xfffe
        && !(0xfdd0..=0xfdef).contains(&u)
}

/// Append the repr of `text` to `out`.
pub fn repr_into(text: &str, out: &mut String) {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    out.reserve(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c)
            }
            c if is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                use std::fmt::Write;
                let _ = if u < 0x100 {
                    write!(out, "\\x{u:02x}")
                } else if u < 0x10000 {
                    write!(out, "\\u{u:04x}")
                } else {
                    write!(out, "\\U{u:08x}")
                };
            }
        }
    }
    out.push(quote);
}

/// `repr(text)` as a Rust string.
pub fn repr_string(text: &str) -> String {
    let mut s = String::new();
    repr_into(text, &mut s);
    s
}

pub(super) unsafe fn str_repr(v: Value) -> Value {
    let text = as_str(v);
    // Fast path: printable ASCII without quotes or backslashes.
    if is_ascii(v)
        && text
            .bytes()
            .all(|b| (0x20..0x7f).contains(&b) && b != b'\\' && b != b'\'')
    {
        let v2 = alloc_str(text.len() + 2);
        if v2.is_null() {
            return v2;
        }
        let p = data_ptr(v2);
        *p = b'\'';
        std::ptr::copy_nonoverlapping(text.as_ptr(), p.add(1), text.len());
        *p.add(text.len() + 1) = b'\'';
        finish_str(v2);
        return v2;
    }
    new_str(&repr_string(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn reprs() {
        assert_eq!(repr_string("abc"), "'abc'");
        assert_eq!(repr_string("it's"), "\"it's\"");
        assert_eq!(repr_string("'\""), "'\\'\"'");
        assert_eq!(repr_string("a\nb\t\\"), "'a\\nb\\t\\\\'");
        assert_eq!(repr_string("\x00\x7f\u{80}é"), "'\\x00\\x7f\\x80é'");
        assert_eq!(
            repr_string("\u{2028}\u{10ffff}😀"),
            "'\\u2028\\U0010ffff😀'"
        );
    }
}
