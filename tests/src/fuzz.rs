//! Input generation for the fuzz test (`tests/tests/fuzz.rs`): a tiny
//! deterministic PRNG, mutation operators that splice, drop, swap and
//! re-indent byte ranges and insert token-like chunks, and the numbered
//! input sets (random bytes, mutants of every corpus file).
//!
//! Invariant: an input set is a pure function of its parameters, so a child
//! process regenerates exactly the inputs its parent numbered.

use crate::{files_with_suffix, tests_dir};

/// xorshift64* — tiny, deterministic, good enough to pick mutations.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform-ish in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// Fragments that stress the tokenizer and parser when spliced in anywhere.
pub const CHUNKS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "\n",
    "\r\n",
    "\r",
    "    ",
    "\t",
    "\\",
    "\\\n",
    "#",
    ":",
    ";",
    ",",
    ".",
    "...",
    "=",
    ":=",
    "->",
    "**",
    "*",
    "@",
    "!",
    "~",
    "def ",
    "class ",
    "lambda ",
    "lambda: ",
    "if ",
    "else ",
    "elif ",
    "for ",
    "in ",
    "while ",
    "try:",
    "except* ",
    "finally:",
    "with ",
    "as ",
    "return ",
    "yield ",
    "yield from ",
    "await ",
    "async ",
    "match ",
    "case ",
    "_",
    "global x",
    "nonlocal x",
    "del ",
    "import ",
    "from . import ",
    "f'",
    "f\"",
    "rb'",
    "fr'",
    "b'",
    "u'",
    "{x!r:>{w}}",
    "{",
    "}}",
    "{{",
    "0x",
    "0b2",
    "1_",
    "1e",
    "1j",
    "0o9",
    "1.2.3",
    "é",
    "\u{1F600}",
    "\u{0}",
    "\u{feff}",
    "\x0c",
    "# coding: latin-1\n",
    "# -*- coding: utf-8 -*-\n",
    "pass",
    "None",
    "x",
    "1",
];

/// One random edit of `buf`.
pub fn mutate_once(rng: &mut Rng, buf: &mut Vec<u8>) {
    let len = buf.len();
    let pick_range = |rng: &mut Rng| {
        if len == 0 {
            return (0, 0);
        }
        let start = rng.below(len);
        let max = (len - start).min(64);
        (start, start + 1 + rng.below(max))
    };
    match rng.below(8) {
        0 => {
            let (a, b) = pick_range(rng);
            buf.drain(a..b);
        }
        1 => {
            let (a, b) = pick_range(rng);
            let copy = buf[a..b].to_vec();
            let at = rng.below(len + 1);
            buf.splice(at..at, copy);
        }
        2 => {
            // Swap two non-overlapping ranges.
            let (a, b) = pick_range(rng);
            let (c, d) = pick_range(rng);
            if b <= c || d <= a {
                let (first, second) = if b <= c {
                    ((a, b), (c, d))
                } else {
                    ((c, d), (a, b))
                };
                let x = buf[first.0..first.1].to_vec();
                let y = buf[second.0..second.1].to_vec();
                buf.splice(second.0..second.1, x);
                buf.splice(first.0..first.1, y);
            }
        }
        3 | 4 => {
            let chunk = CHUNKS[rng.below(CHUNKS.len())].as_bytes().to_vec();
            let at = rng.below(len + 1);
            buf.splice(at..at, chunk);
        }
        5 => {
            if len > 0 {
                let at = rng.below(len);
                buf[at] = (rng.next_u64() & 0xff) as u8;
            }
        }
        6 => {
            // Re-indent a line: insert or remove leading whitespace.
            let lines: Vec<usize> = std::iter::once(0)
                .chain(
                    buf.iter()
                        .enumerate()
                        .filter(|(_, &b)| b == b'\n')
                        .map(|(i, _)| i + 1),
                )
                .filter(|&i| i <= len)
                .collect();
            let at = lines[rng.below(lines.len())];
            if rng.chance(50) {
                let ws: &[u8] = if rng.chance(70) { b"    " } else { b"\t" };
                buf.splice(at..at, ws.iter().copied());
            } else {
                let end = buf[at..]
                    .iter()
                    .take_while(|&&b| b == b' ' || b == b'\t')
                    .count();
                buf.drain(at..at + end.min(1 + rng.below(8)));
            }
        }
        _ => {
            // Duplicate a whole line somewhere else (usually breaks nesting).
            let starts: Vec<usize> = std::iter::once(0)
                .chain(
                    buf.iter()
                        .enumerate()
                        .filter(|(_, &b)| b == b'\n')
                        .map(|(i, _)| i + 1),
                )
                .filter(|&i| i < len)
                .collect();
            if !starts.is_empty() {
                let s = starts[rng.below(starts.len())];
                let e = buf[s..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(len, |p| s + p + 1);
                let line = buf[s..e].to_vec();
                let at = starts[rng.below(starts.len())];
                buf.splice(at..at, line);
            }
        }
    }
}

/// Every `.py` file of the corpus (`tests/emit`, `tests/programs`) with its
/// path relative to `tests/`.
pub fn corpus_sources() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in ["emit", "programs"] {
        for path in files_with_suffix(&tests_dir().join(dir), ".py") {
            if let Ok(bytes) = std::fs::read(&path) {
                let label = path
                    .strip_prefix(tests_dir())
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                out.push((label, bytes));
            }
        }
    }
    assert!(
        out.len() > 100,
        "corpus not found under {}",
        tests_dir().display()
    );
    out
}

/// Random input number `i`: up to 300 bytes, mostly drawn from characters
/// that matter to Python's tokenizer, otherwise arbitrary bytes.
pub fn random_input(i: usize) -> Vec<u8> {
    let alphabet = b"abcxyz_019 \t\n\r()[]{}:;,.=+-*/%<>!~^&|@'\"\\#";
    let mut rng = Rng::new(0x5EED_0000 + i as u64);
    let len = rng.below(300);
    let python_like = rng.chance(60);
    (0..len)
        .map(|_| {
            if python_like {
                alphabet[rng.below(alphabet.len())]
            } else {
                (rng.next_u64() & 0xff) as u8
            }
        })
        .collect()
}

/// The corpus files, each followed by `per_file` mutants of it (1 to 6
/// random edits each), as (label, bytes).
pub fn mutant_inputs(per_file: usize) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for (fi, (label, original)) in corpus_sources().into_iter().enumerate() {
        out.push((label.clone(), original.clone()));
        for k in 0..per_file {
            let mut rng = Rng::new(((fi as u64) << 16) ^ k as u64 ^ 0xF0221);
            let mut buf = original.clone();
            let edits = 1 + rng.below(6);
            for _ in 0..edits {
                mutate_once(&mut rng, &mut buf);
            }
            out.push((format!("{label}#mutant{k}"), buf));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_deterministic() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        let xs: Vec<u64> = (0..5).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..5).map(|_| b.next_u64()).collect();
        assert_eq!(xs, ys);
        assert!(xs.windows(2).all(|w| w[0] != w[1]));
        assert_eq!(random_input(3), random_input(3));
    }

    #[test]
    fn mutations_never_panic() {
        let mut buf = b"def f(x):\n    return x\n".to_vec();
        let mut rng = Rng::new(1);
        for _ in 0..5000 {
            mutate_once(&mut rng, &mut buf);
            if buf.len() > 4096 {
                buf.truncate(64);
            }
        }
        let mut empty = Vec::new();
        for _ in 0..100 {
            mutate_once(&mut rng, &mut empty);
            empty.clear();
        }
    }
}
