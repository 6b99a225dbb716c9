//! Guards the corpus itself: the grammar corpus (`tests/emit/grammar`) must
//! keep exercising every AST node class of CPython 3.11's `ast` module,
//! every operator and delimiter token, every keyword and soft keyword, and
//! the token kinds only the `tokenize` module shows (COMMENT, NL, ENCODING,
//! INDENT/DEDENT), as seen in its recorded goldens; and the error corpus must
//! keep one file for each error message the frontend is expected to match.
//!
//! The lists below are CPython 3.11's (`ast`, `token.EXACT_TOKEN_TYPES`,
//! `keyword.kwlist + keyword.softkwlist`), minus the deprecated aliases and
//! the node classes of other parse modes (`Expression`, `Interactive`,
//! `FunctionType`, `TypeIgnore`), which `python3 -m ast` never prints.

use pyc_tests::{files_with_suffix, tests_dir};
use std::collections::BTreeSet;

const AST_NODES: &[&str] = &[
    "Add",
    "And",
    "AnnAssign",
    "Assert",
    "Assign",
    "AsyncFor",
    "AsyncFunctionDef",
    "AsyncWith",
    "Attribute",
    "AugAssign",
    "Await",
    "BinOp",
    "BitAnd",
    "BitOr",
    "BitXor",
    "BoolOp",
    "Break",
    "Call",
    "ClassDef",
    "Compare",
    "Constant",
    "Continue",
    "Del",
    "Delete",
    "Dict",
    "DictComp",
    "Div",
    "Eq",
    "ExceptHandler",
    "Expr",
    "FloorDiv",
    "For",
    "FormattedValue",
    "FunctionDef",
    "GeneratorExp",
    "Global",
    "Gt",
    "GtE",
    "If",
    "IfExp",
    "Import",
    "ImportFrom",
    "In",
    "Invert",
    "Is",
    "IsNot",
    "JoinedStr",
    "LShift",
    "Lambda",
    "List",
    "ListComp",
    "Load",
    "Lt",
    "LtE",
    "MatMult",
    "Match",
    "MatchAs",
    "MatchClass",
    "MatchMapping",
    "MatchOr",
    "MatchSequence",
    "MatchSingleton",
    "MatchStar",
    "MatchValue",
    "Mod",
    "Module",
    "Mult",
    "Name",
    "NamedExpr",
    "Nonlocal",
    "Not",
    "NotEq",
    "NotIn",
    "Or",
    "Pass",
    "Pow",
    "RShift",
    "Raise",
    "Return",
    "Set",
    "SetComp",
    "Slice",
    "Starred",
    "Store",
    "Sub",
    "Subscript",
    "Try",
    "TryStar",
    "Tuple",
    "UAdd",
    "USub",
    "UnaryOp",
    "While",
    "With",
    "Yield",
    "YieldFrom",
    "alias",
    "arg",
    "arguments",
    "comprehension",
    "keyword",
    "match_case",
    "withitem",
];

const OPERATORS: &[&str] = &[
    "!=", "%", "%=", "&", "&=", "(", ")", "*", "**", "**=", "*=", "+", "+=", ",", "-", "-=", "->",
    ".", "...", "/", "//", "//=", "/=", ":", ":=", ";", "<", "<<", "<<=", "<=", "=", "==", ">",
    ">=", ">>", ">>=", "@", "@=", "[", "]", "^", "^=", "{", "|", "|=", "}", "~",
];

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "_", "case", "match",
];

const TOKEN_KINDS: &[&str] = &[
    "ENCODING",
    "COMMENT",
    "NL",
    "NEWLINE",
    "INDENT",
    "DEDENT",
    "NAME",
    "NUMBER",
    "STRING",
    "OP",
    "ENDMARKER",
];

