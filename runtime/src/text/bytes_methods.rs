//! The `bytes`/`bytearray` methods that are pure algorithms on byte
//! strings, with CPython 3.11's ASCII-only semantics: whitespace is
//! `b' \t\n\r\x0b\x0c'`, case mappings and `is*` predicates look at ASCII
//! letters and digits only, and `splitlines` knows just `\n`, `\r` and
//! `\r\n`. Indexes are byte indexes; `start`/`end` are Python slice bounds
//! clamped as for str (see `strmethods::adjust_indices`).

use super::strmethods::adjust_indices;
use crate::num::error::{AlgError, AlgResult};

/// Python's `Py_ISSPACE` for bytes.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn find_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    hay.windows(sub.len()).position(|w| w == sub)
}

fn rfind_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(hay.len());
    }
    hay.windows(sub.len()).rposition(|w| w == sub)
}

/// `b.find(sub, start, end)`.
pub fn find(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (s, e) = adjust_indices(start, end, b.len());
    if s > e || e - s < sub.len() {
        return -1;
    }
    find_sub(&b[s..e], sub).map_or(-1, |p| (s + p) as i64)
}

/// `b.rfind(sub, start, end)`.
pub fn rfind(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (s, e) = adjust_indices(start, end, b.len());
    if s > e || e - s < sub.len() {
        return -1;
    }
    rfind_sub(&b[s..e], sub).map_or(-1, |p| (s + p) as i64)
}

/// `b.index(...)` / `b.rindex(...)` error.
pub fn not_found() -> AlgError {
    AlgError::value("subsection not found")
}

