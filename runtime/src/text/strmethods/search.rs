//! Searching and splitting: find/rfind/index/rindex/count, replace,
//! startswith/endswith, split/rsplit, partition/rpartition,
//! strip/lstrip/rstrip, removeprefix/removesuffix.

use super::{adjust_indices, char_len, CharIndex};
use crate::num::error::{AlgError, AlgResult};
use crate::text::unicode::is_space;

/// `s.find(sub, start, end)`: lowest character index or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let ix = CharIndex::new(s);
    let (a, b) = adjust_indices(start, end, ix.len());
    if a > b || b - a < char_len(sub) {
        return -1;
    }
    let hay = ix.slice(a, b);
    match hay.find(sub) {
        Some(pos) => ix.char_at_byte(ix.byte(a) + pos) as i64,
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`: highest character index or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let ix = CharIndex::new(s);
    let (a, b) = adjust_indices(start, end, ix.len());
    if a > b || b - a < char_len(sub) {
        return -1;
    }
    let hay = ix.slice(a, b);
    match hay.rfind(sub) {
        Some(pos) => ix.char_at_byte(ix.byte(a) + pos) as i64,
        None => -1,
    }
}

fn not_found() -> AlgError {
    AlgError::value("substring not found")
}

/// `s.index(sub, start, end)`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> AlgResult<i64> {
    match find(s, sub, start, end) {
        -1 => Err(not_found()),
        i => Ok(i),
    }
}

/// `s.rindex(sub, start, end)`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> AlgResult<i64> {
    match rfind(s, sub, start, end) {
        -1 => Err(not_found()),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let ix = CharIndex::new(s);
    let (a, b) = adjust_indices(start, end, ix.len());
    if a > b {
        return 0;
    }
    if sub.is_empty() {
        return b - a + 1;
    }
    ix.slice(a, b).matches(sub).count()
}

/// `s.replace(old, new, count)`; a negative count replaces everything.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if limit == 0 {
        return s.to_string();
    }
    if old.is_empty() {
        // Insert `new` before every character and at the end.
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1).min(limit));
        let mut done = 0;
        for c in s.chars() {
            if done < limit {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < limit {
            out.push_str(new);
        }
        return out;
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    let mut done = 0;
    while done < limit {
        match rest.find(old) {
            Some(p) => {
                out.push_str(&rest[..p]);
                out.push_str(new);
                rest = &rest[p + old.len()..];
                done += 1;
            }
            None => break,
        }
    }
    out.push_str(rest);
    out
}

fn tail_match(
    ix: &CharIndex,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
    at_end: bool,
) -> bool {
    let (a, b) = adjust_indices(start, end, ix.len());
    let sub_len = char_len(sub);
    if b < sub_len || b - sub_len < a {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    let region = ix.slice(a, b);
    if at_end {
        region.ends_with(sub)
    } else {
        region.starts_with(sub)
    }
}

/// `s.startswith(prefixes, start, end)` (one prefix or a tuple of them).
pub fn startswith(s: &str, prefixes: &[&str], start: Option<i64>, end: Option<i64>) -> bool {
    let ix = CharIndex::new(s);
    prefixes
        .iter()
        .any(|p| tail_match(&ix, p, start, end, false))
}

/// `s.endswith(suffixes, start, end)`.
pub fn endswith(s: &str, suffixes: &[&str], start: Option<i64>, end: Option<i64>) -> bool {
    let ix = CharIndex::new(s);
    suffixes
        .iter()
        .any(|p| tail_match(&ix, p, start, end, true))
}

fn empty_separator() -> AlgError {
    AlgError::value("empty separator")
}

/// `s.split(sep, maxsplit)`; `sep = None` splits on runs of whitespace.
/// A negative maxsplit means no limit.
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> AlgResult<Vec<String>> {
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        None => {
            let mut rest = s;
            while left > 0 {
                rest = rest.trim_start_matches(is_space);
                if rest.is_empty() {
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                out.push(rest[..end].to_string());
                rest = &rest[end..];
                left -= 1;
            }
            let rest = rest.trim_start_matches(is_space);
            if !rest.is_empty() {
                out.push(rest.to_string());
            }
        }
        Some("") => return Err(empty_separator()),
        Some(sep) => {
            let mut rest = s;
            while left > 0 {
                match rest.find(sep) {
                    Some(p) => {
                        out.push(rest[..p].to_string());
                        rest = &rest[p + sep.len()..];
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push(rest.to_string());
        }
    }
    Ok(out)
}

/// `s.rsplit(sep, maxsplit)`.
pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> AlgResult<Vec<String>> {
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        None => {
            let mut rest = s;
            while left > 0 {
                rest = rest.trim_end_matches(is_space);
                if rest.is_empty() {
                    break;
                }
                let start = rest
                    .rfind(is_space)
                    .map(|p| p + rest[p..].chars().next().map_or(1, char::len_utf8))
                    .unwrap_or(0);
                out.push(rest[start..].to_string());
                rest = &rest[..start];
                left -= 1;
            }
            let rest = rest.trim_end_matches(is_space);
            if !rest.is_empty() {
                out.push(rest.to_string());
            }
        }
        Some("") => return Err(empty_separator()),
        Some(sep) => {
            let mut rest = s;
            while left > 0 {
                match rest.rfind(sep) {
                    Some(p) => {
                        out.push(rest[p + sep.len()..].to_string());
                        rest = &rest[..p];
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push(rest.to_string());
        }
    }
    out.reverse();
    Ok(out)
}

/// `s.partition(sep)`.
pub fn partition<'a>(s: &'a str, sep: &str) -> AlgResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.find(sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> AlgResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => ("", "", s),
    })
}

/// `s.strip(chars)`; `None` strips Python whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(cs) => s.trim_start_matches(|c| cs.contains(c)),
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(cs) => s.trim_end_matches(|c| cs.contains(c)),
    }
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}
