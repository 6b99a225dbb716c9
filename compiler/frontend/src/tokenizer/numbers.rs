//! The value of a NUMBER token, as `ast.Constant` holds it: `int` (any
//! size), `float` (correctly rounded, overflowing to infinity as CPython's
//! parser does) or imaginary `complex`.
//!
//! Also CPython's limit on decimal integer literals (4300 digits, the
//! default `sys.get_int_max_str_digits()`).

use crate::ast::Constant;
use num_bigint::BigInt;
use num_traits::Zero;

/// CPython's default maximum number of digits of a decimal int literal.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Parses the text of a NUMBER token (as the tokenizer produced it).
/// Returns `None` for text that is not a Python number.
pub fn try_parse_number(text: &str) -> Option<Constant> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(imag) = lower.strip_suffix('j') {
        let v = parse_float(imag)?;
        return Some(Constant::Complex { real: 0.0, imag: v });
    }
    let radix = match lower.get(..2) {
        Some("0x") => Some(16),
        Some("0o") => Some(8),
        Some("0b") => Some(2),
        _ => None,
    };
    if let Some(radix) = radix {
        let digits = &lower[2..];
        if digits.is_empty() {
            return None;
        }
        return BigInt::parse_bytes(digits.as_bytes(), radix).map(Constant::Int);
    }
    if lower.bytes().all(|c| c.is_ascii_digit()) && !lower.is_empty() {
        let n = BigInt::parse_bytes(lower.as_bytes(), 10)?;
        return Some(Constant::Int(n));
    }
    parse_float(&lower).map(Constant::Float)
}

fn parse_float(s: &str) -> Option<f64> {
    let ok = !s.is_empty()
        && s.bytes().any(|c| c.is_ascii_digit())
        && s.bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-'));
    if !ok {
        return None;
    }
    s.parse::<f64>().ok()
}

/// `try_parse_number` for token texts the tokenizer accepted (which always
/// parse); anything else gives `int` 0.
pub fn parse_number(text: &str) -> Constant {
    try_parse_number(text).unwrap_or(Constant::Int(BigInt::zero()))
}

/// CPython's error for a decimal int literal over the digit limit
/// (underscores do not count), or `None` when within it.
pub fn int_digits_error(text: &str) -> Option<String> {
    let lower = text.as_bytes();
    if lower.len() > 1 && lower[0] == b'0' && lower[1].is_ascii_alphabetic() {
        return None;
    }
    if !lower.iter().all(|c| c.is_ascii_digit() || *c == b'_') {
        return None;
    }
    let digits = lower.iter().filter(|c| c.is_ascii_digit()).count();
    (digits > INT_MAX_STR_DIGITS).then(|| {
        format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit \
             - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values() {
        let int = |n: i64| Constant::Int(BigInt::from(n));
        assert_eq!(parse_number("1_000"), int(1000));
        assert_eq!(parse_number("0x_fF"), int(255));
        assert_eq!(parse_number("0o17"), int(15));
        assert_eq!(parse_number("0B101"), int(5));
        assert_eq!(parse_number("00"), int(0));
        assert_eq!(parse_number("1.5"), Constant::Float(1.5));
        assert_eq!(parse_number(".5e1_0"), Constant::Float(5e9));
        assert_eq!(parse_number("5."), Constant::Float(5.0));
        assert_eq!(parse_number("1e500"), Constant::Float(f64::INFINITY));
        assert_eq!(
            parse_number("3J"),
            Constant::Complex {
                real: 0.0,
                imag: 3.0
            }
        );
        assert_eq!(
            parse_number("1.5e-3j"),
            Constant::Complex {
                real: 0.0,
                imag: 1.5e-3
            }
        );
        let big = "123456789012345678901234567890";
        assert_eq!(parse_number(big), Constant::Int(big.parse().unwrap()));
        assert_eq!(try_parse_number("abc"), None);
        assert_eq!(try_parse_number("0x"), None);
    }

    #[test]
    fn digit_limit() {
        assert!(int_digits_error(&"1".repeat(4300)).is_none());
        let msg = int_digits_error(&"1".repeat(5000)).unwrap();
        assert!(msg.contains("value has 5000 digits"));
        assert!(int_digits_error(&format!("0x{}", "f".repeat(5000))).is_none());
    }
}
