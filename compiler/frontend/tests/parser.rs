//! Focused parser tests: the entry points other than `parse_module`
//! (expressions, interactive input, f-string replacement fields with their
//! shifted positions), CPython's nesting limits, and robustness against
//! token soup (random sequences of Python tokens, which reach far more
//! grammar paths than random bytes). The golden comparison of whole files
//! against CPython lives in tests/tests/emit.rs (tests/emit/parser,
//! tests/emit/errors).

use pyc_frontend::ast::{dump::dump_mod, Expr, ExprKind, Loc, Mod};
use pyc_frontend::parser::{
    parse_expression, parse_fstring_replacement, parse_interactive, parse_module,
};
use pyc_frontend::ErrorKind;

/// Runs `f` on a thread with the driver's 512 MB stack.
fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("parser thread panicked")
}

fn loc(e: &Expr) -> (u32, u32, u32, u32) {
    let Loc {
        lineno,
        col_offset,
        end_lineno,
        end_col_offset,
    } = e.loc;
    (lineno, col_offset, end_lineno, end_col_offset)
}

#[test]
fn expression_mode() {
    let m = parse_expression("a + b * 2\n").expect("parses");
    let Mod::Expression { body } = m else {
        panic!("not an Expression")
    };
    assert_eq!(loc(&body), (1, 0, 1, 9));
    assert!(matches!(body.kind, ExprKind::BinOp { .. }));
    // A statement is not an expression.
    let e = parse_expression("x = 1").unwrap_err();
    assert_eq!(e.msg, "invalid syntax");
    assert_eq!((e.lineno, e.offset), (1, 3));
}

#[test]
fn interactive_mode() {
    let m = parse_interactive("x = 1; y = 2\n").expect("parses");
    let Mod::Interactive { body } = m else {
        panic!("not Interactive")
    };
    assert_eq!(body.len(), 2);
}

#[test]
fn fstring_replacement_positions_are_shifted() {
    // As in `f"ab{x + 1}"` on line 3 with the f-string at column 6: the
    // fragment starts at byte column 10.
    let e = parse_fstring_replacement("x + 1", 3, 10).expect("parses");
    assert_eq!(loc(&e), (3, 10, 3, 15));
    let ExprKind::BinOp { left, .. } = &e.kind else {
        panic!("not a BinOp")
    };
    assert_eq!(loc(left), (3, 10, 3, 11));
    // Leading blanks are part of the fragment.
    let e = parse_fstring_replacement("  y", 1, 3).expect("parses");
    assert_eq!(loc(&e), (1, 5, 1, 6));
    // A second line of the fragment is not shifted in columns.
    let e = parse_fstring_replacement("a +\nb", 2, 7).expect("parses");
    assert_eq!(loc(&e), (2, 7, 3, 1));
}

#[test]
fn fstring_replacement_errors_are_prefixed() {
    let e = parse_fstring_replacement("a b", 1, 3).unwrap_err();
    assert_eq!(
        e.msg,
        "f-string: invalid syntax. Perhaps you forgot a comma?"
    );
    // Columns are those of the parenthesized fragment, as CPython reports.
    assert_eq!((e.offset, e.end_offset), (2, 5));
    let e = parse_fstring_replacement("*x", 1, 3).unwrap_err();
    assert_eq!(e.msg, "f-string: cannot use starred expression here");
}

/// The nesting depth at which CPython 3.11's parser gives up with a
/// MemoryError, for chains it parses recursively.
#[test]
fn nesting_limits_match_cpython() {
    let cases: Vec<(String, String)> = vec![
        ("-".repeat(5969) + "1", "-".repeat(5970) + "1"),
        ("not ".repeat(5969) + "1", "not ".repeat(5970) + "1"),
        (
            "1 if 1 else ".repeat(5969) + "1",
            "1 if 1 else ".repeat(5970) + "1",
        ),
        ("2**".repeat(2984) + "1", "2**".repeat(2985) + "1"),
        ("lambda:".repeat(2984) + "1", "lambda:".repeat(2985) + "1"),
        (
            "if x: pass\n".to_string() + &"elif x: pass\n".repeat(5966),
            "if x: pass\n".to_string() + &"elif x: pass\n".repeat(5967),
        ),
    ];
    big_stack(move || {
        for (ok, too_deep) in cases {
            assert!(parse_module(&ok).is_ok(), "{}...", &ok[..20]);
            let e = parse_module(&too_deep).unwrap_err();
            assert_eq!(e.kind, ErrorKind::MemoryError, "{}...", &too_deep[..20]);
        }
    });
}

