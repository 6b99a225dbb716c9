//! `repr()` of str: quote selection and escaping as CPython's
//! `unicode_repr`: single quotes unless the text contains `'` and no `"`;
//! backslash, the quote, `\t`, `\n`, `\r` escaped; other non-printable code
//! points as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`. Printability comes from the
//! Unicode tables of `crate::text::unicode`; the slot has an allocation-light
//! fast path for printable ASCII.

use super::*;

/// Whether `c` is printable in the sense of `str.isprintable()`.
#[inline]
pub fn is_printable(c: char) -> bool {
    crate::text::unicode::is_printable(c)
}

/// `repr(text)` as a Rust string.
pub fn repr_string(text: &str) -> String {
    crate::text::repr::str_repr(text)
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
