//! The `pyc` command itself against the emit goldens: for every
//! `tests/emit/**/NAME.py`, run in the file's folder with the bare name,
//! `pyc build NAME.py --emit=tokens` must print `NAME.tokens`,
//! `pyc build NAME.py --emit=ast` must print `NAME.ast` (both exiting 0),
//! and for a file CPython rejects, `pyc build NAME.py --emit=bytecode` must
//! print `NAME.err` on stderr, nothing on stdout, and exit with status 1.
//!
//! `tests/emit.rs` checks the same goldens through the library; this test
//! covers the command line's own part (output streams, exit statuses,
//! the file name it reports).

use pyc_tests::pyc_bin::{build_pyc, parallel_map, run_captured};
use pyc_tests::{display, files_with_suffix, first_difference, sibling, tests_dir};
use std::path::{Path, PathBuf};
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(60);

/// One command-line check: the flag, the golden and where the golden must
/// appear.
struct Check {
    file: PathBuf,
    emit: &'static str,
    golden: PathBuf,
    on_stderr: bool,
}

fn checks_for(file: &Path) -> Vec<Check> {
    let mut out = Vec::new();
    for (ext, emit, on_stderr) in [
        (".tokens", "tokens", false),
        (".ast", "ast", false),
        (".err", "bytecode", true),
    ] {
        let golden = sibling(file, ext);
        if golden.is_file() {
            out.push(Check {
                file: file.to_path_buf(),
                emit,
                golden,
                on_stderr,
            });
        }
    }
    out
}

fn run_check(pyc: &Path, check: &Check) -> Option<String> {
    let expected = match std::fs::read(&check.golden) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => return Some(format!("cannot read golden: {e}")),
    };
    let folder = check.file.parent().unwrap_or(Path::new("."));
    let name = check.file.file_name()?.to_str()?;
    let emit = format!("--emit={}", check.emit);
    let out = match run_captured(pyc, &["build", name, &emit], folder, TIMEOUT) {
        Ok(o) => o,
        Err(e) => return Some(e),
    };
    if out.timed_out {
        return Some(format!("timed out after {TIMEOUT:?}"));
    }
    let (want_code, got, other) = if check.on_stderr {
        (1, &out.stderr, &out.stdout)
    } else {
        (0, &out.stdout, &out.stderr)
    };
    if let Some(diff) = first_difference(&expected, got) {
        let stream = if check.on_stderr { "stderr" } else { "stdout" };
        return Some(format!(
            "{stream} {diff}\n  exit code {:?}; other stream: {:?}",
            out.code,
            pyc_tests::clip(other, 300)
        ));
    }
    if out.code != Some(want_code) {
        return Some(format!(
            "exit code {:?}, expected {want_code}; stderr: {:?}",
            out.code,
            pyc_tests::clip(&out.stderr, 300)
        ));
    }
    if check.on_stderr && !out.stdout.is_empty() {
        return Some(format!(
            "unexpected stdout: {:?}",
            pyc_tests::clip(&out.stdout, 300)
        ));
    }
    None
}

#[test]
fn pyc_emit_matches_cpython() {
    let files = files_with_suffix(&tests_dir().join("emit"), ".py");
    let filter = std::env::var("PYC_EMIT_FILTER").unwrap_or_default();
    let checks: Vec<Check> = files
        .iter()
        .filter(|f| display(f).contains(&filter))
        .flat_map(|f| checks_for(f))
        .collect();
    assert!(checks.len() > 100, "only {} checks found", checks.len());
    let pyc = build_pyc().unwrap_or_else(|e| panic!("cannot build pyc: {e}"));
    let results = parallel_map(&checks, |c| run_check(&pyc, c));
    let failures: Vec<String> = checks
        .iter()
        .zip(results)
        .filter_map(|(c, r)| {
            r.map(|why| {
                format!(
                    "--- {} [--emit={}]\n    {}",
                    display(&c.file),
                    c.emit,
                    why.replace('\n', "\n    ")
                )
            })
        })
        .collect();
    eprintln!(
        "pyc command line: {} checks, {} failed",
        checks.len(),
        failures.len()
    );
    if !failures.is_empty() {
        eprintln!("{}", failures.join("\n"));
        panic!(
            "{} of {} command-line checks differ from CPython (summary above)",
            failures.len(),
            checks.len()
        );
    }
}
