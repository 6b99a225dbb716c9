//! Golden comparison of the frontend against CPython 3.11 for every
//! `tests/emit/**/NAME.py`: `NAME.tokens` (tokenize listing), `NAME.ast`
//! and `NAME.ast-attrs` (`ast.dump` with indent 3, without and with
//! positions) and `NAME.err` (the report CPython prints for a syntax error).
//!
//! Every mismatch of every file is collected; the test prints one summary
//! (file, golden, first differing line) and fails if there was any. Goldens
//! are recorded by `tests/record.py`; this runner needs no python3.

use pyc_frontend::{ast::dump::dump_mod, bytecode, parser, tokenizer};
use pyc_tests::{display, files_with_suffix, first_difference, on_big_stack, sibling, tests_dir};
use std::path::{Path, PathBuf};

/// The goldens a corpus file can have, with how to produce our version.
#[derive(Clone, Copy, Debug)]
enum Golden {
    Tokens,
    Ast,
    AstAttrs,
    Err,
}

impl Golden {
    const ALL: [Golden; 4] = [Golden::Tokens, Golden::Ast, Golden::AstAttrs, Golden::Err];

    fn ext(self) -> &'static str {
        match self {
            Golden::Tokens => ".tokens",
            Golden::Ast => ".ast",
            Golden::AstAttrs => ".ast-attrs",
            Golden::Err => ".err",
        }
    }
}

/// What our frontend produces for one golden kind: the text, or a
/// description of why there is none (an unexpected error).
fn produce(kind: Golden, bytes: &[u8], file_name: &str) -> Result<String, String> {
    let report = |e: pyc_frontend::SyntaxError| {
        format!(
            "frontend error instead of output:\n{}",
            e.render(file_name).trim_end()
        )
    };
    match kind {
        Golden::Tokens => tokenizer::tokenize_listing_for(bytes, file_name)
            .map_err(|e| format!("frontend error instead of output:\n{}", e.trim_end())),
        Golden::Ast | Golden::AstAttrs => {
            let source = tokenizer::decode_source_named(bytes, file_name).map_err(report)?;
            let module = parser::parse_module(&source).map_err(report)?;
            let mut text = dump_mod(&module, matches!(kind, Golden::AstAttrs));
            text.push('\n');
            Ok(text)
        }
        Golden::Err => {
            let result = tokenizer::decode_source_named(bytes, file_name).and_then(|source| {
                parser::parse_module(&source).and_then(|module| {
                    bytecode::compile_module_with_source(&module, file_name, &source)
                })
            });
            match result {
                Err(e) => Ok(e.render(file_name)),
                Ok(_) => Err("the frontend accepted a file CPython rejects".to_string()),
            }
        }
    }
}

struct Mismatch {
    file: PathBuf,
    golden: Golden,
    detail: String,
}

/// Compares every golden of one corpus file; returns the mismatches and the
/// number of goldens compared.
fn check_file(path: &Path) -> (Vec<Mismatch>, usize) {
    let mut mismatches = Vec::new();
    let mut compared = 0;
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            mismatches.push(Mismatch {
                file: path.to_path_buf(),
                golden: Golden::Err,
                detail: format!("cannot read: {e}"),
            });
            return (mismatches, 0);
        }
    };
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_string();
    for kind in Golden::ALL {
        let golden_path = sibling(path, kind.ext());
        let Ok(expected) = std::fs::read(&golden_path) else {
            continue;
        };
        compared += 1;
        let expected = String::from_utf8_lossy(&expected).into_owned();
        let input = bytes.clone();
        let name = file_name.clone();
        let detail = match on_big_stack(move || produce(kind, &input, &name)) {
            Err(panic) => Some(format!("PANIC: {panic}")),
            Ok(Err(why)) => Some(why),
            Ok(Ok(got)) => first_difference(&expected, &got),
        };
        if let Some(detail) = detail {
            mismatches.push(Mismatch {
                file: path.to_path_buf(),
                golden: kind,
                detail,
            });
        }
    }
    (mismatches, compared)
}

#[test]
fn emit_goldens_match_cpython() {
    let root = tests_dir().join("emit");
    let files = files_with_suffix(&root, ".py");
    assert!(
        files.len() > 100,
        "the emit corpus looks incomplete: {} files under {}",
        files.len(),
        root.display()
    );
    // A filter for local work: PYC_EMIT_FILTER=substring of the path.
    let filter = std::env::var("PYC_EMIT_FILTER").unwrap_or_default();
    let mut all = Vec::new();
    let mut compared = 0;
    let mut without_goldens = Vec::new();
    for file in files.iter().filter(|f| display(f).contains(&filter)) {
        let (mut found, n) = check_file(file);
        if n == 0 {
            without_goldens.push(display(file));
        }
        compared += n;
        all.append(&mut found);
    }
    assert!(
        without_goldens.is_empty(),
        "corpus files without goldens (run python3 tests/record.py): {without_goldens:?}"
    );

    let mut per_kind = [0usize; 4];
    for m in &all {
        per_kind[m.golden as usize] += 1;
    }
    eprintln!(
        "emit corpus: {} files, {} goldens compared, {} mismatches \
         (tokens {}, ast {}, ast-attrs {}, err {})",
        files.len(),
        compared,
        all.len(),
        per_kind[0],
        per_kind[1],
        per_kind[2],
        per_kind[3]
    );
    if all.is_empty() {
        return;
    }
    let mut summary = String::new();
    for m in &all {
        summary.push_str(&format!(
            "--- {} [{}]\n    {}\n",
            display(&m.file),
            m.golden.ext().trim_start_matches('.'),
            m.detail.replace('\n', "\n    ")
        ));
    }
    eprintln!("{summary}");
    panic!(
        "{} of {} goldens differ from CPython (summary above)",
        all.len(),
        compared
    );
}
