//! Decimal rendering of floats as CPython's `PyOS_double_to_string` does
//! it, for the format mini-language, `%`-formatting and `str(float)`.
//!
//! Digit generation relies on Rust's float formatting, which is exact:
//! `{:e}` gives the shortest round-tripping digits (CPython's repr mode),
//! `{:.N$e}` the correctly rounded N+1 significant digits and `{:.N$}` the
//! correctly rounded N fractional digits, ties to even on exact halves (as
//! dtoa does). Those digits, stripped of trailing zeros, are then laid out
//! by [`layout`]: exponent or not, zero padding, decimal point, `#`.

/// Which kind of rendering to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatKind {
    /// `e`: exponent notation with `precision` fractional digits.
    Exp,
    /// `f`: fixed notation with `precision` fractional digits.
    Fixed,
    /// `g`: `precision` significant digits, exponent when out of range.
    General,
    /// `r`: shortest repr digits, exponent below 1e-4 or from 1e16.
    Repr,
}

/// Options of one rendering.
#[derive(Clone, Copy, Debug)]
pub struct FloatOpts {
    pub kind: FloatKind,
    pub precision: usize,
    /// Uppercase `E`, `INF`, `NAN`.
    pub upper: bool,
    /// `#`: keep the decimal point (and trailing zeros for `g`).
    pub alternate: bool,
    /// Append `.0` to an integral result in fixed notation (str/repr and
    /// the empty presentation type).
    pub add_dot_0: bool,
    /// `+` sign for non-negative values.
    pub sign_plus: bool,
    /// ` ` (space) for non-negative values.
    pub sign_space: bool,
    /// `z`: a negative value that rounds to zero is shown without `-`.
    pub no_neg_zero: bool,
}

impl FloatOpts {
    pub fn new(kind: FloatKind, precision: usize) -> Self {
        FloatOpts {
            kind,
            precision,
            upper: false,
            alternate: false,
            add_dot_0: false,
            sign_plus: false,
            sign_space: false,
            no_neg_zero: false,
        }
    }
}

/// Digits without trailing zeros (at least "0") and the decimal point
/// position: value = 0.DIGITS * 10**decpt.
fn digits_from_sci(s: &str) -> (String, i64) {
    // s looks like "1.2345e-5" or "1e10" (from Rust's {:e} family).
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits.chars().all(|c| c == '0') {
        return ("0".into(), 1);
    }
    (digits, exp + 1)
}

/// Shortest round-trip digits of a finite, non-negative double.
///
/// When two shortest candidates are equally close to `x` (the exact value
/// lies halfway between them), CPython's dtoa picks the one with an even
/// last digit; Rust's formatter may pick the other, so exact ties are
/// detected and resolved here.
pub fn shortest_digits(x: f64) -> (String, i64) {
    let (d, decpt) = digits_from_sci(&format!("{x:e}"));
    let n = d.len();
    if x == 0.0 || n == 0 {
        return (d, decpt);
    }
    // A tie needs the exact expansion to be n+1 (<= 18) digits ending in
    // 5, which requires x = m * 2**e with m odd and -26 <= e < 0 (then x
    // has -e fractional digits, the last one a 5; more than 26 of them
    // means more than 18 significant digits).
    let (mut m, mut e) = crate::num::rounding::f64_to_parts(x);
    while m != 0 && m % 2 == 0 {
        m /= 2;
        e += 1;
    }
    if !(-26..0).contains(&e) {
        return (d, decpt);
    }
    let (e1, p1) = digits_from_sci(&format!("{:.*e}", n, x));
    if e1.len() != n + 1 || !e1.ends_with('5') {
        return (d, decpt);
    }
    let (exact, pe) = digits_from_sci(&format!("{x:.767e}"));
    if exact != e1 || pe != p1 {
        return (d, decpt);
    }
    let lo = &exact[..n];
    let lo_even = (lo.as_bytes()[n - 1] - b'0').is_multiple_of(2);
    let (cand, cand_decpt) = if lo_even {
        (lo.to_string(), pe)
    } else {
        increment_digits(lo, pe)
    };
    if cand == d && cand_decpt == decpt {
        return (d, decpt);
    }
    let text = format!("0.{cand}e{cand_decpt}");
    if text.parse::<f64>().ok() == Some(x) {
        let mut cand = cand;
        while cand.len() > 1 && cand.ends_with('0') {
            cand.pop();
        }
        (cand, cand_decpt)
    } else {
        (d, decpt)
    }
}

/// Adds one unit in the last place to a digit string (value
/// 0.DIGITS * 10**decpt), carrying as needed.
fn increment_digits(digits: &str, decpt: i64) -> (String, i64) {
    let mut b = digits.as_bytes().to_vec();
    let mut i = b.len();
    loop {
        if i == 0 {
            b.insert(0, b'1');
            return (String::from_utf8(b).unwrap_or_default(), decpt + 1);
        }
        i -= 1;
        if b[i] == b'9' {
            b[i] = b'0';
        } else {
            b[i] += 1;
            break;
        }
    }
    (String::from_utf8(b).unwrap_or_default(), decpt)
}

/// `n >= 1` correctly rounded significant digits.
pub fn significant_digits(x: f64, n: usize) -> (String, i64) {
    digits_from_sci(&format!("{:.*e}", n.saturating_sub(1), x))
}

