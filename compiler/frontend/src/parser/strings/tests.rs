//! Tests for string runs on hand-made tokens. Each row: the source, the
//! STRING tokens of the run and the token after it (start line/col, end
//! line/col, byte span — the C tokenizer's positions, a NEWLINE being
//! zero-width), and what CPython 3.11 gives: `ast.dump(node, indent=3,
//! include_attributes=True)` or the `SyntaxError` as
//! `(msg, lineno, offset, text, end_lineno, end_offset)`. Generated with
//! python3; the cases need no nested expression parsing.

use super::*;
use crate::ast::dump::dump_expr;
use crate::repr::str_repr;
use crate::tokenizer::TokenKind;

type TokSpec = (u32, u32, u32, u32, u32, u32);

fn token(kind: TokenKind, t: TokSpec) -> Token {
    Token {
        kind,
        start: Pos {
            line: t.0,
            col: t.1,
        },
        end: Pos {
            line: t.2,
            col: t.3,
        },
        span: (t.4, t.5),
    }
}

fn outcome(r: Result<Expr, SyntaxError>) -> Result<String, String> {
    match r {
        Ok(e) => Ok(dump_expr(&e, true)),
        Err(e) => Err(format!(
            "({}, {}, {}, {}, {}, {})",
            str_repr(&e.msg),
            e.lineno,
            e.offset,
            e.text
                .as_deref()
                .map(str_repr)
                .unwrap_or_else(|| "None".into()),
            e.end_lineno,
            e.end_offset
        )),
    }
}

type Case = (
    &'static str,
    &'static [TokSpec],
    TokSpec,
    Result<&'static str, &'static str>,
);

