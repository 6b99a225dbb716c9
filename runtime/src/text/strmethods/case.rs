//! Case mappings (`upper`, `lower` with the final-sigma rule, `title`,
//! `capitalize`, `swapcase`, `casefold`) and the character-class
//! predicates (`isalpha`, `isdigit`, `istitle`, `isidentifier`, ...), all
//! from CPython 3.11's Unicode tables (see `text::unicode`).

use crate::text::unicode::{self as u, push_fold, push_lower, push_title, push_upper};

const CAPITAL_SIGMA: char = '\u{3a3}';

/// Whether the capital sigma at `chars[i]` ends a word: preceded by a
/// cased letter (skipping case-ignorable ones) and not followed by one.
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let mut j = i;
    loop {
        if j == 0 {
            return false;
        }
        j -= 1;
        if !u::is_case_ignorable(chars[j]) {
            break;
        }
    }
    if !u::is_cased(chars[j]) {
        return false;
    }
    let mut k = i + 1;
    while k < chars.len() && u::is_case_ignorable(chars[k]) {
        k += 1;
    }
    k == chars.len() || !u::is_cased(chars[k])
}

/// Lowercases `chars[i]` into `out`, applying the final-sigma rule.
fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    if chars[i] == CAPITAL_SIGMA {
        out.push(if is_final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        push_lower(chars[i], out);
    }
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(c, &mut out);
    }
    out
}

/// `s.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&chars, i, &mut out);
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(c, &mut out);
    }
    out
}

/// `s.title()`: titlecase after an uncased character, lowercase after a
/// cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..chars.len() {
        let c = chars[i];
        if prev_cased {
            push_lower_at(&chars, i, &mut out);
        } else {
            push_title(c, &mut out);
        }
        prev_cased = u::is_cased(c);
    }
    out
}

/// `s.capitalize()`: first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(chars[0], &mut out);
        } else {
            push_lower_at(&chars, i, &mut out);
        }
    }
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if u::is_upper(c) {
            push_lower_at(&chars, i, &mut out);
        } else if u::is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, u::is_alpha)
}
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, u::is_alnum)
}
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, u::is_decimal)
}
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, u::is_digit)
}
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, u::is_numeric)
}
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, u::is_space)
}
/// True for the empty string.
pub fn isprintable(s: &str) -> bool {
    s.chars().all(u::is_printable)
}
/// True for the empty string.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isidentifier()` (keywords included, as in CPython).
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if u::is_id_start(c) => it.all(u::is_id_continue),
        _ => false,
    }
}

/// `s.isupper()`: at least one cased character and no lowercase or
/// titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if u::is_lower(c) || u::is_title(c) {
            return false;
        }
        if u::is_upper(c) {
            cased = true;
        }
    }
    cased
}

/// `s.islower()`.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            return false;
        }
        if u::is_lower(c) {
            cased = true;
        }
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase characters only after uncased ones,
/// lowercase ones only after cased ones, and at least one cased.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if u::is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}
