//! The format-spec mini-language of `format()`, f-strings and
//! `str.format`: `[[fill]align][sign]["z"]["#"]["0"][width][grouping]
//! ["." precision][type]`, parsed with CPython 3.11's error messages and
//! applied to str, int and float values exactly as CPython renders them.
//!
//! An empty spec means `str(value)` for every built-in type; callers that
//! have subclasses (bool) handle that case before calling in here.

use super::float_fmt::{render_parts, FloatKind, FloatOpts};
use super::push_repeated;
use crate::num::error::{AlgError, AlgResult};
use crate::num::int::int_to_decimal;
use crate::num::rounding::bigint_to_f64;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Alignment of the padded value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub fill_specified: bool,
    pub align: Option<Align>,
    /// `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

fn too_many_digits() -> AlgError {
    AlgError::value("Too many decimal digits in format string")
}

/// Reads a run of ASCII digits; `None` when there is none.
fn read_number(chars: &[char], pos: &mut usize) -> AlgResult<Option<usize>> {
    let start = *pos;
    let mut v: usize = 0;
    while *pos < chars.len() && chars[*pos].is_ascii_digit() {
        let d = chars[*pos] as usize - '0' as usize;
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(too_many_digits)?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(v) })
}

fn code_repr(c: char) -> String {
    if (' '..='~').contains(&c) && c != ' ' {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// Parses a spec. `type_name` is used in the "Invalid format specifier"
/// message; `default_align_right` says whether a `0` flag turns into `=`
/// alignment (numbers) or not (strings).
pub fn parse_format_spec(
    spec: &str,
    type_name: &str,
    default_align_right: bool,
) -> AlgResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let n = chars.len();
    let mut f = FormatSpec {
        fill: ' ',
        fill_specified: false,
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut pos = 0;
    if n >= 2 && align_of(chars[1]).is_some() {
        f.fill = chars[0];
        f.fill_specified = true;
        f.align = align_of(chars[1]);
        pos = 2;
    } else if n >= 1 && align_of(chars[0]).is_some() {
        f.align = align_of(chars[0]);
        pos = 1;
    }
    if pos < n && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < n && chars[pos] == 'z' {
        f.no_neg_zero = true;
        pos += 1;
    }
    if pos < n && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if pos < n && chars[pos] == '0' && !f.fill_specified {
        f.fill = '0';
        f.fill_specified = true;
        if f.align.is_none() && default_align_right {
            f.align = Some(Align::AfterSign);
        }
        pos += 1;
    }
    f.width = read_number(&chars, &mut pos)?;
    if pos < n && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
        if pos < n && chars[pos] == ',' {
            return Err(AlgError::value("Cannot specify ',' with ','."));
        }
    }
    if pos < n && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err(AlgError::value("Cannot specify both ',' and '_'."));
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < n && chars[pos] == ',' && f.grouping == Some('_') {
        return Err(AlgError::value("Cannot specify both ',' and '_'."));
    }
    if pos < n && chars[pos] == '.' {
        pos += 1;
        f.precision = read_number(&chars, &mut pos)?;
        if f.precision.is_none() {
            return Err(AlgError::value("Format specifier missing precision"));
        }
    }
    if n - pos > 1 {
        return Err(AlgError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if pos < n {
        f.ty = Some(chars[pos]);
    }
    Ok(f)
}

/// Checks the grouping option against the presentation type (applied with
/// the type's default filled in: 's' for str, 'd' for int).
fn check_grouping(f: &FormatSpec, ty: Option<char>) -> AlgResult<()> {
    if let Some(g) = f.grouping {
        let ok = match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            let t = ty.map(code_repr).unwrap_or_default();
            return Err(AlgError::value(format!("Cannot specify '{g}' with '{t}'.")));
        }
    }
    Ok(())
}

fn unknown_code(c: char, type_name: &str) -> AlgError {
    AlgError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(c),
        type_name
    ))
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Pads `body` to the spec's width with its fill and alignment.
fn pad(body: &str, f: &FormatSpec, default: Align) -> AlgResult<String> {
    let width = f.width.unwrap_or(0);
    let len = char_len(body);
    if len >= width {
        return Ok(body.to_string());
    }
    let total = width - len;
    let (left, right) = match f.align.unwrap_or(default) {
        Align::Left => (0, total),
        Align::Right | Align::AfterSign => (total, 0),
        Align::Center => (total / 2, total - total / 2),
    };
    let mut out = String::new();
    push_repeated(&mut out, f.fill, left)?;
    out.push_str(body);
    push_repeated(&mut out, f.fill, right)?;
    Ok(out)
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str) -> AlgResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse_format_spec(spec, "str", false)?;
    let ty = f.ty.unwrap_or('s');
    check_grouping(&f, Some(ty))?;
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match f.sign {
        Some(' ') => {
            return Err(AlgError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(AlgError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if f.no_neg_zero {
        return Err(AlgError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(AlgError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == Some(Align::AfterSign) {
        return Err(AlgError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body = match f.precision {
        Some(p) => super::repr::truncate_chars(s, p),
        None => s,
    };
    pad(body, &f, Align::Left)
}

/// Inserts `sep` every `group` digits from the right of an ASCII digit
/// string, left-padding with zeros until the result is at least
/// `min_width` characters (never starting with a separator).
fn group_digits(
    digits: &str,
    sep: Option<char>,
    group: usize,
    min_width: usize,
) -> AlgResult<String> {
    let d = digits.as_bytes();
    let Some(sep) = sep else {
        let mut out = String::new();
        push_repeated(&mut out, '0', min_width.saturating_sub(d.len()))?;
        out.push_str(digits);
        return Ok(out);
    };
    let mut rev: Vec<char> = Vec::new();
    rev.try_reserve(min_width.max(d.len()).saturating_mul(2))
        .map_err(|_| AlgError::new(crate::num::ExcKind::MemoryError, ""))?;
    let mut left = d.len();
    loop {
        let need = min_width.saturating_sub(rev.len());
        let l = group.min(left.max(need).max(1));
        for _ in 0..l {
            if left > 0 {
                left -= 1;
                rev.push(d[left] as char);
            } else {
                rev.push('0');
            }
        }
        if left == 0 && rev.len() >= min_width {
            break;
        }
        rev.push(sep);
    }
    Ok(rev.iter().rev().collect())
}

/// Assembles a number: sign, prefix, (grouped, zero-padded) integer
/// digits, then the rest (fraction, exponent, `%`), padded per the spec.
fn assemble_number(
    f: &FormatSpec,
    sign: &str,
    prefix: &str,
    int_digits: &str,
    rest: &str,
    group: usize,
) -> AlgResult<String> {
    let width = f.width.unwrap_or(0);
    let zero_pad = f.fill == '0' && f.align == Some(Align::AfterSign);
    let fixed = char_len(sign) + prefix.len() + rest.len();
    let min_width = if zero_pad {
        width.saturating_sub(fixed)
    } else {
        0
    };
    let digits = group_digits(int_digits, f.grouping, group, min_width)?;
    let len = fixed + digits.len();
    if f.align == Some(Align::AfterSign) && len < width {
        let mut out = format!("{sign}{prefix}");
        push_repeated(&mut out, f.fill, width - len)?;
        out.push_str(&digits);
        out.push_str(rest);
        return Ok(out);
    }
    let body = format!("{sign}{prefix}{digits}{rest}");
    pad(&body, f, Align::Right)
}

fn sign_text(negative: bool, sign: Option<char>) -> &'static str {
    if negative {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// `format(v, spec)` for an int. `type_name` names the object's type in
/// errors; `max_str_digits` is the int/str conversion limit (0: none).
pub fn format_int(
    v: &BigInt,
    spec: &str,
    type_name: &str,
    max_str_digits: usize,
) -> AlgResult<String> {
    if spec.is_empty() {
        return int_to_decimal(v, max_str_digits);
    }
    let f = parse_format_spec(spec, type_name, true)?;
    let ty = f.ty.unwrap_or('d');
    check_grouping(&f, Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(v)?;
            return format_float_spec(x, &f, type_name);
        }
        c => return Err(unknown_code(c, type_name)),
    }
    if f.precision.is_some() {
        return Err(AlgError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_zero {
        return Err(AlgError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if f.sign.is_some() {
            return Err(AlgError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(AlgError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let c = v
            .to_u32()
            .filter(|c| *c < 0x110000)
            .ok_or_else(|| AlgError::overflow("%c arg not in range(0x110000)"))?;
        // Surrogates cannot live in a Rust string; the object model handles
        // them before calling in (they are rare in formatting).
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        let mut buf = [0u8; 4];
        return pad(ch.encode_utf8(&mut buf), &f, Align::Left);
    }
    let (base, prefix, group) = match ty {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let digits = if base == 10 {
        int_to_decimal(&v.abs(), max_str_digits)?
    } else {
        let s = v.magnitude().to_str_radix(base);
        if ty == 'X' {
            s.to_ascii_uppercase()
        } else {
            s
        }
    };
    let prefix = if f.alternate { prefix } else { "" };
    let sign = sign_text(v.is_negative(), f.sign);
    assemble_number(&f, sign, prefix, &digits, "", group)
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str, type_name: &str) -> AlgResult<String> {
    if spec.is_empty() {
        return Ok(super::float_fmt::float_repr(x));
    }
    let f = parse_format_spec(spec, type_name, true)?;
    check_grouping(&f, f.ty)?;
    format_float_spec(x, &f, type_name)
}

fn format_float_spec(x: f64, f: &FormatSpec, type_name: &str) -> AlgResult<String> {
    let ty = f.ty;
    let (kind, upper, percent) = match ty {
        None => (FloatKind::Repr, false, false),
        Some('e') => (FloatKind::Exp, false, false),
        Some('E') => (FloatKind::Exp, true, false),
        Some('f') => (FloatKind::Fixed, false, false),
        Some('F') => (FloatKind::Fixed, true, false),
        Some('g' | 'n') => (FloatKind::General, false, false),
        Some('G') => (FloatKind::General, true, false),
        Some('%') => (FloatKind::Fixed, false, true),
        Some(c) => return Err(unknown_code(c, type_name)),
    };
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(AlgError::value("precision too big"));
    }
    let mut o = FloatOpts::new(kind, f.precision.unwrap_or(6));
    if ty.is_none() {
        o.add_dot_0 = true;
        match f.precision {
            Some(p) => {
                o.kind = FloatKind::General;
                o.precision = p;
            }
            None => o.precision = 0,
        }
    }
    o.upper = upper;
    o.alternate = f.alternate;
    o.no_neg_zero = f.no_neg_zero;
    o.sign_plus = f.sign == Some('+');
    o.sign_space = f.sign == Some(' ');
    let value = if percent { x * 100.0 } else { x };
    let (sign, body) = render_parts(value, &o);
    let mut body = body;
    if percent {
        body.push('%');
    }
    if !value.is_finite() {
        // No grouping or zero-insertion into "inf"/"nan", but '=' and '0'
        // padding still apply.
        return assemble_number(
            &FormatSpec {
                grouping: None,
                ..f.clone()
            },
            &sign,
            "",
            "",
            &body,
            3,
        );
    }
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (int_digits, rest) = body.split_at(split);
    assemble_number(f, &sign, "", int_digits, rest, 3)
}

/// Renders one part of a complex number (digits grouped, no padding).
fn complex_part(x: f64, o: &FloatOpts, f: &FormatSpec) -> AlgResult<String> {
    let (sign, body) = render_parts(x, o);
    if !x.is_finite() {
        return Ok(sign + &body);
    }
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (int_digits, rest) = body.split_at(split);
    let digits = group_digits(int_digits, f.grouping, 3, 0)?;
    Ok(format!("{sign}{digits}{rest}"))
}

/// `format(z, spec)` for a complex number `re + im*j`.
pub fn format_complex(re: f64, im: f64, spec: &str) -> AlgResult<String> {
    if spec.is_empty() {
        return Ok(crate::num::complex::complex_repr(
            crate::num::complex::Complex::new(re, im),
        ));
    }
    let f = parse_format_spec(spec, "complex", true)?;
    check_grouping(&f, f.ty)?;
    let (kind, upper) = match f.ty {
        None => (FloatKind::Repr, false),
        Some('e') => (FloatKind::Exp, false),
        Some('E') => (FloatKind::Exp, true),
        Some('f') => (FloatKind::Fixed, false),
        Some('F') => (FloatKind::Fixed, true),
        Some('g' | 'n') => (FloatKind::General, false),
        Some('G') => (FloatKind::General, true),
        Some(c) => return Err(unknown_code(c, "complex")),
    };
    if f.fill == '0' {
        return Err(AlgError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if f.align == Some(Align::AfterSign) {
        return Err(AlgError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(AlgError::value("precision too big"));
    }
    let mut o = FloatOpts::new(kind, f.precision.unwrap_or(6));
    let (mut skip_re, mut parens) = (false, false);
    if f.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
        match f.precision {
            Some(p) => {
                o.kind = FloatKind::General;
                o.precision = p;
            }
            None => o.precision = 0,
        }
    }
    o.upper = upper;
    o.alternate = f.alternate;
    o.no_neg_zero = f.no_neg_zero;
    o.sign_plus = f.sign == Some('+');
    o.sign_space = f.sign == Some(' ');
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&complex_part(re, &o, &f)?);
        o.sign_plus = true;
        o.sign_space = false;
    }
    body.push_str(&complex_part(im, &o, &f)?);
    body.push('j');
    if parens {
        body.push(')');
    }
    pad(&body, &f, Align::Right)
}

#[cfg(test)]
#[path = "format_spec_tests.rs"]
mod tests;
