//! Number literals for the parser: the text of a NUMBER token (already
//! validated by the tokenizer) to its `Constant` — int (any base, any size),
//! float, or imaginary.

use crate::ast::Constant;
use num_bigint::BigInt;
use num_traits::Num;

/// The value of a NUMBER token (`None` if the text is not a number).
pub(crate) fn parse_number(text: &str) -> Option<Constant> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(imag) = lower.strip_suffix('j') {
        let v: f64 = imag.parse().ok()?;
        return Some(Constant::Complex { real: 0.0, imag: v });
    }
    let radix = |p: &str, r: u32| BigInt::from_str_radix(p, r).ok().map(Constant::Int);
    if let Some(h) = lower.strip_prefix("0x") {
        return radix(h, 16);
    }
    if let Some(o) = lower.strip_prefix("0o") {
        return radix(o, 8);
    }
    if let Some(b) = lower.strip_prefix("0b") {
        return radix(b, 2);
    }
    if lower.contains(['.', 'e']) {
        return lower.parse::<f64>().ok().map(Constant::Float);
    }
    radix(&lower, 10)
}