/// Digits correctly rounded to `p` places after the point.
pub fn fixed_digits(x: f64, p: usize) -> (String, i64) {
    let s = format!("{x:.p$}");
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let mut all = String::with_capacity(s.len());
    all.push_str(int_part);
    all.push_str(frac_part);
    let lead = all.len() - all.trim_start_matches('0').len();
    let mut digits = all[lead..].to_string();
    if digits.is_empty() {
        return ("0".into(), 1);
    }
    let decpt = int_part.len() as i64 - lead as i64;
    while digits.ends_with('0') {
        digits.pop();
    }
    (digits, decpt)
}

/// Lays out digits (value 0.DIGITS * 10**decpt) following the rules of
/// `kind`, returning the unsigned text.
fn layout(digits: &str, mut decpt: i64, o: &FloatOpts) -> String {
    let nd = digits.len() as i64;
    let p = o.precision as i64;
    let mut use_exp = false;
    let mut end = nd; // one past the last digit position to print
    match o.kind {
        FloatKind::Exp => {
            use_exp = true;
            end = p + 1;
        }
        FloatKind::Fixed => end = decpt + p,
        FloatKind::General => {
            let limit = if o.add_dot_0 { p - 1 } else { p };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if o.alternate {
                end = p;
            }
        }
        FloatKind::Repr => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    end = if !use_exp && o.add_dot_0 {
        end.max(decpt + 1)
    } else {
        end.max(decpt)
    };
    let digit_at = |i: i64| -> char {
        if i >= 0 && i < nd {
            digits.as_bytes()[i as usize] as char
        } else {
            '0'
        }
    };
    let mut out = String::new();
    if decpt <= 0 {
        out.push('0');
    } else {
        for i in 0..decpt {
            out.push(digit_at(i));
        }
    }
    out.push('.');
    for i in decpt..end {
        out.push(digit_at(i));
    }
    if out.ends_with('.') && !o.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if o.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// Renders `x` (any double) as CPython would: the sign prefix (per the
/// sign options) and the body. Returned separately so callers can pad
/// between them.
pub fn render_parts(x: f64, o: &FloatOpts) -> (String, String) {
    let negative = x.is_sign_negative() && !x.is_nan();
    let body = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        "inf".to_string()
    } else {
        let a = x.abs();
        let (digits, decpt) = match o.kind {
            FloatKind::Repr => shortest_digits(a),
            FloatKind::Exp => significant_digits(a, o.precision + 1),
            FloatKind::Fixed => fixed_digits(a, o.precision),
            FloatKind::General => significant_digits(a, o.precision.max(1)),
        };
        let mut opts = *o;
        if o.kind == FloatKind::General && o.precision == 0 {
            opts.precision = 1;
        }
        layout(&digits, decpt, &opts)
    };
    let rounds_to_zero = body.bytes().all(|c| !(b'1'..=b'9').contains(&c));
    let show_minus = negative && !(o.no_neg_zero && rounds_to_zero && x.is_finite());
    let sign = if show_minus {
        "-"
    } else if o.sign_plus {
        "+"
    } else if o.sign_space {
        " "
    } else {
        ""
    };
    let body = if o.upper {
        body.to_ascii_uppercase()
    } else {
        body
    };
    (sign.to_string(), body)
}

/// Renders `x` with its sign.
pub fn render(x: f64, o: &FloatOpts) -> String {
    let (s, b) = render_parts(x, o);
    s + &b
}

/// `repr(x)` / `str(x)` for a float.
pub fn float_repr(x: f64) -> String {
    let mut o = FloatOpts::new(FloatKind::Repr, 0);
    o.add_dot_0 = true;
    render(x, &o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_cases() {
        // (value, python3 repr)
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-2.5, "-2.5"),
            (1.0 / 3.0, "0.3333333333333333"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(*x), *want);
        }
    }

    /// The frontend's literal repr and this module must agree: compare
    /// them over many doubles (random bit patterns and decimal-looking
    /// values).
    #[test]
    fn agrees_with_frontend_repr() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for i in 0..20000 {
            let x = if i % 2 == 0 {
                f64::from_bits(next())
            } else {
                (next() % 1_000_000) as f64 / 10f64.powi((next() % 30) as i32 - 10)
            };
            assert_eq!(
                float_repr(x),
                pyc_frontend::repr::float_repr(x),
                "bits {:#x}",
                x.to_bits()
            );
            let y = f64::from_bits(next());
            assert_eq!(
                crate::num::complex::complex_repr(crate::num::complex::Complex::new(x, y)),
                pyc_frontend::repr::complex_repr(x, y)
            );
        }
    }

    /// repr() of tie-prone and random doubles recorded from CPython 3.11
    /// (golden/repr_ties.txt).
    #[test]
    fn golden_repr_ties() {
        let text = include_str!("golden/repr_ties.txt");
        let mut n = 0;
        for line in text.lines() {
            let (bits, want) = line.split_once(' ').unwrap();
            let x = f64::from_bits(u64::from_str_radix(bits, 16).unwrap());
            assert_eq!(float_repr(x), want, "bits {bits}");
            n += 1;
        }
        assert!(n > 900);
    }
}
