//! `str % args`: printf-style formatting with CPython 3.11's semantics and
//! error messages, written against the [`PrintfValue`] trait so the object
//! model supplies str()/repr()/int()/float() of its values.
//!
//! Argument handling follows CPython: a tuple supplies positional values;
//! a mapping (anything with `__getitem__` that is not a tuple or str)
//! enables `%(key)s` lookups, and a lone non-tuple value is used once.
//! After a `%(key)` lookup no positional value remains.

use super::float_fmt::{render_parts, FloatKind, FloatOpts};
use super::push_repeated;
use super::repr::truncate_chars;
use crate::num::error::AlgError;
use crate::num::int::int_to_decimal;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// What `%`-formatting needs from a value.
pub trait PrintfValue {
    /// The object model's exception type (AlgErrors convert into it).
    type Error: From<AlgError>;
    /// `str(v)`.
    fn py_str(&self) -> Result<String, Self::Error>;
    /// `repr(v)`.
    fn py_repr(&self) -> Result<String, Self::Error>;
    /// `ascii(v)`; by default `repr(v)` with non-ASCII escaped.
    fn py_ascii(&self) -> Result<String, Self::Error> {
        Ok(escape_non_ascii(&self.py_repr()?))
    }
    /// The name of the value's type, for error messages.
    fn type_name(&self) -> String;
    /// The value if it is an int (including bool and int subclasses).
    fn as_exact_int(&self) -> Option<BigInt>;
    /// `operator.index(v)`: Some for ints and objects with `__index__`,
    /// None when the value has no `__index__`.
    fn as_index(&self) -> Result<Option<BigInt>, Self::Error>;
    /// `int(v)` for numbers (ints, floats, objects with `__int__`/
    /// `__index__`); None when the value is not a number.
    fn as_int_number(&self) -> Result<Option<BigInt>, Self::Error>;
    /// `float(v)` for real numbers; None when not convertible.
    fn as_float(&self) -> Result<Option<f64>, Self::Error>;
    /// The text of a str value.
    fn as_str(&self) -> Option<String>;
}

/// `repr`-style text with every non-ASCII character escaped the way
/// `ascii()` does it.
pub fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

/// The right operand of `%`.
pub enum PrintfArgs<'a, V: PrintfValue> {
    /// A tuple: its items are the positional values.
    Tuple(&'a [V]),
    /// A single value that is neither a tuple nor a mapping.
    Single(&'a V),
    /// A mapping (not a tuple or str): the mapping itself (a plain `%s`
    /// formats it) and a lookup for `%(key)`.
    Mapping(
        &'a V,
        &'a mut dyn FnMut(&str) -> Result<V, <V as PrintfValue>::Error>,
    ),
}

enum Arg<'a, V> {
    Borrowed(&'a V),
    Owned(V),
}

impl<V> Arg<'_, V> {
    fn get(&self) -> &V {
        match self {
            Arg::Borrowed(v) => v,
            Arg::Owned(v) => v,
        }
    }
}

struct State<'a, 'b, V: PrintfValue> {
    args: &'b mut PrintfArgs<'a, V>,
    /// Next positional index; for non-tuples -2 = unused, -1 = used.
    idx: isize,
    len: isize,
}

impl<'a, V: PrintfValue> State<'a, '_, V> {
    fn next(&mut self) -> Result<&'a V, V::Error> {
        if self.idx < self.len {
            let i = self.idx;
            self.idx += 1;
            match &*self.args {
                PrintfArgs::Tuple(items) => return Ok(&items[i as usize]),
                PrintfArgs::Single(v) => return Ok(*v),
                PrintfArgs::Mapping(v, _) => return Ok(*v),
            }
        }
        Err(AlgError::type_error("not enough arguments for format string").into())
    }
}

fn not_number(conv: char, v: &impl PrintfValue, integer: bool) -> AlgError {
    let what = if integer {
        "an integer is required"
    } else {
        "a real number is required"
    };
    AlgError::type_error(format!(
        "%{conv} format: {what}, not {}",
        truncate_chars(&v.type_name(), 200)
    ))
}

#[derive(Default)]
struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
}