/// Messages issue 2 names explicitly, each of which must have a golden.
const REQUIRED_MESSAGES: &[&str] = &[
    "SyntaxError: invalid syntax\n",
    "SyntaxError: '(' was never closed",
    "SyntaxError: expected ':'",
    "IndentationError: unexpected indent",
    "IndentationError: unindent does not match any outer indentation level",
    "SyntaxError: cannot assign to literal",
    "SyntaxError: invalid syntax. Perhaps you forgot a comma?",
    "SyntaxError: positional argument follows keyword argument",
    "SyntaxError: 'return' outside function",
    "SyntaxError: 'break' outside loop",
    "SyntaxError: duplicate argument",
    "SyntaxError: nonlocal declaration not allowed at module level",
    "SyntaxError: unterminated string literal",
    "SyntaxError: invalid decimal literal",
    "TabError: inconsistent use of tabs and spaces in indentation",
    "SyntaxError: too many nested parentheses",
    "SyntaxError: invalid character",
    "SyntaxError: f-string",
];

fn read_all(dir: &str, suffix: &str) -> Vec<String> {
    files_with_suffix(&tests_dir().join(dir), suffix)
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

#[test]
fn grammar_corpus_uses_every_ast_node() {
    let asts = read_all("emit/grammar", ".ast");
    assert!(!asts.is_empty(), "no .ast goldens under emit/grammar");
    let mut used = BTreeSet::new();
    for text in &asts {
        let bytes = text.as_bytes();
        for (i, _) in text.match_indices('(') {
            let start = text[..i]
                .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .map_or(0, |p| p + 1);
            if start < i && bytes[start].is_ascii_alphabetic() {
                used.insert(&text[start..i]);
            }
        }
    }
    let missing: Vec<&&str> = AST_NODES.iter().filter(|n| !used.contains(**n)).collect();
    assert!(
        missing.is_empty(),
        "AST node classes no grammar file uses: {missing:?}"
    );
}

#[test]
fn grammar_corpus_uses_every_token() {
    let listings = read_all("emit/grammar", ".tokens");
    assert!(
        !listings.is_empty(),
        "no .tokens goldens under emit/grammar"
    );
    let mut kinds = BTreeSet::new();
    let mut ops = BTreeSet::new();
    let mut names = BTreeSet::new();
    for text in &listings {
        for line in text.lines() {
            // "L,C-L,C:  KIND  'text'" with the text in repr form.
            let mut parts = line.splitn(2, ':');
            let _pos = parts.next();
            let rest = parts.next().unwrap_or("").trim_start();
            let (kind, value) = rest.split_once(' ').unwrap_or((rest, ""));
            let value = value.trim();
            let inner = value
                .strip_prefix('\'')
                .and_then(|v| v.strip_suffix('\''))
                .or_else(|| value.strip_prefix('"').and_then(|v| v.strip_suffix('"')))
                .unwrap_or(value);
            kinds.insert(kind.to_string());
            match kind {
                "OP" => {
                    ops.insert(inner.to_string());
                }
                "NAME" => {
                    names.insert(inner.to_string());
                }
                _ => {}
            }
        }
    }
    let missing_kinds: Vec<_> = TOKEN_KINDS
        .iter()
        .filter(|k| !kinds.contains(**k))
        .collect();
    let missing_ops: Vec<_> = OPERATORS.iter().filter(|o| !ops.contains(**o)).collect();
    let missing_kw: Vec<_> = KEYWORDS.iter().filter(|k| !names.contains(**k)).collect();
    assert!(
        missing_kinds.is_empty() && missing_ops.is_empty() && missing_kw.is_empty(),
        "grammar corpus lacks token kinds {missing_kinds:?}, operators {missing_ops:?}, \
         keywords {missing_kw:?}"
    );
}

#[test]
fn error_corpus_covers_the_required_messages() {
    let errs = read_all("emit/errors", ".err");
    assert!(errs.len() >= 80, "only {} error goldens", errs.len());
    let missing: Vec<_> = REQUIRED_MESSAGES
        .iter()
        .filter(|m| !errs.iter().any(|e| e.contains(**m)))
        .collect();
    assert!(missing.is_empty(), "no error golden reports {missing:?}");
    let distinct: BTreeSet<&str> = errs.iter().filter_map(|e| e.lines().last()).collect();
    assert!(
        distinct.len() >= 80,
        "only {} distinct error messages in the corpus",
        distinct.len()
    );
}
