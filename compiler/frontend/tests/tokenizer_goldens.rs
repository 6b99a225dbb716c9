//! Golden tests of the tokenizer against CPython 3.11, recorded by
//! `tests/tokenizer/record.py`:
//! - `tokenizer/ctok/NAME.py` -> `NAME.ctokens`: the C tokenizer's token
//!   stream and error (message, line, offset, end line, end offset);
//! - `tokenizer/listing/NAME.py` -> `NAME.stderr`: the error line
//!   `python3 -m tokenize NAME.py` prints when it rejects the file.
//!
//! (The `--emit=tokens` listings of accepted files are checked by the
//! workspace's corpus runner over `tests/emit/**`.)

use pyc_frontend::tokenizer;
use std::path::{Path, PathBuf};

fn data_dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/tokenizer")
        .join(sub)
}

fn sources(sub: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir(sub))
        .expect("golden folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
}

#[test]
fn c_tokenizer_matches_cpython() {
    let files = sources("ctok");
    assert!(files.len() > 100, "golden files missing");
    let mut failures = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).expect("read source");
        let golden = std::fs::read_to_string(path.with_extension("ctokens")).expect("golden");
        let text = String::from_utf8(bytes).expect("ctok sources are UTF-8");
        let text = tokenizer::normalize_newlines(&text);
        let got = tokenizer::dump_tokens(&text);
        if got != golden {
            let line = got
                .lines()
                .zip(golden.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(got.lines().count().min(golden.lines().count()));
            failures.push(format!(
                "{}: line {}\n  expected: {:?}\n  got:      {:?}",
                path.display(),
                line + 1,
                golden.lines().nth(line),
                got.lines().nth(line)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files differ:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn listing_errors_match_cpython() {
    let files = sources("listing");
    assert!(files.len() > 20, "golden files missing");
    let mut failures = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).expect("read source");
        let golden = std::fs::read_to_string(path.with_extension("stderr")).expect("golden");
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        match tokenizer::tokenize_listing_for(&bytes, &name) {
            Ok(_) => failures.push(format!("{}: accepted", path.display())),
            Err(text) if text != golden => failures.push(format!(
                "{}:\n  expected: {golden:?}\n  got:      {text:?}",
                path.display()
            )),
            Err(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