const CASES: &[Case] = &[
    ("\"a\" \"b\"\n", &[(1, 0, 1, 3, 0, 3), (1, 4, 1, 7, 4, 7)], (1, 7, 1, 7, 7, 7), Ok("Constant(\n   value='ab',\n   lineno=1,\n   col_offset=0,\n   end_lineno=1,\n   end_col_offset=7)")),
    ("x = u\"a\" \"b\"\n", &[(1, 4, 1, 8, 4, 8), (1, 9, 1, 12, 9, 12)], (1, 12, 1, 12, 12, 12), Ok("Constant(\n   value='ab',\n   kind='u',\n   lineno=1,\n   col_offset=4,\n   end_lineno=1,\n   end_col_offset=12)")),
    ("U\"a\"\n", &[(1, 0, 1, 4, 0, 4)], (1, 4, 1, 4, 4, 4), Ok("Constant(\n   value='a',\n   lineno=1,\n   col_offset=0,\n   end_lineno=1,\n   end_col_offset=4)")),
    ("b\"a\" rb\"\\x\" B\"\\x41\\n\"\n", &[(1, 0, 1, 4, 0, 4), (1, 5, 1, 11, 5, 11), (1, 12, 1, 21, 12, 21)], (1, 21, 1, 21, 21, 21), Ok("Constant(\n   value=b'a\\\\xA\\n',\n   lineno=1,\n   col_offset=0,\n   end_lineno=1,\n   end_col_offset=21)")),
    ("\"a\" b\"b\"\n", &[(1, 0, 1, 3, 0, 3), (1, 4, 1, 8, 4, 8)], (1, 8, 1, 8, 8, 8), Err("('cannot mix bytes and nonbytes literals', 1, 9, '\"a\" b\"b\"', 1, 9)")),
    ("f\"a\" b\"b\" + 1\n", &[(1, 0, 1, 4, 0, 4), (1, 5, 1, 9, 5, 9)], (1, 10, 1, 11, 10, 11), Err("('cannot mix bytes and nonbytes literals', 1, 11, 'f\"a\" b\"b\" + 1', 1, 12)")),
    ("x = b\"é\"\n", &[(1, 4, 1, 9, 4, 9)], (1, 9, 1, 9, 9, 9), Err("('bytes can only contain ASCII literal characters', 1, 5, 'x = b\"é\"', 1, 9)")),
    ("f\"a{{b}}c\"\n", &[(1, 0, 1, 10, 0, 10)], (1, 10, 1, 10, 10, 10), Ok("JoinedStr(\n   values=[\n      Constant(\n         value='a{b}c',\n         lineno=1,\n         col_offset=0,\n         end_lineno=1,\n         end_col_offset=10)],\n   lineno=1,\n   col_offset=0,\n   end_lineno=1,\n   end_col_offset=10)")),
    ("f\"\"\n", &[(1, 0, 1, 3, 0, 3)], (1, 3, 1, 3, 3, 3), Ok("JoinedStr(\n   values=[],\n   lineno=1,\n   col_offset=0,\n   end_lineno=1,\n   end_col_offset=3)")),
    ("\"\" f\"\"\n", &[(1, 0, 1, 2, 0, 2), (1, 3, 1, 6, 3, 6)], (1, 6, 1, 6, 6, 6), Ok("JoinedStr(\n   values=[],\n   lineno=1,\n   col_offset=0,\n   end_lineno=1,\n   end_col_offset=6)")),
    ("f\"}\"\n", &[(1, 0, 1, 4, 0, 4)], (1, 4, 1, 4, 4, 4), Err("(\"f-string: single '}' is not allowed\", 1, 5, 'f\"}\"', 1, 5)")),
    ("f\"{x\"\n", &[(1, 0, 1, 5, 0, 5)], (1, 5, 1, 5, 5, 5), Err("(\"f-string: expecting '}'\", 1, 6, 'f\"{x\"', 1, 6)")),
    ("f\"{#}\"\n", &[(1, 0, 1, 6, 0, 6)], (1, 6, 1, 6, 6, 6), Err("(\"f-string expression part cannot include '#'\", 1, 7, 'f\"{#}\"', 1, 7)")),
    ("f\"{x)}\"\n", &[(1, 0, 1, 7, 0, 7)], (1, 7, 1, 7, 7, 7), Err("(\"f-string: unmatched ')'\", 1, 8, 'f\"{x)}\"', 1, 8)")),
    ("f\"{(x]}\"\n", &[(1, 0, 1, 8, 0, 8)], (1, 8, 1, 8, 8, 8), Err("(\"f-string: closing parenthesis ']' does not match opening parenthesis '('\", 1, 9, 'f\"{(x]}\"', 1, 9)")),
    ("f\"{x\\n}\"\n", &[(1, 0, 1, 8, 0, 8)], (1, 8, 1, 8, 8, 8), Err("('f-string expression part cannot include a backslash', 1, 9, 'f\"{x\\\\n}\"', 1, 9)")),
    ("f\"{'a}\"\n", &[(1, 0, 1, 7, 0, 7)], (1, 7, 1, 7, 7, 7), Err("('f-string: unterminated string', 1, 8, 'f\"{\\'a}\"', 1, 8)")),
    ("f\"{}\"\n", &[(1, 0, 1, 5, 0, 5)], (1, 5, 1, 5, 5, 5), Err("('f-string: empty expression not allowed', 1, 6, 'f\"{}\"', 1, 6)")),
    ("(f\"{ }\"\n)\n", &[(1, 1, 1, 7, 1, 7)], (2, 0, 2, 1, 8, 9), Err("('f-string: empty expression not allowed', 2, 1, ')', 2, 2)")),
    ("f\"{!r}\"\n", &[(1, 0, 1, 7, 0, 7)], (1, 7, 1, 7, 7, 7), Err("(\"f-string: expression required before '!'\", 1, 8, 'f\"{!r}\"', 1, 8)")),
    ("f\"{:x}\"\n", &[(1, 0, 1, 7, 0, 7)], (1, 7, 1, 7, 7, 7), Err("(\"f-string: expression required before ':'\", 1, 8, 'f\"{:x}\"', 1, 8)")),
    ("f\"{=}\"\n", &[(1, 0, 1, 6, 0, 6)], (1, 6, 1, 6, 6, 6), Err("(\"f-string: expression required before '='\", 1, 7, 'f\"{=}\"', 1, 7)")),
    ("x = \"\\x1\"\n", &[(1, 4, 1, 9, 4, 9)], (1, 9, 1, 9, 9, 9), Err("(\"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\\\xXX escape\", 1, 10, 'x = \"\\\\x1\"', 1, 10)")),
    ("x = \"é\" \"\\x1\" ; y\n", &[(1, 4, 1, 8, 4, 8), (1, 9, 1, 14, 9, 14)], (1, 15, 1, 16, 15, 16), Err("(\"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\\\xXX escape\", 1, 15, 'x = \"é\" \"\\\\x1\" ; y', 1, 16)")),
    ("b\"\\x1\"\n", &[(1, 0, 1, 6, 0, 6)], (1, 6, 1, 6, 6, 6), Err("('(value error) invalid \\\\x escape at position 0', 1, 7, 'b\"\\\\x1\"', 1, 7)")),
    ("\"\\N{DIGIT ONE}\\N{LATIN SMALL LETTER GHA}\\t\\101\"\n", &[(1, 0, 1, 47, 0, 47)], (1, 47, 1, 47, 47, 47), Ok("Constant(\n   value='1ƣ\\tA',\n   lineno=1,\n   col_offset=0,\n   end_lineno=1,\n   end_col_offset=47)")),
    ("f\"\\N{DIGIT ONE}{{\"\n", &[(1, 0, 1, 18, 0, 18)], (1, 18, 1, 18, 18, 18), Ok("JoinedStr(\n   values=[\n      Constant(\n         value='1{',\n         lineno=1,\n         col_offset=0,\n         end_lineno=1,\n         end_col_offset=18)],\n   lineno=1,\n   col_offset=0,\n   end_lineno=1,\n   end_col_offset=18)")),
    ("rf\"\\n{{x}}\"\n", &[(1, 0, 1, 11, 0, 11)], (1, 11, 1, 11, 11, 11), Ok("JoinedStr(\n   values=[\n      Constant(\n         value='\\\\n{x}',\n         lineno=1,\n         col_offset=0,\n         end_lineno=1,\n         end_col_offset=11)],\n   lineno=1,\n   col_offset=0,\n   end_lineno=1,\n   end_col_offset=11)")),
    ("\"\"\"a\nb\\\nc\"\"\"\n", &[(1, 0, 3, 4, 0, 12)], (3, 4, 3, 4, 12, 12), Ok("Constant(\n   value='a\\nbc',\n   lineno=1,\n   col_offset=0,\n   end_lineno=3,\n   end_col_offset=4)")),
    ("u\"a\" f\"{{\" 'x'\n", &[(1, 0, 1, 4, 0, 4), (1, 5, 1, 10, 5, 10), (1, 11, 1, 14, 11, 14)], (1, 14, 1, 14, 14, 14), Ok("JoinedStr(\n   values=[\n      Constant(\n         value='a{x',\n         kind='u',\n         lineno=1,\n         col_offset=0,\n         end_lineno=1,\n         end_col_offset=14)],\n   lineno=1,\n   col_offset=0,\n   end_lineno=1,\n   end_col_offset=14)")),
    ("f\"{{x}}}\"\n", &[(1, 0, 1, 9, 0, 9)], (1, 9, 1, 9, 9, 9), Err("(\"f-string: single '}' is not allowed\", 1, 10, 'f\"{{x}}}\"', 1, 10)")),
    ("f\"a}}b\" \"c\"\n", &[(1, 0, 1, 7, 0, 7), (1, 8, 1, 11, 8, 11)], (1, 11, 1, 11, 11, 11), Ok("JoinedStr(\n   values=[\n      Constant(\n         value='a}bc',\n         lineno=1,\n         col_offset=0,\n         end_lineno=1,\n         end_col_offset=11)],\n   lineno=1,\n   col_offset=0,\n   end_lineno=1,\n   end_col_offset=11)")),
    ("\"é\" 'ü' \"\\u00e9\"\n", &[(1, 0, 1, 4, 0, 4), (1, 5, 1, 9, 5, 9), (1, 10, 1, 18, 10, 18)], (1, 18, 1, 18, 18, 18), Ok("Constant(\n   value='éüé',\n   lineno=1,\n   col_offset=0,\n   end_lineno=1,\n   end_col_offset=18)")),
];

