//! `str` methods that are pure algorithms on text, with CPython 3.11's
//! Unicode semantics. Submodules: [`search`] (find/count/replace/
//! startswith/split/partition/strip), [`case`] (case mappings and the `is*`
//! predicates), [`layout`] (padding, zfill, expandtabs, splitlines, repeat,
//! join), [`translate`] (`str.translate`).
//!
//! Index convention: every index a Python program sees is a character
//! (code point) index; arguments named `start`/`end` are Python slice
//! bounds (possibly negative, `None` for absent) and are clamped exactly as
//! CPython's `ADJUST_INDICES` does. Results that are indexes are character
//! indexes too. Internally positions are converted to byte offsets once.

pub mod case;
pub mod layout;
pub mod search;
pub mod translate;

/// Clamps Python `start`/`end` arguments against a length of `len`
/// characters (negative values count from the end). `start` may end up
/// greater than `end`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len_i = len as i64;
    let mut e = end.unwrap_or(len_i);
    if e > len_i {
        e = len_i;
    } else if e < 0 {
        e = (e + len_i).max(0);
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s = (s + len_i).max(0);
    }
    (s.max(0) as usize, e as usize)
}

/// Character-index <-> byte-offset mapping for one string.
pub struct CharIndex<'a> {
    s: &'a str,
    /// Byte offset of every char boundary (len + 1 entries); empty when the
    /// string is ASCII (then offsets equal indexes).
    offsets: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    pub fn new(s: &'a str) -> Self {
        let offsets = if s.is_ascii() {
            Vec::new()
        } else {
            let mut v: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
            v.push(s.len());
            v
        };
        CharIndex { s, offsets }
    }
    /// Number of characters.
    pub fn len(&self) -> usize {
        if self.offsets.is_empty() {
            self.s.len()
        } else {
            self.offsets.len() - 1
        }
    }
    pub fn is_empty(&self) -> bool {
        self.s.is_empty()
    }
    /// Byte offset of character index `i` (`i <= len`).
    pub fn byte(&self, i: usize) -> usize {
        if self.offsets.is_empty() {
            i
        } else {
            self.offsets[i]
        }
    }
    /// Character index of byte offset `b` (a char boundary).
    pub fn char_at_byte(&self, b: usize) -> usize {
        if self.offsets.is_empty() {
            b
        } else {
            self.offsets.partition_point(|&o| o < b)
        }
    }
    /// The substring between two character indexes.
    pub fn slice(&self, from: usize, to: usize) -> &'a str {
        &self.s[self.byte(from)..self.byte(to)]
    }
}

/// Number of characters of `s`.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
