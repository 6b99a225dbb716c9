//! Unit tests of the tokenizer as a whole: CPython's error messages and
//! positions for the C-tokenizer stream, and robustness (no panic, no
//! recursion, linear time) on hostile inputs in both modes.

use super::*;

fn err(src: &str) -> (String, u32, u32, u32) {
    let t = tokenize(src);
    let e = t.error.expect("expected a tokenizer error");
    (e.msg, e.lineno, e.offset, e.end_offset)
}

fn e(msg: &str, line: u32, off: u32, end: u32) -> (String, u32, u32, u32) {
    (msg.to_string(), line, off, end)
}

#[test]
fn error_messages_and_positions() {
    assert_eq!(err("x = 1)\n"), e("unmatched ')'", 1, 6, 6));
    assert_eq!(
        err("x = (1,\n2]\n"),
        e(
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
            2,
            2,
            2
        )
    );
    assert_eq!(
        err("x = (1]\n"),
        e(
            "closing parenthesis ']' does not match opening parenthesis '('",
            1,
            7,
            7
        )
    );
    assert_eq!(err("x = (1,\n2\n"), e("'(' was never closed", 1, 5, 0));
    assert_eq!(
        err("a = \"abc\n"),
        e("unterminated string literal (detected at line 1)", 1, 5, 5)
    );
    assert_eq!(
        err("a = \"\"\"abc\n\n"),
        e(
            "unterminated triple-quoted string literal (detected at line 2)",
            1,
            5,
            5
        )
    );
    assert_eq!(
        err("x = 'abc\\\ndef\n"),
        e("unterminated string literal (detected at line 2)", 1, 5, 5)
    );
    assert_eq!(
        err("x = 1€\n"),
        e("invalid character '€' (U+20AC)", 1, 6, 6)
    );
    assert_eq!(
        err("x = \u{a0} 1\n"),
        e("invalid non-printable character U+00A0", 1, 5, 5)
    );
    assert_eq!(
        err("x = \x01\n"),
        e("invalid non-printable character U+0001", 1, 5, 5)
    );
    assert_eq!(err("x = 1a\n"), e("invalid decimal literal", 1, 5, 5));
    assert_eq!(err("x = 0x\n"), e("invalid hexadecimal literal", 1, 6, 6));
    assert_eq!(
        err("x = 0o8\n"),
        e("invalid digit '8' in octal literal", 1, 7, 7)
    );
    assert_eq!(
        err("x = 0b2\n"),
        e("invalid digit '2' in binary literal", 1, 7, 7)
    );
    assert_eq!(
        err("x = 012\n"),
        e(
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
            1,
            5,
            6
        )
    );
    assert_eq!(err("x = 1__0\n"), e("invalid decimal literal", 1, 6, 6));
    assert_eq!(
        err("x = 1 \\\n"),
        e("unexpected EOF while parsing", 1, 8, 0)
    );
    assert_eq!(
        err("a = 1\nx = 1 \\ y\n"),
        e(
            "unexpected character after line continuation character",
            2,
            8,
            0
        )
    );
    assert_eq!(
        err("if x:\n  a\n\tb\n"),
        e(
            "inconsistent use of tabs and spaces in indentation",
            3,
            1,
            0
        )
    );
    assert_eq!(
        err("if x:\n    a\n  b = 1\n"),
        e(
            "unindent does not match any outer indentation level",
            3,
            8,
            0
        )
    );
    let t = tokenize("if x:\n  a\n\tb\n");
    assert_eq!(t.error.map(|e| e.kind), Some(crate::ErrorKind::TabError));
    assert_eq!(t.error_origin, Some(ErrorOrigin::Code));
    let t = tokenize("x = (\n1\n");
    assert_eq!(
        t.error_origin,
        Some(ErrorOrigin::UnclosedBracket { line: 1 })
    );
}

