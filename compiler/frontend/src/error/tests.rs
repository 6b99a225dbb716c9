//! Tests for `SyntaxError::render`: each row is a `SyntaxError` as CPython
//! 3.11 raised it for a small script (kind, msg, lineno, offset, text,
//! end_lineno, end_offset — `text` without its newline, a negative
//! `end_offset` recorded as 0) and the stderr `python3 NAME.py` printed.

use super::*;

type Case = (
    ErrorKind,
    &'static str,
    u32,
    u32,
    Option<&'static str>,
    u32,
    u32,
    &'static str,
);

const CASES: &[Case] = &[
    (ErrorKind::SyntaxError, "'(' was never closed", 1, 5, Some("x = ("), 1, 0, "  File \"a.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n"),
    (ErrorKind::SyntaxError, "invalid syntax", 2, 8, Some("\t  y = = 2"), 2, 9, "  File \"b.py\", line 2\n    y = = 2\n        ^\nSyntaxError: invalid syntax\n"),
    (ErrorKind::SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, Some("x = \"\"\"abc"), 1, 5, "  File \"c.py\", line 1\n    x = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 2)\n"),
    (ErrorKind::SyntaxError, "iterable argument unpacking follows keyword argument unpacking", 1, 8, Some("f(**x, *y)"), 1, 9, "  File \"d.py\", line 1\n    f(**x, *y)\n           ^\nSyntaxError: iterable argument unpacking follows keyword argument unpacking\n"),
    (ErrorKind::SyntaxError, "invalid syntax", 1, 8, Some("é = 1 +"), 1, 8, "  File \"e.py\", line 1\n    é = 1 +\n            ^\nSyntaxError: invalid syntax\n"),
    (ErrorKind::SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 2, 3, Some("  2 3]"), 2, 6, "  File \"f.py\", line 2\n    2 3]\n    ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    (ErrorKind::SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, Some("print \"x\"   "), 1, 10, "  File \"g.py\", line 1\n    print \"x\"   \n    ^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"),
    (ErrorKind::IndentationError, "unexpected indent", 3, 3, Some("   x"), 3, 0, "  File \"h.py\", line 3\n    x\nIndentationError: unexpected indent\n"),
    (ErrorKind::IndentationError, "unindent does not match any outer indentation level", 3, 4, Some("  y"), 3, 0, "  File \"i.py\", line 3\n    y\n     ^\nIndentationError: unindent does not match any outer indentation level\n"),
    (ErrorKind::SyntaxError, "invalid syntax", 2, 5, Some(" 2 +"), 2, 5, "  File \"j.py\", line 2\n    2 +\n       ^\nSyntaxError: invalid syntax\n"),
    (ErrorKind::SyntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 6, Some("a = (1 +"), 2, 4, "  File \"k.py\", line 1\n    a = (1 +\n         ^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"),
    (ErrorKind::SyntaxError, "iterable argument unpacking follows keyword argument unpacking", 1, 8, Some("f(**x, *\"éé\")"), 1, 9, "  File \"l.py\", line 1\n    f(**x, *\"éé\")\n           ^\nSyntaxError: iterable argument unpacking follows keyword argument unpacking\n"),
    (ErrorKind::SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6, Some("x = (\"éé\" 1 2)"), 1, 12, "  File \"m.py\", line 1\n    x = (\"éé\" 1 2)\n         ^^^^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    (ErrorKind::SyntaxError, "'(' was never closed", 1, 7, Some("ééé = ("), 1, 0, "  File \"n.py\", line 1\n    ééé = (\n             ^\nSyntaxError: '(' was never closed\n"),
    (ErrorKind::SyntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, Some("\"é\" = 1"), 1, 4, "  File \"o.py\", line 1\n    \"é\" = 1\n    ^^^^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n"),
    (ErrorKind::SyntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 6, Some("a = (\"é\" +"), 2, 4, "  File \"p.py\", line 1\n    a = (\"é\" +\n         ^^^^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"),
    (ErrorKind::SyntaxError, "unexpected EOF while parsing", 1, 10, Some("x = 1 + \\"), 1, 0, "  File \"q.py\", line 1\n    x = 1 + \\\n             ^\nSyntaxError: unexpected EOF while parsing\n"),
    (ErrorKind::SyntaxError, "invalid syntax", 1, 5, Some("x = $"), 1, 6, "  File \"r.py\", line 1\n    x = $\n        ^\nSyntaxError: invalid syntax\n"),
    (ErrorKind::SyntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 6, Some("é = (\"x\" +"), 2, 3, "  File \"s.py\", line 1\n    é = (\"x\" +\n          ^^^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"),
    (ErrorKind::SyntaxError, "unexpected EOF while parsing", 1, 10, Some("é = 1 + \\"), 1, 0, "  File \"t.py\", line 1\n    é = 1 + \\\n              ^\nSyntaxError: unexpected EOF while parsing\n"),
    (ErrorKind::IndentationError, "unexpected indent", 1, 2, Some("\t\té = (1 2)"), 1, 0, "  File \"u.py\", line 1\n    é = (1 2)\nIndentationError: unexpected indent\n"),
    (ErrorKind::IndentationError, "unexpected indent", 2, 3, Some("\u{c}  y = 2 2"), 2, 0, "  File \"v.py\", line 2\n    y = 2 2\nIndentationError: unexpected indent\n"),
    (ErrorKind::SyntaxError, "f-string: empty expression not allowed", 1, 6, Some("f\"{}\""), 1, 6, "  File \"w.py\", line 1\n    f\"{}\"\n         ^\nSyntaxError: f-string: empty expression not allowed\n"),
    (ErrorKind::SyntaxError, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, Some("(a b)"), 1, 5, "  File \"x.py\", line 1\n    (a b)\n     ^^^\nSyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?\n"),
    (ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, Some("        pass"), 3, 0, "  File \"y.py\", line 3\n    pass\nTabError: inconsistent use of tabs and spaces in indentation\n"),
    (ErrorKind::SyntaxError, "bytes can only contain ASCII literal characters", 2, 1, Some("b\"é\""), 2, 5, "  File \"z.py\", line 2\n    b\"é\"\n    ^^^^^\nSyntaxError: bytes can only contain ASCII literal characters\n"),
    (ErrorKind::SyntaxError, "unterminated string literal (detected at line 1)", 1, 5, Some("x = \"abc"), 1, 5, "  File \"aa.py\", line 1\n    x = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"),
    (ErrorKind::IndentationError, "unexpected indent", 1, 2, Some("  (1 2)"), 1, 0, "  File \"ab.py\", line 1\n    (1 2)\nIndentationError: unexpected indent\n"),
    (ErrorKind::SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 2, 15, Some("  x = f\"{x!z}\""), 2, 15, "  File \"ac.py\", line 2\n    x = f\"{x!z}\"\n                ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n"),
    (ErrorKind::SyntaxError, "Generator expression must be parenthesized", 1, 3, Some("f(a for a in b, c)"), 1, 15, "  File \"ad.py\", line 1\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"),
];

