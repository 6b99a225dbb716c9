//! Character classification for the tokenizer, with CPython 3.11's Unicode
//! data (see `unicode_tables`): identifier characters, printability (for
//! error messages and `repr`), the `\w` class of the `tokenize` module, and
//! NFKC normalization of identifiers.
//!
//! Invariant: every function here is total (no panics) for any `char`.

use super::unicode_tables::{WORD, XID_CONTINUE, XID_START};
pub use crate::repr::{is_printable, str_repr as py_repr};
use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Whether the `re` module's Unicode `\w` matches `c`.
pub fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(WORD, c)
}

/// Whether `c` may start an identifier (`_` included), as `str.isidentifier`.
pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_table(XID_START, c)
}

/// Whether `c` may continue an identifier.
pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(XID_CONTINUE, c)
}

/// `str.isidentifier()`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_id_start(c) => chars.all(is_id_continue),
        _ => false,
    }
}

/// The index (in characters) of the first character that makes `s` an
/// invalid identifier, or `None` when `s` is a valid one (CPython's
/// `_PyUnicode_ScanIdentifier`, without normalization).
pub fn first_invalid_identifier_char(s: &str) -> Option<(usize, char)> {
    for (i, c) in s.chars().enumerate() {
        let ok = if i == 0 {
            is_id_start(c)
        } else {
            is_id_continue(c)
        };
        if !ok {
            return Some((i, c));
        }
    }
    None
}

/// The identifier the parser stores for a NAME token: NFKC-normalized when
/// it has non-ASCII characters (PEP 3131), borrowed as-is otherwise.
pub fn normalize_identifier(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let normalized: String = s.nfkc().collect();
    if normalized == s {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(normalized)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification() {
        assert!(is_printable('é') && !is_printable('\u{a0}') && !is_printable('\u{7f}'));
        assert!(is_word('é') && is_word('٣') && !is_word('€'));
        assert!(is_id_start('_') && is_id_start('ℌ') && !is_id_start('1'));
        assert!(is_identifier("ábc1") && !is_identifier("1a") && !is_identifier(""));
        assert_eq!(first_invalid_identifier_char("a€b"), Some((1, '€')));
    }

    #[test]
    fn normalization() {
        assert_eq!(normalize_identifier("ﬁle"), "file");
        assert!(matches!(normalize_identifier("abc"), Cow::Borrowed(_)));
    }

    #[test]
    fn repr() {
        assert_eq!(py_repr("a'b"), "\"a'b\"");
        assert_eq!(py_repr("a'\"b"), "'a\\'\"b'");
        assert_eq!(py_repr("\u{a0}\u{feff}\n\\"), "'\\xa0\\ufeff\\n\\\\'");
    }
}
