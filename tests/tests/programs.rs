//! Runs every program `tests/programs/AREA/NAME.py` with
//! `pyc run --interp NAME.py` (in the program's folder) and compares its
//! stdout with `NAME.expected`, recorded from CPython 3.11 by
//! `tests/record.py`. Files deeper than an area folder, and files whose name
//! starts with `_`, are modules that programs import, not programs.
//!
//! The `pyc` binary is found beside this test's own profile folder
//! (`target/<profile>/pyc`) and is (re)built with `cargo build -p pyc` for
//! the same profile first, so the test never runs a stale binary. While the
//! interpreter does not exist, `pyc run --interp` says that running is not
//! available; the runner then skips, printing why, and it starts checking the
//! whole corpus by itself as soon as a probe program runs.

use pyc_tests::{display, files_with_suffix, first_difference, sibling, tests_dir};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Longest a single program may run before it counts as hung.
const PROGRAM_TIMEOUT: Duration = Duration::from_secs(20);

/// `target/<profile>` for the profile this test was built with.
fn profile_dir() -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|e| format!("current_exe: {e}"))?;
    // target/<profile>/deps/programs-<hash>
    exe.parent()
        .and_then(|deps| deps.parent())
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("unexpected test executable path {}", exe.display()))
}

/// Builds `pyc` for this test's profile and returns its path.
fn build_pyc() -> Result<PathBuf, String> {
    let dir = profile_dir()?;
    let profile = dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("debug")
        .to_string();
    let target_dir = dir
        .parent()
        .ok_or("profile folder has no parent")?
        .to_path_buf();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut cmd = Command::new(cargo);
    cmd.arg("build").arg("-p").arg("pyc").arg("--quiet");
    match profile.as_str() {
        "debug" => {}
        "release" => {
            cmd.arg("--release");
        }
        other => {
            cmd.arg("--profile").arg(other);
        }
    }
    let status = cmd
        .env("CARGO_TARGET_DIR", &target_dir)
        .current_dir(tests_dir())
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let pyc = dir.join(format!("pyc{}", std::env::consts::EXE_SUFFIX));
    if !status.success() {
        return Err(format!("`cargo build -p pyc` failed ({status})"));
    }
    if !pyc.is_file() {
        return Err(format!("{} was not produced", pyc.display()));
    }
    Ok(pyc)
}

/// Output of one run: stdout, stderr, exit code (None if killed or signalled).
struct RunOutput {
    stdout: String,
    stderr: String,
    code: Option<i32>,
    timed_out: bool,
}

fn run_pyc(pyc: &Path, folder: &Path, file_name: &str) -> Result<RunOutput, String> {
    let mut child = Command::new(pyc)
        .args(["run", "--interp", file_name])
        .current_dir(folder)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", pyc.display()))?;
    // Drain both pipes on threads so a chatty program cannot block.
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > PROGRAM_TIMEOUT {
            timed_out = true;
            let _ = child.kill();
            break child.wait().map_err(|e| e.to_string())?;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(RunOutput {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        code: status.code(),
        timed_out,
    })
}

/// Whether `pyc run --interp` works at all; `Err` explains why not.
fn probe(pyc: &Path) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!("pyc-programs-probe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join("probe.py");
    std::fs::write(&file, "print('probe', 6 * 7)\n").map_err(|e| e.to_string())?;
    let out = run_pyc(pyc, &dir, "probe.py");
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

#[test]
fn programs_match_cpython() {
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

    let pyc = build_pyc().unwrap_or_else(|e| panic!("cannot build pyc: {e}"));
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
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(8);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = selected.get(i) else { break };
                if let Some(failure) = check_program(&pyc, path) {
                    failures.lock().unwrap().push((path.to_path_buf(), failure));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    eprintln!(
        "programs: {} run, {} passed, {} failed",
        selected.len(),
        selected.len() - failures.len(),
        failures.len()
    );
    if failures.is_empty() {
        return;
    }
    for (path, why) in &failures {
        eprintln!("--- {}\n    {}", display(path), why.replace('\n', "\n    "));
    }
    panic!(
        "{} of {} programs differ from CPython (summary above)",
        failures.len(),
        selected.len()
    );
}

/// Runs one program; `Some(description)` if its stdout differs.
fn check_program(pyc: &Path, path: &Path) -> Option<String> {
    let expected = match std::fs::read(sibling(path, ".expected")) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => return Some(format!("cannot read .expected: {e}")),
    };
    let folder = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let out = match run_pyc(pyc, folder, name) {
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
    first_difference(&expected, &out.stdout).map(|diff| {
        format!(
            "stdout {diff}\n  exit code {:?}; stderr (tail):\n{}",
            out.code,
            stderr_tail()
        )
    })
}
