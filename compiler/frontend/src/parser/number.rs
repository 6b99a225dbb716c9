//! Literal values for the parser: NUMBER token text to `Constant`, and the
//! bridge from a run of STRING tokens to the string-literal module.
//!
//! TEMPORARY bridge until the tokenizer's `parse_number` and the string
//! module's entry point land; both are replaced by calls into them.

use super::core::Parser;
use crate::ast::{Constant, Expr, ExprKind};
use crate::error::SyntaxError;
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

/// Adjacent STRING tokens `first..=last` as one expression.
pub(crate) fn strings_to_expr(p: &Parser, first: usize, last: usize) -> Result<Expr, SyntaxError> {
    let mut out = String::new();
    let mut bytes = false;
    let mut kind = None;
    for i in first..=last {
        let text = p.text(i);
        let prefix_len = text.find(['"', '\'']).unwrap_or(0);
        let prefix = text[..prefix_len].to_ascii_lowercase();
        if i == first && prefix == "u" {
            kind = Some("u".to_string());
        }
        bytes |= prefix.contains('b');
        let body = &text[prefix_len..];
        let q = if body.starts_with("\"\"\"") || body.starts_with("'''") {
            3
        } else {
            1
        };
        let inner = body.get(q..body.len().saturating_sub(q)).unwrap_or("");
        if prefix.contains('r') {
            out.push_str(inner);
        } else {
            let mut it = inner.chars();
            while let Some(c) = it.next() {
                if c != '\\' {
                    out.push(c);
                    continue;
                }
                match it.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some('\\') => out.push('\\'),
                    Some('\'') => out.push('\''),
                    Some('"') => out.push('"'),
                    Some('\n') => {}
                    Some(c) => {
                        out.push('\\');
                        out.push(c);
                    }
                    None => out.push('\\'),
                }
            }
        }
    }
    let value = if bytes {
        Constant::Bytes(out.into_bytes())
    } else {
        Constant::Str(out)
    };
    let mut e = p.expr(ExprKind::Constant { value, kind }, first);
    let t = p.tok(last);
    e.loc.end_lineno = t.end.line;
    e.loc.end_col_offset = t.end.col;
    Ok(e)
}
