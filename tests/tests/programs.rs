//! Runs every program `tests/programs/AREA/NAME.py` in three modes — on
//! the interpreter (`pyc run --interp NAME.py`), natively through the run
//! cache (`pyc run NAME.py`), and as an executable built by
//! `pyc build NAME.py -o EXE` and then executed — each in the program's
//! folder, and compares its stdout with `NAME.expected`, recorded from
//! CPython 3.11 by
//! `tests/record.py`. When CPython exits with a non-zero status, the status
//! (`NAME.exit`) and stderr (`NAME.stderr`, paths relative to the program's
//! folder) must match too. Files deeper than an area folder, and files whose
//! name starts with `_`, are modules that programs import, not programs.
//! A program with a `NAME.stdin` file beside it gets that file as its
//! standard input (record.py feeds CPython the same file); other programs
//! run with stdin closed.
//!
//! The `pyc` binary is found beside this test's own profile folder
//! (`target/<profile>/pyc`) and is (re)built with `cargo build -p pyc` for
//! the same profile first, so the test never runs a stale binary. While the
//! interpreter does not exist, `pyc run --interp` says that running is not
//! available; the runner then skips, printing why, and it starts checking the
//! whole corpus by itself as soon as a probe program runs.
//!
//! `tests/programs/KNOWN_FAILURES` lists the programs pyc does not run
//! correctly yet (one path per line, relative to tests/programs; a line
//! `MODE: path` with MODE `interp`, `run` or `build` applies to one mode).
//! It is a ratchet: a listed program that now passes fails the test until
//! its line is removed, and an unlisted program that fails fails the test.

use pyc_tests::pyc_bin::{
    build_pyc, parallel_map, run_captured, run_captured_with_stdin, RunOutput,
};
use pyc_tests::{display, files_with_suffix, first_difference, sibling, tests_dir};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Longest a single program may run before it counts as hung.
const PROGRAM_TIMEOUT: Duration = Duration::from_secs(20);

/// How a program is run.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Interp,
    Run,
    Build,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Interp => "interp",
            Mode::Run => "run",
            Mode::Build => "build",
        }
    }
}

/// A scratch folder for this test process (executables, the run cache).
fn scratch() -> PathBuf {
    std::env::temp_dir().join(format!("pyc-programs-{}", std::process::id()))
}

fn run_pyc(pyc: &Path, folder: &Path, file_name: &str, mode: Mode) -> Result<RunOutput, String> {
    // `NAME.stdin`, when present, is the program's standard input.
    let stdin = file_name
        .strip_suffix(".py")
        .map(|stem| folder.join(format!("{stem}.stdin")))
        .filter(|p| p.is_file());
    let stdin = stdin.as_deref();
    match mode {
        Mode::Interp => run_captured_with_stdin(
            pyc,
            &["run", "--interp", file_name],
            folder,
            PROGRAM_TIMEOUT,
            stdin,
        ),
        Mode::Run => {
            run_captured_with_stdin(pyc, &["run", file_name], folder, PROGRAM_TIMEOUT, stdin)
        }
        Mode::Build => {
            let stem = folder
                .join(file_name)
                .to_string_lossy()
                .replace(['/', '.'], "_");
            let exe = scratch().join(stem);
            let exe_s = exe.to_string_lossy().into_owned();
            let out = run_captured(
                pyc,
                &["build", file_name, "-o", &exe_s],
                folder,
                PROGRAM_TIMEOUT,
            )?;
            if out.code != Some(0) {
                // A build failure (a syntax error) is reported like CPython.
                return Ok(out);
            }
            let r = run_captured_with_stdin(&exe, &[], folder, PROGRAM_TIMEOUT, stdin);
            let _ = std::fs::remove_file(&exe);
            r
        }
    }
}

/// Whether `pyc run --interp` works at all; `Err` explains why not.
fn probe(pyc: &Path) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!("pyc-programs-probe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join("probe.py");
    std::fs::write(&file, "print('probe', 6 * 7)\n").map_err(|e| e.to_string())?;
    let out = run_pyc(pyc, &dir, "probe.py", Mode::Interp);
    let _ = std::fs::remove_dir_all(&dir);
    let out = out?;
    if out.code == Some(0) && out.stdout == "probe 42\n" {
        return Ok(());
    }
    Err(format!(
        "exit code {:?}, stdout {:?}, stderr {:?}",
        out.code,
        out.stdout,
        out.stderr.trim_end()
    ))
}

/// Whether `path` is a program (`AREA/NAME.py`, NAME not starting with `_`).
fn is_program(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let parts: Vec<_> = rel.components().collect();
    parts.len() == 2
        && !rel
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('_'))
}

/// True when pyc says running is not implemented (rather than failing).
fn reports_unavailable(why: &str) -> bool {
    why.contains("not available")
}