/// Pads a rendered item. `sign_len` leading characters (sign and prefix)
/// stay in front of zero padding.
fn pad_item(
    out: &mut String,
    text: &str,
    sign_len: usize,
    width: usize,
    fl: &Flags,
    numeric: bool,
) -> Result<(), AlgError> {
    let len = text.chars().count();
    if len >= width {
        out.push_str(text);
        return Ok(());
    }
    let n = width - len;
    if fl.left {
        out.push_str(text);
        push_repeated(out, ' ', n)?;
    } else if fl.zero && numeric {
        let split = text
            .char_indices()
            .nth(sign_len)
            .map(|(i, _)| i)
            .unwrap_or(text.len());
        out.push_str(&text[..split]);
        push_repeated(out, '0', n)?;
        out.push_str(&text[split..]);
    } else {
        push_repeated(out, ' ', n)?;
        out.push_str(text);
    }
    Ok(())
}

/// Reads a decimal width (limit `isize::MAX`) or precision (limit
/// `i32::MAX`), with CPython's "width too big" / "precision too big".
fn read_num(chars: &[char], i: &mut usize, what: &str) -> Result<usize, AlgError> {
    let limit = if what == "width" {
        isize::MAX as usize
    } else {
        i32::MAX as usize
    };
    let mut v: usize = 0;
    while *i < chars.len() && chars[*i].is_ascii_digit() {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(chars[*i] as usize - '0' as usize))
            .filter(|v| *v <= limit)
            .ok_or_else(|| AlgError::value(format!("{what} too big")))?;
        *i += 1;
    }
    Ok(v)
}

/// A `*` width (C ssize_t) or precision (C int) taken from the arguments.
fn star_arg<V: PrintfValue>(st: &mut State<'_, '_, V>, precision: bool) -> Result<i64, V::Error> {
    let v = st.next()?;
    let n = v
        .as_exact_int()
        .ok_or_else(|| AlgError::type_error("* wants int"))?;
    let (lo, hi, cname) = if precision {
        (i32::MIN as i64, i32::MAX as i64, "int")
    } else {
        (i64::MIN, i64::MAX, "ssize_t")
    };
    n.to_i64().filter(|n| (lo..=hi).contains(n)).ok_or_else(|| {
        AlgError::overflow(format!("Python int too large to convert to C {cname}")).into()
    })
}