#[test]
fn long_flat_inputs_parse() {
    big_stack(|| {
        // Left-associative chains are loops, not recursion.
        let src = format!("x = {}\n", vec!["a"; 100_000].join(" + "));
        assert!(parse_module(&src).is_ok());
        let src = format!("x = a{}\n", ".b".repeat(100_000));
        assert!(parse_module(&src).is_ok());
        // A 10 MB line.
        let src = format!("x = '{}'\n", "a".repeat(10 << 20));
        assert!(parse_module(&src).is_ok());
        // 201 nested brackets are too many (the tokenizer's limit).
        let src = format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201));
        let e = parse_module(&src).unwrap_err();
        assert_eq!(e.msg, "too many nested parentheses");
        let src = format!("x = {}1{}\n", "[".repeat(200), "]".repeat(200));
        assert!(parse_module(&src).is_ok());
    });
}

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const VOCAB: &[&str] = &[
    "x", "y", "_", "match", "case", "print", "1", "2.5", "3j", "'s'", "f'{x}'", "b'b'", "(", ")",
    "[", "]", "{", "}", ",", ":", ";", ".", "...", "=", "==", ":=", "+", "-", "*", "**", "/", "//",
    "%", "@", "|", "&", "^", "~", "<", ">", "<=", "!=", "<<", "+=", "->", "if", "else", "elif",
    "for", "in", "not", "is", "and", "or", "lambda", "def", "class", "return", "yield", "from",
    "import", "as", "with", "async", "await", "try", "except", "finally", "while", "break", "del",
    "global", "nonlocal", "assert", "raise", "pass", "None", "True", "False", "\n", "\n    ",
    "\n  ", "\n", "\\\n",
];

#[test]
fn token_soup_never_panics() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let inputs: Vec<String> = (0..3000)
        .map(|_| {
            let n = 1 + rng.next() % 40;
            let mut s = String::new();
            for _ in 0..n {
                s.push_str(rng.pick(VOCAB));
                s.push(' ');
            }
            s
        })
        .collect();
    big_stack(move || {
        let mut parsed = 0;
        for src in &inputs {
            match parse_module(src) {
                Ok(m) => {
                    parsed += 1;
                    let _ = dump_mod(&m, true);
                }
                Err(e) => {
                    assert!(
                        !e.msg.is_empty() || e.kind == ErrorKind::MemoryError,
                        "{src:?}"
                    );
                    let _ = e.render("soup.py");
                }
            }
        }
        // Some soups are valid Python; most are not.
        assert!(parsed > 0 && parsed < inputs.len());
    });
}

/// Valid programs with one token deleted, duplicated or swapped.
#[test]
fn mutated_programs_never_panic() {
    let base = "import os\n@dec\nasync def f(a, /, b=1, *c, d, **e) -> int:\n    \
                with (open(a) as x, y):\n        match x:\n            case [1, *r] | {\"k\": _} if r:\n                \
                return [i async for i in c if i]\n    try:\n        del a[1:2, ::3]\n    except* E as g:\n        \
                raise g from None\n    x: int = lambda q=1: (yield q)\n    return f\"{x!r:>{d}}\"\nclass C(B, k=1): pass\n";
    let words: Vec<&str> = base.split(' ').collect();
    let mut rng = Rng(12345);
    let mut inputs = Vec::new();
    for _ in 0..2000 {
        let mut w = words.clone();
        let i = (rng.next() % w.len() as u64) as usize;
        let j = (rng.next() % w.len() as u64) as usize;
        match rng.next() % 3 {
            0 => {
                w.remove(i);
            }
            1 => {
                let x = w[i];
                w.insert(j, x);
            }
            _ => w.swap(i, j),
        }
        inputs.push(w.join(" "));
    }
    big_stack(move || {
        for src in &inputs {
            if let Err(e) = parse_module(src) {
                let _ = e.render("mutant.py");
            }
        }
    });
}

#[test]
fn interactive_mode_takes_one_statement() {
    let e = parse_interactive("x=1\ny=2").unwrap_err();
    assert_eq!(
        e.msg,
        "multiple statements found while compiling a single statement"
    );
    assert_eq!((e.lineno, e.offset, e.end_offset), (1, 4, 4));
    let e = parse_interactive("x = (1 +\n2)\nz").unwrap_err();
    assert_eq!((e.lineno, e.offset), (2, 3));
    assert!(parse_interactive("x=1\n\n").is_ok());
    assert!(parse_interactive("if x:\n  pass\n").is_ok());
}
