//! Test-only reader for the golden files recorded from CPython by the
//! `golden/gen.py` scripts (format described there): one case per line,
//! tab-separated, typed fields, then `ok <value>` or `err <class> <msg>`.

use super::error::{AlgError, ExcKind};
use num_bigint::BigInt;

#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    I(BigInt),
    F(f64),
    S(String),
    B(bool),
    Y(Vec<u8>),
    C(f64, f64),
    T(Vec<Val>),
    /// None.
    N,
    /// A list (never nested inside a tuple in the golden files).
    L(Vec<Val>),
    /// A dict with str keys, in insertion order.
    D(Vec<(String, Val)>),
}

#[allow(dead_code)]
impl Val {
    pub fn int(&self) -> BigInt {
        match self {
            Val::I(v) => v.clone(),
            other => panic!("expected int, got {other:?}"),
        }
    }
    pub fn float(&self) -> f64 {
        match self {
            Val::F(v) => *v,
            other => panic!("expected float, got {other:?}"),
        }
    }
    pub fn str(&self) -> String {
        match self {
            Val::S(v) => v.clone(),
            other => panic!("expected str, got {other:?}"),
        }
    }
    pub fn boolean(&self) -> bool {
        match self {
            Val::B(v) => *v,
            other => panic!("expected bool, got {other:?}"),
        }
    }
    pub fn bytes(&self) -> Vec<u8> {
        match self {
            Val::Y(v) => v.clone(),
            other => panic!("expected bytes, got {other:?}"),
        }
    }
    pub fn items(&self) -> Vec<Val> {
        match self {
            Val::T(v) => v.clone(),
            other => panic!("expected tuple, got {other:?}"),
        }
    }
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

pub fn parse_val(s: &str) -> Val {
    let (tag, body) = s.split_at(1);
    match tag {
        "i" => {
            let (neg, digits) = match body.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, body),
            };
            let v = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap();
            Val::I(if neg { -v } else { v })
        }
        "f" => Val::F(f64::from_bits(u64::from_str_radix(body, 16).unwrap())),
        "h" => Val::S(String::from_utf8(unhex(body)).unwrap()),
        "b" => Val::B(body == "1"),
        "y" => Val::Y(unhex(body)),
        "c" => {
            let (a, b) = body.split_once(',').unwrap();
            Val::C(parse_val(a).float(), parse_val(b).float())
        }
        "t" => Val::T(if body.is_empty() {
            vec![]
        } else {
            body.split(',').map(parse_val).collect()
        }),
        "n" => Val::N,
        "x" => parse_val(&String::from_utf8(unhex(body)).unwrap()),
        "l" => Val::L(if body.is_empty() {
            vec![]
        } else {
            body.split(',').map(parse_val).collect()
        }),
        "d" => Val::D(if body.is_empty() {
            vec![]
        } else {
            body.split(';')
                .map(|kv| {
                    let (k, v) = kv.split_once('=').unwrap();
                    (parse_val(k).str(), parse_val(v))
                })
                .collect()
        }),
        _ => panic!("bad golden field {s:?}"),
    }
}

/// One recorded case.
pub struct Case {
    pub op: String,
    pub args: Vec<Val>,
    pub expect: Result<Val, (String, String)>,
    pub line: usize,
}

pub fn parse_cases(text: &str) -> Vec<Case> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let pos = fields
            .iter()
            .rposition(|f| *f == "ok" || *f == "err")
            .unwrap();
        // "err" is followed by two fields; "ok" by one.
        let (pos, expect) = if fields[pos] == "ok" && pos == fields.len() - 2 {
            (pos, Ok(parse_val(fields[pos + 1])))
        } else {
            let p = fields.iter().rposition(|f| *f == "err").unwrap();
            (
                p,
                Err((fields[p + 1].to_string(), parse_val(fields[p + 2]).str())),
            )
        };
        out.push(Case {
            op: fields[0].to_string(),
            args: fields[1..pos].iter().map(|f| parse_val(f)).collect(),
            expect,
            line: n + 1,
        });
    }
    out
}

pub fn kind_name(k: ExcKind) -> &'static str {
    match k {
        ExcKind::ValueError => "ValueError",
        ExcKind::OverflowError => "OverflowError",
        ExcKind::ZeroDivisionError => "ZeroDivisionError",
        ExcKind::TypeError => "TypeError",
        ExcKind::IndexError => "IndexError",
        ExcKind::KeyError => "KeyError",
        ExcKind::MemoryError => "MemoryError",
    }
}

/// Compares a result with the recorded expectation; returns a description
/// of the mismatch, if any.
pub fn check(case: &Case, got: Result<Val, AlgError>) -> Option<String> {
    let same = |a: &Val, b: &Val| -> bool {
        match (a, b) {
            (Val::F(x), Val::F(y)) => (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits(),
            (Val::T(x), Val::T(y)) => {
                x.len() == y.len()
                    && x.iter().zip(y).all(|(p, q)| match (p, q) {
                        (Val::F(x), Val::F(y)) => {
                            (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits()
                        }
                        _ => p == q,
                    })
            }
            (Val::C(a1, b1), Val::C(a2, b2)) => {
                let eq =
                    |x: &f64, y: &f64| (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits();
                eq(a1, a2) && eq(b1, b2)
            }
            _ => a == b,
        }
    };
    match (&case.expect, &got) {
        (Ok(want), Ok(g)) if same(want, g) => None,
        (Err((k, m)), Err(e)) if kind_name(e.kind) == k && &e.msg == m => None,
        _ => Some(format!(
            "line {}: {} {:?}: want {:?}, got {:?}",
            case.line,
            case.op,
            case.args
                .iter()
                .map(|a| format!("{a:?}").chars().take(80).collect::<String>())
                .collect::<Vec<_>>(),
            case.expect
                .as_ref()
                .map(|v| format!("{v:?}").chars().take(200).collect::<String>()),
            got.map(|v| format!("{v:?}").chars().take(200).collect::<String>())
        )),
    }
}

/// Runs every case through `run`, collecting mismatches; panics listing
/// them (up to 30) if any. Cases for which `run` returns None are skipped
/// but counted so a silently empty run fails.
pub fn run_golden(text: &str, mut run: impl FnMut(&Case) -> Option<Result<Val, AlgError>>) {
    let cases = parse_cases(text);
    let mut failures = Vec::new();
    let mut ran = 0;
    for c in &cases {
        if let Some(got) = run(c) {
            ran += 1;
            if let Some(msg) = check(c, got) {
                failures.push(msg);
            }
        } else {
            failures.push(format!("line {}: unhandled op {}", c.line, c.op));
        }
    }
    assert!(ran > 0, "no golden cases ran");
    if !failures.is_empty() {
        let n = failures.len();
        failures.truncate(30);
        panic!(
            "{n} of {} golden cases failed:\n{}",
            cases.len(),
            failures.join("\n")
        );
    }
}
