//! `repr(str)` and `ascii(str)` exactly as CPython 3.11 writes them: the
//! quote is `'` unless the text contains `'` and no `"`; backslash, the
//! quote, `\t`, `\n`, `\r` get short escapes; other non-printable characters
//! become `\xhh`, `\uhhhh` or `\Uhhhhhhhh` (lowercase hex).

use super::unicode;

fn push_escape(c: char, out: &mut String) {
    let cp = c as u32;
    if cp < 0x100 {
        out.push_str(&format!("\\x{cp:02x}"));
    } else if cp < 0x10000 {
        out.push_str(&format!("\\u{cp:04x}"));
    } else {
        out.push_str(&format!("\\U{cp:08x}"));
    }
}

fn quote_repr(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => push_escape(c, &mut out),
            c if c.is_ascii() => out.push(c),
            c if ascii_only || !unicode::is_printable(c) => push_escape(c, &mut out),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)`.
pub fn str_repr(s: &str) -> String {
    quote_repr(s, false)
}

/// `ascii(s)`: like repr but every non-ASCII character is escaped.
pub fn str_ascii(s: &str) -> String {
    quote_repr(s, true)
}

/// The first `n` characters of `s` (CPython's `%.200R`-style truncation).
pub fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_cases() {
        // (input, python3 repr(input), python3 ascii(input))
        let cases: &[(&str, &str, &str)] = &[
            ("", "''", "''"),
            ("abc", "'abc'", "'abc'"),
            ("it's", "\"it's\"", "\"it's\""),
            ("a'b\"c", "'a\\'b\"c'", "'a\\'b\"c'"),
            ("\"", "'\"'", "'\"'"),
            ("\t\n\r\\", "'\\t\\n\\r\\\\'", "'\\t\\n\\r\\\\'"),
            (
                "\x00\x1f\x7f\u{80}\u{a0}\u{ad}",
                "'\\x00\\x1f\\x7f\\x80\\xa0\\xad'",
                "'\\x00\\x1f\\x7f\\x80\\xa0\\xad'",
            ),
            ("é€😀", "'é€😀'", "'\\xe9\\u20ac\\U0001f600'"),
            (
                "\u{2028}\u{e000}\u{10ffff}",
                "'\\u2028\\ue000\\U0010ffff'",
                "'\\u2028\\ue000\\U0010ffff'",
            ),
            ("\u{300}x", "'\u{300}x'", "'\\u0300x'"),
        ];
        for (s, r, a) in cases {
            assert_eq!(str_repr(s), *r, "repr {s:?}");
            assert_eq!(str_ascii(s), *a, "ascii {s:?}");
        }
    }
}