#[test]
fn render_matches_cpython() {
    for &(kind, msg, lineno, offset, text, end_lineno, end_offset, want) in CASES {
        let e = SyntaxError {
            kind,
            msg: msg.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: text.map(str::to_string),
            raised_by: RaisedBy::Parser,
            text_unterminated: false,
        };
        let filename = want
            .split('"')
            .nth(1)
            .expect("report names the file")
            .to_string();
        assert_eq!(e.render(&filename), want, "{msg}");
        // A text that keeps its newline renders the same.
        let mut with_nl = e.clone();
        with_nl.text = text.map(|t| format!("{t}\n"));
        assert_eq!(with_nl.render(&filename), want, "{msg} (with newline)");
    }
}

#[test]
fn attributes_and_display() {
    let mut e = SyntaxError::new(ErrorKind::SyntaxError, "invalid syntax", 3, 5);
    e.text = Some("x = $".to_string());
    let a = e.attributes("t.py");
    assert_eq!(a.text.as_deref(), Some("x = $\n"));
    assert_eq!(
        (a.lineno, a.offset, a.end_lineno, a.end_offset),
        (3, 5, 3, 5)
    );
    assert_eq!(e.display("t.py"), "invalid syntax (t.py, line 3)");
}

/// Rows printed by CPython for `raise KIND(msg, ("f.py", ...))`: offsets
/// taken as given (what a script with an encoding declaration gets).
const CHAR_CASES: &[Case] = &[
    (ErrorKind::IndentationError, "msg", 2, 1, Some("pass"), 2, 5, "  File \"f.py\", line 2\n    pass\n    ^\nIndentationError: msg\n"),
    (ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 3, 9, Some("\tif x:"), 3, 12, "  File \"f.py\", line 3\n    if x:\n         ^\nTabError: inconsistent use of tabs and spaces in indentation\n"),
    (ErrorKind::SyntaxError, "m", 1, 3, Some("abcdef"), 1, 40, "  File \"f.py\", line 1\n    abcdef\n      ^^^^^\nSyntaxError: m\n"),
    (ErrorKind::SyntaxError, "m", 1, 0, Some("abc"), 1, 0, "  File \"f.py\", line 1\n    abc\nSyntaxError: m\n"),
    (ErrorKind::SyntaxError, "m", 1, 9, Some("abc"), 1, 12, "  File \"f.py\", line 1\n    abc\n       ^\nSyntaxError: m\n"),
    (ErrorKind::SyntaxError, "m", 1, 2, Some("  x"), 1, 3, "  File \"f.py\", line 1\n    x\nSyntaxError: m\n"),
    (ErrorKind::SyntaxError, "m", 1, 3, Some("ab\ncd"), 1, 4, "  File \"f.py\", line 1\n    ab\ncd\n      ^\nSyntaxError: m\n"),
    (ErrorKind::SyntaxError, "m", 1, 5, Some("ab\ncdef"), 1, 7, "  File \"f.py\", line 1\n    cdef\n     ^^\nSyntaxError: m\n"),
    (ErrorKind::SyntaxError, "m", 1, 2, Some("éé = ü"), 2, 1, "  File \"f.py\", line 1\n    éé = ü\n     ^^^^^^^^\nSyntaxError: m\n"),
    (ErrorKind::SyntaxError, "m", 1, 4, Some("éé = ü"), 1, 7, "  File \"f.py\", line 1\n    éé = ü\n       ^^^\nSyntaxError: m\n"),
];

