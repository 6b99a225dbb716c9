//! Python's `repr` of the constant values the frontend handles: `str`,
//! `bytes`, `int`, `float`, `complex`, `None`/`True`/`False`/`Ellipsis`, and
//! tuples/frozensets of those — byte for byte what CPython 3.11 prints.
//!
//! Standalone (no dependency on the rest of the crate except `Constant`), so
//! the runtime reuses [`float_repr`] and [`str_repr`] for its own objects.
//!
//! Invariants:
//! - [`float_repr`] gives the shortest digit string that round-trips, laid
//!   out with `float.__repr__`'s rules (exponent form when the decimal point
//!   position is `<= -4` or `> 16`, a two-digit signed exponent, `.0` on
//!   integral values, `inf`/`nan` spelled as Python does).
//! - [`str_repr`] picks the quote and escapes exactly as `str.__repr__`:
//!   code points that are not printable per `str.isprintable` (the generated
//!   table in `nonprintable.rs`) become `\xNN`, `\uNNNN` or `\UNNNNNNNN`.

mod nonprintable;

use crate::ast::Constant;
use std::fmt::Write;

/// Whether `c` is printable in the sense of Python's `str.isprintable`.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    nonprintable::NONPRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

/// The quote `repr` uses: `"` only when the text has a `'` and no `"`.
fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// `repr(s)` for a Python `str`.
pub fn str_repr(s: &str) -> String {
    let quote = choose_quote(s.contains('\''), s.contains('"'));
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
            c if (c as u32) < 0x7f && (c as u32) >= 0x20 => out.push(c),
            c if is_printable(c) => out.push(c),
            c => {
                let cp = c as u32;
                if cp < 0x100 {
                    let _ = write!(out, "\\x{cp:02x}");
                } else if cp < 0x10000 {
                    let _ = write!(out, "\\u{cp:04x}");
                } else {
                    let _ = write!(out, "\\U{cp:08x}");
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(b)` for a Python `bytes`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = choose_quote(b.contains(&b'\''), b.contains(&b'"')) as u8;
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

/// The shortest round-trip decimal digits of a finite, non-negative `x` and
/// the position of the decimal point: `x == 0.DIGITS * 10**decpt`.
fn shortest_digits(x: f64) -> (String, i32) {
    // Rust's `{:e}` without a precision prints a shortest digit string that
    // reads back as the same double: "D[.DDD]e[-]X". When two strings of
    // that length round-trip, Python picks the one nearest the exact value
    // (ties to even); Rust's exact formatting at that precision gives the
    // nearest, so it is used whenever it round-trips too.
    let shortest = format!("{x:e}");
    let (mantissa, _) = split_exponent(&shortest);
    let n = mantissa.chars().filter(|c| c.is_ascii_digit()).count();
    let nearest = format!("{:.*e}", n.saturating_sub(1), x);
    let chosen = if nearest.parse::<f64>() == Ok(x) {
        nearest
    } else {
        shortest
    };
    let (mantissa, exp) = split_exponent(&chosen);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp + 1)
}

/// Splits Rust's `{:e}` output into mantissa text and exponent.
fn split_exponent(s: &str) -> (&str, i32) {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    (mantissa, exp.parse().unwrap_or(0))
}

/// Formats `x` with `float.__repr__`'s layout; `add_dot_zero` appends `.0`
/// to integral values in fixed notation (`float` does, `complex` does not);
/// `force_sign` writes `+` before non-negative values (complex imaginary
/// parts).
fn format_float(x: f64, add_dot_zero: bool, force_sign: bool) -> String {
    let mut out = String::new();
    if x.is_nan() {
        if force_sign {
            out.push('+');
        }
        out.push_str("nan");
        return out;
    }
    if x.is_sign_negative() {
        out.push('-');
    } else if force_sign {
        out.push('+');
    }
    let a = x.abs();
    if a.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let (digits, decpt) = shortest_digits(a);
    let n = digits.len() as i32;
    if decpt <= -4 || decpt > 16 {
        let exp = decpt - 1;
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let sign = if exp < 0 { '-' } else { '+' };
        let _ = write!(out, "e{sign}{:02}", exp.abs());
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..(-decpt) {
            out.push('0');
        }
        out.push_str(&digits);
    } else if decpt >= n {
        out.push_str(&digits);
        for _ in 0..(decpt - n) {
            out.push('0');
        }
        if add_dot_zero {
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
    out
}

/// `repr(x)` for a Python `float`.
pub fn float_repr(x: f64) -> String {
    format_float(x, true, false)
}

/// `repr(complex(real, imag))`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", format_float(imag, false, false))
    } else {
        format!(
            "({}{}j)",
            format_float(real, false, false),
            format_float(imag, false, true)
        )
    }
}

/// `repr(value)` for any constant the AST or `co_consts` can hold.
pub fn constant_repr(value: &Constant) -> String {
    match value {
        Constant::None => "None".to_string(),
        Constant::Bool(true) => "True".to_string(),
        Constant::Bool(false) => "False".to_string(),
        Constant::Ellipsis => "Ellipsis".to_string(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => complex_repr(*real, *imag),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            if items.is_empty() {
                "frozenset()".to_string()
            } else {
                let parts: Vec<String> = items.iter().map(constant_repr).collect();
                format!("frozenset({{{}}})", parts.join(", "))
            }
        }
    }
}

#[cfg(test)]
mod tests;
