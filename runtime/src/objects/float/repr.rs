//! `repr(float)`: shortest digits that round-trip (Rust's `{:e}` formatting
//! produces exactly those digits), laid out as CPython's `float_repr`:
//! positional notation when the decimal exponent is in `[-4, 16)`, with at
//! least one digit after the point (`1.0`); otherwise `d.ddde+XX` with at
//! least two exponent digits (`1e+16`, `1.5e-05`).

use super::*;

/// CPython's `repr()` of a float.
pub fn float_repr_string(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sci = format!("{:e}", f);
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let mut out = String::with_capacity(digits.len() + 8);
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                for _ in digits.len()..int_len {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

pub(super) unsafe fn float_repr(v: Value) -> Value {
    crate::objects::str::from_string(float_repr_string(float_value(v)))
}

#[cfg(test)]
mod tests {
    use super::float_repr_string as r;
    #[test]
    fn cpython_reprs() {
        assert_eq!(r(1.0), "1.0");
        assert_eq!(r(0.1), "0.1");
        assert_eq!(r(-0.0), "-0.0");
        assert_eq!(r(1e16), "1e+16");
        assert_eq!(r(1234567890123456.0), "1234567890123456.0");
        assert_eq!(r(0.0001), "0.0001");
        assert_eq!(r(0.00001), "1e-05");
        assert_eq!(r(1.5e-7), "1.5e-07");
        assert_eq!(r(1e300 * 10.0), "1e+301");
        assert_eq!(r(f64::INFINITY), "inf");
        assert_eq!(r(f64::NAN), "nan");
        assert_eq!(r(123.456), "123.456");
        assert_eq!(r(5e-324), "5e-324");
        assert_eq!(r(1.7976931348623157e308), "1.7976931348623157e+308");
        assert_eq!(r(100.0), "100.0");
        assert_eq!(r(2.5), "2.5");
    }
}