#[test]
fn string_runs_match_cpython() {
    for &(src, run, next, want) in CASES {
        let toks: Vec<Token> = run.iter().map(|&t| token(TokenKind::String, t)).collect();
        let next = token(TokenKind::Newline, next);
        let got = outcome(parse_string_run(src, &toks, Some(&next)));
        let want = want.map(str::to_string).map_err(str::to_string);
        assert_eq!(got, want, "source: {src}");
    }
}

#[test]
fn warnings_are_collected() {
    let src = "x = \"\\d\" b\"\\777\"\n";
    let toks = [
        token(TokenKind::String, (1, 4, 1, 8, 4, 8)),
        token(TokenKind::String, (1, 9, 1, 16, 9, 16)),
    ];
    let mut warnings = Vec::new();
    let r = parse_string_run_with_warnings(src, &toks, None, &mut warnings);
    assert_eq!(
        r.err().map(|e| e.msg).as_deref(),
        Some("cannot mix bytes and nonbytes literals")
    );
    assert_eq!(
        warnings,
        vec![
            StringWarning {
                msg: "invalid escape sequence '\\d'".into(),
                lineno: 1
            },
            StringWarning {
                msg: "invalid octal escape sequence '\\777'".into(),
                lineno: 1
            }
        ]
    );
}

/// Random token texts built from the characters the scanner cares about
/// never make it panic (results are not checked: this is a robustness test).
#[test]
fn random_literals_never_panic() {
    let alphabet: &[&str] = &[
        "{", "}", "!", ":", "=", "(", ")", "[", "]", "'", "\"", "#", "\\", "r", "s", "a", "x", " ",
        "\n", "é", "N", "{{", "}}", "\\N{", "<", ">", "0", "\\x", "\\u", "\\U",
    ];
    let prefixes = ["f", "rf", "", "b", "rb", "u", "F", "Rb"];
    let quotes = ["'", "\"", "'''", "\"\"\""];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for _ in 0..5000 {
        let prefix = prefixes[next(prefixes.len())];
        let quote = quotes[next(quotes.len())];
        let mut body = String::new();
        for _ in 0..next(12) {
            body.push_str(alphabet[next(alphabet.len())]);
        }
        let src = format!("{prefix}{quote}{body}{quote}\n");
        let end = (src.len() - 1) as u32;
        let lines = src[..end as usize].matches('\n').count() as u32;
        let last_col = src[..end as usize]
            .rfind('\n')
            .map_or(end, |i| end - i as u32 - 1);
        let tok = token(TokenKind::String, (1, 0, 1 + lines, last_col, 0, end));
        let _ = parse_string_run(&src, &[tok], None);
    }
}