/// `b.count(sub, start, end)`.
pub fn count(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> usize {
    let (s, e) = adjust_indices(start, end, b.len());
    if s > e {
        return 0;
    }
    if sub.is_empty() {
        return e - s + 1;
    }
    let mut hay = &b[s..e];
    let mut n = 0;
    while let Some(p) = find_sub(hay, sub) {
        n += 1;
        hay = &hay[p + sub.len()..];
    }
    n
}

/// `b.replace(old, new, count)`.
pub fn replace(b: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(b.len());
    if limit == 0 {
        out.extend_from_slice(b);
        return out;
    }
    if old.is_empty() {
        let mut done = 0;
        for &c in b {
            if done < limit {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(c);
        }
        if done < limit {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut rest = b;
    let mut done = 0;
    while done < limit {
        match find_sub(rest, old) {
            Some(p) => {
                out.extend_from_slice(&rest[..p]);
                out.extend_from_slice(new);
                rest = &rest[p + old.len()..];
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    out
}

fn tail_match(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (s, e) = adjust_indices(start, end, b.len());
    if e < sub.len() || e - sub.len() < s {
        return false;
    }
    if at_end {
        &b[e - sub.len()..e] == sub
    } else {
        &b[s..s + sub.len()] == sub
    }
}

/// `b.startswith(prefixes, start, end)`.
pub fn startswith(b: &[u8], prefixes: &[&[u8]], start: Option<i64>, end: Option<i64>) -> bool {
    prefixes.iter().any(|p| tail_match(b, p, start, end, false))
}

/// `b.endswith(suffixes, start, end)`.
pub fn endswith(b: &[u8], suffixes: &[&[u8]], start: Option<i64>, end: Option<i64>) -> bool {
    suffixes.iter().any(|p| tail_match(b, p, start, end, true))
}

fn empty_separator() -> AlgError {
    AlgError::value("empty separator")
}

/// `b.split(sep, maxsplit)`.
pub fn split(b: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> AlgResult<Vec<Vec<u8>>> {
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            let n = b.len();
            while left > 0 {
                while i < n && is_space(b[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                let j = i;
                while i < n && !is_space(b[i]) {
                    i += 1;
                }
                out.push(b[j..i].to_vec());
                left -= 1;
            }
            while i < n && is_space(b[i]) {
                i += 1;
            }
            if i < n {
                out.push(b[i..].to_vec());
            }
        }
        Some([]) => return Err(empty_separator()),
        Some(sep) => {
            let mut rest = b;
            while left > 0 {
                match find_sub(rest, sep) {
                    Some(p) => {
                        out.push(rest[..p].to_vec());
                        rest = &rest[p + sep.len()..];
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push(rest.to_vec());
        }
    }
    Ok(out)
}

/// `b.rsplit(sep, maxsplit)`.
pub fn rsplit(b: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> AlgResult<Vec<Vec<u8>>> {
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        None => {
            let mut i = b.len();
            while left > 0 {
                while i > 0 && is_space(b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                let j = i;
                while i > 0 && !is_space(b[i - 1]) {
                    i -= 1;
                }
                out.push(b[i..j].to_vec());
                left -= 1;
            }
            while i > 0 && is_space(b[i - 1]) {
                i -= 1;
            }
            if i > 0 {
                out.push(b[..i].to_vec());
            }
        }
        Some([]) => return Err(empty_separator()),
        Some(sep) => {
            let mut rest = b;
            while left > 0 {
                match rfind_sub(rest, sep) {
                    Some(p) => {
                        out.push(rest[p + sep.len()..].to_vec());
                        rest = &rest[..p];
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push(rest.to_vec());
        }
    }
    out.reverse();
    Ok(out)
}

/// `b.partition(sep)` (`rpartition` when `from_right`).
pub fn partition(b: &[u8], sep: &[u8], from_right: bool) -> AlgResult<(Vec<u8>, Vec<u8>, Vec<u8>)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let found = if from_right {
        rfind_sub(b, sep)
    } else {
        find_sub(b, sep)
    };
    Ok(match found {
        Some(p) => (b[..p].to_vec(), sep.to_vec(), b[p + sep.len()..].to_vec()),
        None if from_right => (Vec::new(), Vec::new(), b.to_vec()),
        None => (b.to_vec(), Vec::new(), Vec::new()),
    })
}

/// `b.strip(chars)` / `lstrip` / `rstrip` (`left`, `right` select sides);
/// `None` strips ASCII whitespace.
pub fn strip<'a>(b: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let strip_it = |c: u8| match chars {
        None => is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && strip_it(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(b[e - 1]) {
            e -= 1;
        }
    }
    &b[s..e]
}

/// `b.splitlines(keepends)`: `\n`, `\r` and `\r\n` only.
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let (mut i, n) = (0, b.len());
    let mut start = 0;
    while i < n {
        if b[i] == b'\n' || b[i] == b'\r' {
            let eol = i;
            i += if b[i] == b'\r' && i + 1 < n && b[i + 1] == b'\n' {
                2
            } else {
                1
            };
            out.push(b[start..if keepends { i } else { eol }].to_vec());
            start = i;
        } else {
            i += 1;
        }
    }
    if start < n {
        out.push(b[start..].to_vec());
    }
    out
}

/// `b.upper()`.
pub fn upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

/// `b.lower()`.
pub fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// `b.swapcase()`.
pub fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

/// `b.title()`.
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

/// `b.capitalize()`.
pub fn capitalize(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn all_nonempty(b: &[u8], f: impl Fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

pub fn isalpha(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphabetic)
}
pub fn isalnum(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphanumeric)
}
pub fn isdigit(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_digit)
}
pub fn isspace(b: &[u8]) -> bool {
    all_nonempty(b, |c| is_space(*c))
}
/// True for empty input.
pub fn isascii(b: &[u8]) -> bool {
    b.is_ascii()
}
pub fn isupper(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
}
pub fn islower(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
}
pub fn istitle(b: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
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

/// `b.center(width, fill)`, `ljust`, `rjust` (`align` '^', '<', '>').
pub fn pad(b: &[u8], width: i64, fill: u8, align: char) -> AlgResult<Vec<u8>> {
    let len = b.len() as i64;
    if width <= len {
        return Ok(b.to_vec());
    }
    let marg = width - len;
    let left = match align {
        '<' => 0,
        '>' => marg,
        _ => marg / 2 + (marg & width & 1),
    };
    let mut out = Vec::new();
    out.try_reserve(width as usize)
        .map_err(|_| AlgError::new(crate::num::ExcKind::MemoryError, ""))?;
    out.resize(left as usize, fill);
    out.extend_from_slice(b);
    out.resize(width as usize, fill);
    Ok(out)
}

/// `b.zfill(width)`.
pub fn zfill(b: &[u8], width: i64) -> AlgResult<Vec<u8>> {
    let len = b.len() as i64;
    if width <= len {
        return Ok(b.to_vec());
    }
    let mut out = pad(b, width, b'0', '>')?;
    let fill = (width - len) as usize;
    if let Some(&s @ (b'+' | b'-')) = b.first() {
        out[0] = s;
        out[fill] = b'0';
    }
    Ok(out)
}

/// `b.expandtabs(tabsize)`.
pub fn expandtabs(b: &[u8], tabsize: i64) -> AlgResult<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in b {
        if c == b'\t' {
            if tabsize > 0 {
                let n = tabsize - col % tabsize;
                out.try_reserve(n as usize)
                    .map_err(|_| AlgError::new(crate::num::ExcKind::MemoryError, ""))?;
                out.extend(std::iter::repeat_n(b' ', n as usize));
                col = col.saturating_add(n);
            }
        } else {
            out.push(c);
            col += 1;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
#[path = "bytes_methods_tests.rs"]
mod tests;