#[test]
fn token_stream_basics() {
    let src = "if x:\n    y = (1,\n  2) # c\n\n\nz = f\"a{b}c\" + 0x_1\n";
    let kinds: Vec<TokenKind> = tokenize(src).tokens.iter().map(|t| t.kind).collect();
    use TokenKind::*;
    assert_eq!(
        kinds,
        [
            Name, Name, Colon, Newline, Indent, Name, Equal, LPar, Number, Comma, Number, RPar,
            Newline, Dedent, Name, Equal, String, Plus, Number, Newline, EndMarker
        ]
    );
    let t = tokenize("x = 1if y else 2\n");
    assert!(t.error.is_none());
    assert_eq!(t.warnings.len(), 1);
    assert_eq!(t.warnings[0].msg, "invalid decimal literal");
    // `$`, `?`, `!` reach the parser as generic operators.
    let t = tokenize("a $ b ? c ! d\n");
    assert!(t.error.is_none());
    assert_eq!(t.tokens.iter().filter(|t| t.kind == Op).count(), 3);
}

#[test]
fn nesting_limits() {
    let deep = "(".repeat(100_000);
    assert_eq!(err(&deep).0, "too many nested parentheses");
    let ok = format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199));
    assert!(tokenize(&ok).error.is_none());
    let mut src = String::new();
    for level in 0..120 {
        src.push_str(&" ".repeat(level));
        src.push_str("if x:\n");
    }
    let t = tokenize(&src);
    let e = t.error.expect("too deep");
    assert_eq!(e.msg, "too many levels of indentation");
    assert_eq!(e.kind, crate::ErrorKind::IndentationError);
    assert_eq!(e.lineno, 101);
    // The listing mode has no such limits.
    assert!(listing::listing_tokens(deep.as_bytes(), "f.py").is_err());
    let closed = format!("{}{}\n", "(".repeat(100_000), ")".repeat(100_000));
    assert!(listing::listing_tokens(closed.as_bytes(), "f.py").is_ok());
}

#[test]
fn huge_line() {
    let mut src = String::with_capacity(10 << 20);
    src.push_str("x = [");
    while src.len() < 10 << 20 {
        src.push_str("1, 'é', ab, ");
    }
    src.push_str("]\n");
    let t = tokenize(&src);
    assert!(t.error.is_none());
    assert!(t.tokens.len() > 3_000_000);
    let listing = tokenize_listing_for(src.as_bytes(), "big.py").expect("listing");
    assert!(listing.ends_with("ENDMARKER      ''             \n"));
    let long_name = "a".repeat(10 << 20);
    assert_eq!(tokenize(&long_name).tokens.len(), 3);
}

/// A small deterministic generator (no external crates needed).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn arbitrary_bytes_never_panic() {
    let mut rng = Lcg(0x5eed);
    let pieces: [&[u8]; 16] = [
        b"(",
        b")",
        b"'",
        b"\"\"\"",
        b"\\",
        b"\n",
        b"\r",
        b"\t",
        b"  ",
        b"#",
        b"0x",
        b"1e",
        b"\xc3",
        b"\xe2\x82\xac",
        b"f'{",
        b"\x00",
    ];
    for _ in 0..3000 {
        let len = (rng.next() % 64) as usize;
        let mut bytes = Vec::with_capacity(len * 2);
        for _ in 0..len {
            if rng.next().is_multiple_of(2) {
                bytes.push((rng.next() % 256) as u8);
            } else {
                bytes.extend_from_slice(pieces[(rng.next() % 16) as usize]);
            }
        }
        let _ = tokenize_listing_for(&bytes, "random.py");
        let _ = tokenize_listing_for(&bytes, "f.py");
        if let Ok(src) = decode_source(&bytes) {
            let _ = tokenize(&src);
        }
        let lossy = String::from_utf8_lossy(&bytes);
        let t = tokenize(&lossy);
        assert_eq!(t.error.is_some(), t.error_origin.is_some());
        for tok in &t.tokens {
            assert!(tok.span.0 <= tok.span.1 && tok.span.1 as usize <= lossy.len());
            let _ = tok.text(&lossy);
        }
        let _ = try_parse_number(&lossy);
    }
}