/// `fmt % args`. `max_str_digits` is the int/str conversion limit applied
/// to `%d` of huge ints (0: unlimited).
pub fn printf_format<V: PrintfValue>(
    fmt: &str,
    mut args: PrintfArgs<'_, V>,
    max_str_digits: usize,
) -> Result<String, V::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let (len, is_mapping) = match &args {
        PrintfArgs::Tuple(items) => (items.len() as isize, false),
        PrintfArgs::Single(_) => (-1, false),
        PrintfArgs::Mapping(..) => (-1, true),
    };
    let idx = if len >= 0 { 0 } else { -2 };
    let mut st = State {
        args: &mut args,
        idx,
        len,
    };
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    let n = chars.len();
    while i < n {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i < n && chars[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        // Mapping key.
        let mut keyed: Option<V> = None;
        if i < n && chars[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            let mut j = start;
            while j < n && depth > 0 {
                if chars[j] == '(' {
                    depth += 1;
                } else if chars[j] == ')' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth > 0 {
                return Err(AlgError::value("incomplete format key").into());
            }
            let key: String = chars[start..j - 1].iter().collect();
            i = j;
            match st.args {
                PrintfArgs::Mapping(_, lookup) => keyed = Some(lookup(&key)?),
                _ => return Err(AlgError::type_error("format requires a mapping").into()),
            }
            st.len = -1;
            st.idx = -1;
        }
        let mut fl = Flags::default();
        while i < n {
            match chars[i] {
                '-' => fl.left = true,
                '+' => fl.plus = true,
                ' ' => fl.space = true,
                '#' => fl.alt = true,
                '0' => fl.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: usize = 0;
        if i < n && chars[i] == '*' {
            let w = star_arg(&mut st, false)?;
            if w < 0 {
                fl.left = true;
            }
            width = w.unsigned_abs() as usize;
            i += 1;
        } else if i < n && chars[i].is_ascii_digit() {
            width = read_num(&chars, &mut i, "width")?;
        }
        let mut precision: Option<usize> = None;
        if i < n && chars[i] == '.' {
            i += 1;
            if i < n && chars[i] == '*' {
                let p = star_arg(&mut st, true)?;
                precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                precision = Some(read_num(&chars, &mut i, "precision")?);
            }
        }
        while i < n && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= n {
            return Err(AlgError::value("incomplete format").into());
        }
        let conv = chars[i];
        let conv_index = i;
        i += 1;
        let arg = match keyed.take() {
            Some(v) => Arg::Owned(v),
            None => Arg::Borrowed(st.next()?),
        };
        let v = arg.get();
        match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => v.py_str()?,
                    'r' => v.py_repr()?,
                    _ => v.py_ascii()?,
                };
                let s = match precision {
                    Some(p) => truncate_chars(&s, p),
                    None => &s,
                };
                pad_item(&mut out, s, 0, width, &fl, false)?;
            }
            'c' => {
                let ch = if let Some(s) = v.as_str() {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return Err(AlgError::type_error("%c requires int or char").into()),
                    }
                } else {
                    let code = v
                        .as_index()?
                        .ok_or_else(|| AlgError::type_error("%c requires int or char"))?;
                    let cp = code
                        .to_u32()
                        .filter(|c| *c < 0x110000)
                        .ok_or_else(|| AlgError::overflow("%c arg not in range(0x110000)"))?;
                    char::from_u32(cp).unwrap_or('\u{fffd}')
                };
                let mut buf = [0u8; 4];
                pad_item(&mut out, ch.encode_utf8(&mut buf), 0, width, &fl, false)?;
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let integer_only = matches!(conv, 'x' | 'X' | 'o');
                let value = if let Some(x) = v.as_exact_int() {
                    x
                } else if integer_only {
                    v.as_index()?.ok_or_else(|| not_number(conv, v, true))?
                } else {
                    v.as_int_number()?
                        .ok_or_else(|| not_number(conv, v, false))?
                };
                let mut digits = match conv {
                    'x' => value.magnitude().to_str_radix(16),
                    'X' => value.magnitude().to_str_radix(16).to_ascii_uppercase(),
                    'o' => value.magnitude().to_str_radix(8),
                    _ => int_to_decimal(&value.abs(), max_str_digits)?,
                };
                if let Some(p) = precision {
                    if digits.len() < p {
                        digits = "0".repeat(p - digits.len()) + &digits;
                    }
                }
                let sign = if value.is_negative() {
                    "-"
                } else if fl.plus {
                    "+"
                } else if fl.space {
                    " "
                } else {
                    ""
                };
                let prefix = match (fl.alt, conv) {
                    (true, 'x') => "0x",
                    (true, 'X') => "0X",
                    (true, 'o') => "0o",
                    _ => "",
                };
                let text = format!("{sign}{prefix}{digits}");
                pad_item(&mut out, &text, sign.len() + prefix.len(), width, &fl, true)?;
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = v.as_float()?.ok_or_else(|| {
                    AlgError::type_error(format!(
                        "must be real number, not {}",
                        truncate_chars(&v.type_name(), 200)
                    ))
                })?;
                let kind = match conv.to_ascii_lowercase() {
                    'e' => FloatKind::Exp,
                    'f' => FloatKind::Fixed,
                    _ => FloatKind::General,
                };
                let mut o = FloatOpts::new(kind, precision.unwrap_or(6));
                o.upper = conv.is_ascii_uppercase();
                o.alternate = fl.alt;
                o.sign_plus = fl.plus;
                o.sign_space = fl.space;
                let (sign, body) = render_parts(x, &o);
                let text = format!("{sign}{body}");
                pad_item(&mut out, &text, sign.len(), width, &fl, true)?;
            }
            other => {
                return Err(AlgError::value(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other, other as u32, conv_index
                ))
                .into())
            }
        }
    }
    if st.idx < st.len && !is_mapping {
        return Err(
            AlgError::type_error("not all arguments converted during string formatting").into(),
        );
    }
    Ok(out)
}

#[cfg(test)]
#[path = "printf_tests.rs"]
mod tests;