/// The three modes run one after the other (never the same program twice
/// at once: some programs write files in their folder).
#[test]
fn programs_match_cpython() {
    let mut failed = Vec::new();
    for mode in [Mode::Interp, Mode::Run, Mode::Build] {
        if let Err(e) = std::panic::catch_unwind(|| check_corpus(mode)) {
            failed.push(format!(
                "{}: {}",
                mode.name(),
                pyc_tests::panic_message(&*e)
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

fn check_corpus(mode: Mode) {
    let _ = std::fs::create_dir_all(scratch());
    // The run cache of `pyc run` lives in the scratch folder.
    std::env::set_var(
        "PYC_CACHE_DIR",
        scratch().join(format!("cache-{}", mode.name())),
    );
    let root = tests_dir().join("programs");
    let programs: Vec<PathBuf> = files_with_suffix(&root, ".py")
        .into_iter()
        .filter(|p| is_program(&root, p))
        .collect();
    assert!(!programs.is_empty(), "no programs under {}", root.display());
    let missing: Vec<String> = programs
        .iter()
        .filter(|p| !sibling(p, ".expected").is_file())
        .map(|p| display(p))
        .collect();
    assert!(
        missing.is_empty(),
        "programs without .expected (run python3 tests/record.py): {missing:?}"
    );

    // PYC_BIN=path runs another command line instead (e.g. a wrapper that
    // runs python3, to check the corpus and this runner themselves).
    let pyc = match std::env::var_os("PYC_BIN") {
        Some(bin) => PathBuf::from(bin),
        None => build_pyc().unwrap_or_else(|e| panic!("cannot build pyc: {e}")),
    };
    if let Err(why) = probe(&pyc) {
        if reports_unavailable(&why) {
            eprintln!(
                "SKIPPED: {} programs not run: `pyc run --interp` is not available yet ({why})",
                programs.len()
            );
            return;
        }
        panic!("`pyc run --interp` fails on a trivial program: {why}");
    }

    let filter = std::env::var("PYC_PROGRAMS_FILTER").unwrap_or_default();
    let selected: Vec<&PathBuf> = programs
        .iter()
        .filter(|p| display(p).contains(&filter))
        .collect();
    let outcomes = parallel_map(&selected, |path| check_program(&pyc, path, mode));
    let mut failures: Vec<(PathBuf, String)> = selected
        .iter()
        .zip(outcomes)
        .filter_map(|(p, o)| o.map(|why| (p.to_path_buf(), why)))
        .collect();
    failures.sort();
    eprintln!(
        "programs ({}): {} run, {} passed, {} failed",
        mode.name(),
        selected.len(),
        selected.len() - failures.len(),
        failures.len()
    );
    let known = known_failures(&root, mode);
    let relative = |p: &Path| {
        p.strip_prefix(&root)
            .map(|r| r.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let unexpected: Vec<&(PathBuf, String)> = failures
        .iter()
        .filter(|(p, _)| !known.contains(&relative(p)))
        .collect();
    let failed: Vec<String> = failures.iter().map(|(p, _)| relative(p)).collect();
    let now_passing: Vec<&String> = known
        .iter()
        .filter(|k| selected.iter().any(|p| relative(p) == **k) && !failed.contains(k))
        .collect();
    for (path, why) in &unexpected {
        eprintln!("--- {}\n    {}", display(path), why.replace('\n', "\n    "));
    }
    assert!(
        unexpected.is_empty() && now_passing.is_empty(),
        "{} programs differ from CPython and are not in KNOWN_FAILURES (summary above); \
         listed programs that now pass (remove them from KNOWN_FAILURES): {now_passing:?}",
        unexpected.len()
    );
}

/// The programs listed in `tests/programs/KNOWN_FAILURES` for `mode`
/// (blank lines and `#` comments ignored).
fn known_failures(root: &Path, mode: Mode) -> Vec<String> {
    std::fs::read_to_string(root.join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| match l.split_once(": ") {
            Some((m, path)) => (m == mode.name()).then(|| path.trim().to_string()),
            None => Some(l.to_string()),
        })
        .collect()
}

/// Runs one program; `Some(description)` if its stdout differs.
fn check_program(pyc: &Path, path: &Path, mode: Mode) -> Option<String> {
    let expected = match std::fs::read(sibling(path, ".expected")) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => return Some(format!("cannot read .expected: {e}")),
    };
    let folder = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let out = match run_pyc(pyc, folder, name, mode) {
        Ok(out) => out,
        Err(e) => return Some(e),
    };
    let stderr_tail = || {
        let lines: Vec<&str> = out.stderr.lines().collect();
        lines[lines.len().saturating_sub(6)..].join("\n")
    };
    if out.timed_out {
        return Some(format!("timed out after {PROGRAM_TIMEOUT:?}"));
    }
    if let Some(diff) = first_difference(&expected, &out.stdout) {
        return Some(format!(
            "stdout {diff}\n  exit code {:?}; stderr (tail):\n{}",
            out.code,
            stderr_tail()
        ));
    }
    // A program CPython ends with a non-zero status has `.exit` and
    // `.stderr` goldens (tracebacks with bare file names).
    let want_code = std::fs::read_to_string(sibling(path, ".exit"))
        .ok()
        .and_then(|s| s.trim().parse::<i32>().ok())
        .unwrap_or(0);
    if out.code != Some(want_code) {
        return Some(format!(
            "exit code {:?}, expected {want_code}; stderr (tail):\n{}",
            out.code,
            stderr_tail()
        ));
    }
    let want_stderr = std::fs::read(sibling(path, ".stderr")).ok()?;
    let want_stderr = String::from_utf8_lossy(&want_stderr);
    let folder_prefix = format!("{}/", folder.display());
    let got_stderr = out.stderr.replace(&folder_prefix, "");
    first_difference(&want_stderr, &got_stderr).map(|diff| format!("stderr {diff}"))
}
