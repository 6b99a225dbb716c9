//! "Did you mean" hints for uncaught `NameError` / `AttributeError`, as
//! CPython 3.11 appends them to the last line of a traceback
//! (`name 'valeu' is not defined. Did you mean: 'values'?`).
//!
//! Candidates: for an AttributeError with `.name` and `.obj`, `dir(obj)`;
//! for a NameError with `.name`, the local variable names of the innermost
//! traceback frame's code, then its globals, then its builtins (the first
//! list that yields a match wins). The match is the candidate with the
//! smallest weighted Levenshtein distance over UTF-8 bytes (case flips
//! cost 1, other edits 2), within a third of the combined length, as
//! CPython computes it; more than 750 candidates or names longer than 40
//! bytes give no hint.
//!
//! Invariant: never raises; any error while gathering candidates is
//! cleared and means "no hint".

use crate::errors::exceptions::{exc_obj, ATTRIBUTE_ERROR, NAME_ERROR};
use crate::object::{decref, Value};
use crate::objects::frame::FrameObject;
use crate::objects::{code, dict, str as pystr};
use crate::types::typeobject::*;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Weighted edit distance, or `max_cost + 1` once it is certain to exceed
/// `max_cost`.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, if close enough.
fn best_match(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

/// The str items of a list/tuple/iterable (errors cleared: empty).
fn str_items(v: Value) -> Vec<String> {
    match crate::ops::protocol::sequence_to_vec(v) {
        Some(items) => {
            let out = items
                .iter()
                .filter(|&&x| pystr::is_str(x))
                .map(|&x| pystr::as_str(x).to_string())
                .collect();
            for x in items {
                decref(x);
            }
            out
        }
        None => {
            crate::errors::clear();
            Vec::new()
        }
    }
}

fn dict_keys(d: Value) -> Vec<String> {
    if d.is_null() || !dict::is_dict(d) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, v) in dict::items_vec(d) {
        if pystr::is_str(k) {
            out.push(pystr::as_str(k).to_string());
        }
        decref(k);
        decref(v);
    }
    out
}

/// `e.<attr>` from the instance dict (borrowed), when set and not None.
unsafe fn dict_attr(e: Value, attr: &str) -> Option<Value> {
    let d = (*exc_obj(e)).dict;
    if d.is_null() {
        return None;
    }
    dict::get_str(d, attr).filter(|v| !crate::objects::singletons::is_none(*v))
}

/// The innermost frame of `e`'s traceback.
unsafe fn innermost_frame(e: Value) -> *mut FrameObject {
    let mut tb = (*exc_obj(e)).traceback;
    let mut frame = std::ptr::null_mut();
    let mut steps = 0;
    while !tb.is_null() && !crate::objects::singletons::is_none(tb) && steps < 100_000 {
        let t = tb.cast::<crate::traceback::TracebackObject>();
        if !(*t).frame.is_null() {
            frame = (*t).frame.as_obj() as *mut FrameObject;
        }
        tb = (*t).next;
        steps += 1;
    }
    frame
}

/// The hint text (`Did you mean: 'x'?`) for exception `e`, if any.
pub fn suggestion_for(e: Value) -> Option<String> {
    // SAFETY: e is a live exception instance.
    unsafe {
        let ty = type_of(e);
        let name = dict_attr(e, "name").filter(|n| pystr::is_str(*n))?;
        let name_text = pystr::as_str(name).to_string();
        let found = if ty == ATTRIBUTE_ERROR.ptr() {
            let obj = dict_attr(e, "obj")?;
            let listing = crate::builtins::core::builtin_dir(Value::NULL, &[obj]);
            if listing.is_null() {
                crate::errors::clear();
                return None;
            }
            let names = str_items(listing);
            decref(listing);
            best_match(&names, &name_text)
        } else if ty == NAME_ERROR.ptr() {
            let f = innermost_frame(e);
            if f.is_null() {
                return None;
            }
            let varnames = &code::data((*f).code).src.varnames;
            best_match(varnames, &name_text)
                .or_else(|| best_match(&dict_keys((*f).globals), &name_text))
                .or_else(|| best_match(&dict_keys((*f).builtins), &name_text))
        } else {
            None
        };
        found.map(|s| format!("Did you mean: '{s}'?"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_match_cpython_weights() {
        assert_eq!(levenshtein(b"valeu", b"value", 100), 4);
        assert_eq!(levenshtein(b"abc", b"ABC", 100), 3);
        assert_eq!(levenshtein(b"", b"ab", 100), 4);
        assert_eq!(levenshtein(b"kitten", b"sitting", 1), 2);
    }

    #[test]
    fn best_match_respects_the_third_rule() {
        let c = vec!["values".to_string(), "total".to_string()];
        assert_eq!(best_match(&c, "valeu").as_deref(), Some("values"));
        assert_eq!(best_match(&c, "zzzzz"), None);
    }
}
