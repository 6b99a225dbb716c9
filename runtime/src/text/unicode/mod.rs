//! Per-character Unicode properties and full case mappings with CPython
//! 3.11's exact answers (Unicode 14.0), backed by tables generated from
//! python3 itself (`gen_tables.py`). Rust's own `char` methods follow a newer
//! Unicode version and different definitions (e.g. `char::is_alphabetic` is
//! not Python's `isalpha`), so every str method uses these instead.
//!
//! Surrogate code points cannot occur in a Rust `&str`; the object model is
//! responsible for strings that hold lone surrogates.

#[rustfmt::skip]
mod tables;

pub use tables::{
    ALNUM, ALPHA, CASED, CASE_IGNORABLE, DECIMAL, DIGIT, ID_CONTINUE, ID_START, LINEBREAK, LOWER,
    NUMERIC, PRINTABLE, SPACE, TITLE, UPPER,
};

/// The property flags of one character (a combination of the constants
/// above).
pub fn props(c: char) -> u16 {
    let cp = c as u32;
    if cp < 0x80 {
        return ascii_props(cp);
    }
    lookup(cp)
}

fn lookup(cp: u32) -> u16 {
    let t = tables::PROPS;
    match t.binary_search_by(|&(a, b, _)| {
        if b < cp {
            std::cmp::Ordering::Less
        } else if a > cp {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }) {
        Ok(i) => t[i].2,
        Err(_) => 0,
    }
}

fn ascii_props(cp: u32) -> u16 {
    // The ASCII block is small; a lookup on the table is still cheap, but a
    // cached copy avoids the binary search in the hottest path.
    static ASCII: std::sync::OnceLock<[u16; 128]> = std::sync::OnceLock::new();
    ASCII.get_or_init(|| {
        let mut a = [0u16; 128];
        for (i, slot) in a.iter_mut().enumerate() {
            *slot = lookup(i as u32);
        }
        a
    })[cp as usize]
}

#[inline]
fn has(c: char, flag: u16) -> bool {
    props(c) & flag != 0
}

pub fn is_alpha(c: char) -> bool {
    has(c, ALPHA)
}
pub fn is_decimal(c: char) -> bool {
    has(c, DECIMAL)
}
pub fn is_digit(c: char) -> bool {
    has(c, DIGIT)
}
pub fn is_numeric(c: char) -> bool {
    has(c, NUMERIC)
}
pub fn is_alnum(c: char) -> bool {
    has(c, ALNUM)
}
/// Python's whitespace (used by split(), strip(), int(), float()).
pub fn is_space(c: char) -> bool {
    has(c, SPACE)
}
pub fn is_printable(c: char) -> bool {
    has(c, PRINTABLE)
}
pub fn is_upper(c: char) -> bool {
    has(c, UPPER)
}
pub fn is_lower(c: char) -> bool {
    has(c, LOWER)
}
pub fn is_title(c: char) -> bool {
    has(c, TITLE)
}
pub fn is_cased(c: char) -> bool {
    has(c, CASED)
}
pub fn is_case_ignorable(c: char) -> bool {
    has(c, CASE_IGNORABLE)
}
pub fn is_id_start(c: char) -> bool {
    has(c, ID_START)
}
pub fn is_id_continue(c: char) -> bool {
    has(c, ID_CONTINUE)
}
/// A line boundary for str.splitlines().
pub fn is_linebreak(c: char) -> bool {
    has(c, LINEBREAK)
}

/// The value of a decimal digit character (any script), as int() reads it.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    let t = tables::DECIMALS;
    let i = t.partition_point(|&(_, b, _)| b < cp);
    match t.get(i) {
        Some(&(a, b, v)) if a <= cp && cp <= b => Some(v as u32 + (cp - a)),
        _ => None,
    }
}

fn map_lookup(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    table
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// Appends the full uppercase mapping of `c`.
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    match map_lookup(tables::UPPER_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// Appends the full lowercase mapping of `c` (no final-sigma context; see
/// `strmethods::case` for the contextual rule).
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match map_lookup(tables::LOWER_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    match map_lookup(tables::TITLE_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// Appends the full case folding of `c` (str.casefold).
pub fn push_fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match map_lookup(tables::FOLD_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spot_checks_against_python() {
        // (char, isalpha, isdecimal, isdigit, isnumeric, isspace, isprintable)
        // recorded from python3.11.
        let cases: &[(char, [bool; 6])] = &[
            ('a', [true, false, false, false, false, true]),
            ('5', [false, true, true, true, false, true]),
            ('\u{b2}', [false, false, true, true, false, true]),
            ('\u{bd}', [false, false, false, true, false, true]),
            ('\u{661}', [false, true, true, true, false, true]),
            ('\u{a0}', [false, false, false, false, true, false]),
            ('\u{3000}', [false, false, false, false, true, false]),
            ('\u{1f}', [false, false, false, false, true, false]),
            ('\u{ad}', [false, false, false, false, false, false]),
            ('\u{4e00}', [true, false, false, true, false, true]),
            ('\u{2167}', [false, false, false, true, false, true]),
            ('\u{300}', [false, false, false, false, false, true]),
        ];
        for (c, want) in cases {
            let got = [
                is_alpha(*c),
                is_decimal(*c),
                is_digit(*c),
                is_numeric(*c),
                is_space(*c),
                is_printable(*c),
            ];
            assert_eq!(&got, want, "{c:?}");
        }
        assert_eq!(decimal_value('\u{661}'), Some(1));
        assert_eq!(decimal_value('\u{ff19}'), Some(9));
        assert_eq!(decimal_value('\u{b2}'), None);
        let up = |c| {
            let mut s = String::new();
            push_upper(c, &mut s);
            s
        };
        assert_eq!(up('\u{df}'), "SS");
        assert_eq!(up('\u{149}'), "\u{2bc}N");
        let mut s = String::new();
        push_fold('\u{df}', &mut s);
        assert_eq!(s, "ss");
        let mut s = String::new();
        push_title('\u{1c6}', &mut s);
        assert_eq!(s, "\u{1c5}");
    }
}