#[test]
fn render_chars_matches_cpython() {
    for &(kind, msg, lineno, offset, text, end_lineno, end_offset, want) in CHAR_CASES {
        let e = SyntaxError {
            kind,
            msg: msg.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: text.map(str::to_string),
            raised_by: RaisedBy::Parser,
            text_unterminated: false,
        };
        assert_eq!(e.render_chars("f.py"), want, "{text:?}");
    }
}

/// A tokenizer-raised error: CPython prints its character offset as is
/// (`v54 = \'\'\'é\'\'\')`: "unmatched ')'" at offset 14).
#[test]
fn tokenizer_errors_keep_character_columns() {
    let mut e = SyntaxError::new(ErrorKind::SyntaxError, "unmatched ')'", 1, 14);
    e.text = Some("v54 = \'\'\'é\'\'\')".to_string());
    e.raised_by = RaisedBy::Tokenizer;
    let want = "  File \"m.py\", line 1\n    v54 = \'\'\'é\'\'\')\n                 ^\nSyntaxError: unmatched ')'\n";
    assert_eq!(e.render("m.py"), want);
    e.raised_by = RaisedBy::Parser;
    assert_ne!(e.render("m.py"), want);
}

/// `x = 1<NUL>`: CPython's report stops the line at the NUL (it prints a
/// C string).
#[test]
fn text_ends_at_nul() {
    let mut e = SyntaxError::new(
        ErrorKind::SyntaxError,
        "source code cannot contain null bytes",
        1,
        0,
    );
    e.text = Some("x = 1\0".to_string());
    e.end_offset = 0;
    assert_eq!(
        e.render("n.py"),
        "  File \"n.py\", line 1\n    x = 1\nSyntaxError: source code cannot contain null bytes\n"
    );
}

#[test]
fn fill_text_takes_the_error_line() {
    let src = "a = 1\nreturn x\r\nb = 2";
    let mut e = SyntaxError::new(ErrorKind::SyntaxError, "'return' outside function", 2, 1);
    e.fill_text(src);
    assert_eq!(e.text.as_deref(), Some("return x"));
    let mut far = SyntaxError::new(ErrorKind::SyntaxError, "m", 9, 1);
    far.fill_text(src);
    assert_eq!(far.text, None);
}

/// Source decoding errors carry no location; CPython prints the message
/// alone (`SyntaxError: encoding problem: no-such-codec`).
#[test]
fn no_location_prints_message_only() {
    let e = SyntaxError::new(
        ErrorKind::SyntaxError,
        "encoding problem: no-such-codec",
        0,
        0,
    );
    assert_eq!(
        e.render("x.py"),
        "SyntaxError: encoding problem: no-such-codec\n"
    );
}

/// A parser error on a 1004-byte line (`python3` on `"a" * 1000 + " b c"`):
/// CPython reads the line back from the file 999 bytes at a time and shows
/// only the last piece, the caret clipped to it; a tokenizer error shows
/// the whole line.
#[test]
fn long_lines_show_the_last_fgets_piece() {
    let line = format!("{}{}", "a".repeat(1000), " b c");
    let mut e = SyntaxError::new(ErrorKind::SyntaxError, "invalid syntax", 1, 1002);
    e.end_offset = 1003;
    e.text = Some(line.clone());
    let want = "  File \"l.py\", line 1\n    a b c\n         ^\nSyntaxError: invalid syntax\n";
    assert_eq!(e.render("l.py"), want);
    e.raised_by = RaisedBy::Tokenizer;
    assert!(e.render("l.py").contains(&line));
}
