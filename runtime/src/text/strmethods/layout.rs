//! Padding and line structure: `center`/`ljust`/`rjust`/`zfill`,
//! `expandtabs`, `splitlines`, `join` and `str * n`.

use super::char_len;
use crate::num::error::{AlgError, AlgResult, ExcKind};
use crate::text::push_repeated;
use crate::text::unicode::is_linebreak;

fn repeat_char(c: char, n: usize, out: &mut String) -> AlgResult<()> {
    push_repeated(out, c, n)
}

/// `s.center(width, fill)`. When the padding is odd, the extra fill
/// character goes left exactly when the width is odd (CPython's rule).
pub fn center(s: &str, width: i64, fill: char) -> AlgResult<String> {
    let len = char_len(s) as i64;
    if width <= len {
        return Ok(s.to_string());
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    let mut out = String::new();
    repeat_char(fill, left as usize, &mut out)?;
    out.push_str(s);
    repeat_char(fill, (marg - left) as usize, &mut out)?;
    Ok(out)
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> AlgResult<String> {
    let len = char_len(s) as i64;
    let mut out = s.to_string();
    if width > len {
        repeat_char(fill, (width - len) as usize, &mut out)?;
    }
    Ok(out)
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> AlgResult<String> {
    let len = char_len(s) as i64;
    let mut out = String::new();
    if width > len {
        repeat_char(fill, (width - len) as usize, &mut out)?;
    }
    out.push_str(s);
    Ok(out)
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(s: &str, width: i64) -> AlgResult<String> {
    let len = char_len(s) as i64;
    if width <= len {
        return Ok(s.to_string());
    }
    let fill = (width - len) as usize;
    let mut out = String::new();
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    if let Some(c) = sign {
        out.push(c);
    }
    repeat_char('0', fill, &mut out)?;
    out.push_str(rest);
    Ok(out)
}

/// `s.expandtabs(tabsize)`: the column restarts after `\n` and `\r`.
pub fn expandtabs(s: &str, tabsize: i64) -> AlgResult<String> {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let n = tabsize - col % tabsize;
                repeat_char(' ', n as usize, &mut out)?;
                col = col.saturating_add(n);
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}

/// `s.splitlines(keepends)`: splits at every Python line boundary (`\n`,
/// `\r`, `\r\n`, `\v`, `\f`, `\x1c`-`\x1e`, `\x85`, U+2028, U+2029).
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && b.get(end) == Some(&b'\n') {
            it.next();
            end += 1;
        }
        out.push(s[start..if keepends { end } else { i }].to_string());
        start = end;
    }
    if start < s.len() {
        out.push(s[start..].to_string());
    }
    out
}

/// `sep.join(items)` for items already known to be strs.
pub fn join<S: AsRef<str>>(sep: &str, items: &[S]) -> String {
    let total: usize =
        items.iter().map(|s| s.as_ref().len()).sum::<usize>() + sep.len() * items.len();
    let mut out = String::with_capacity(total);
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s.as_ref());
    }
    out
}

/// `s * n`: empty for n <= 0; OverflowError when the result could not be
/// indexed, MemoryError when it cannot be allocated.
pub fn repeat(s: &str, n: i64) -> AlgResult<String> {
    if n <= 0 || s.is_empty() {
        return Ok(String::new());
    }
    let total = (s.len() as u128) * (n as u128);
    if total > isize::MAX as u128 {
        return Err(AlgError::overflow("repeated string is too long"));
    }
    let mut out = String::new();
    out.try_reserve_exact(total as usize)
        .map_err(|_| AlgError::new(ExcKind::MemoryError, ""))?;
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(out)
}
