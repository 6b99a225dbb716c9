//! The native tier's command line end to end: `pyc build` writing an
//! executable (or `--emit=obj` an object file), the errors for a missing
//! `cc` and for targets that cannot be linked here, syntax errors in
//! imported modules, and `pyc run` building into its cache once, reusing
//! the build, and passing argv, output and exit status through.
//!
//! Every test works in its own temporary folder with its own cache folder
//! (`PYC_CACHE_DIR`), so tests never see each other's files.

use pyc_tests::pyc_bin::build_pyc;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A scratch folder holding the given files (relative path, contents).
fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// `pyc args...` run in `cwd`, caching under `cwd/.cache`, with extra
/// environment `env` and no PYC_* overrides inherited from the caller.
fn pyc_in(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let pyc = build_pyc().unwrap_or_else(|e| panic!("cannot build pyc: {e}"));
    let mut cmd = Command::new(pyc);
    cmd.args(args)
        .current_dir(cwd)
        .env_remove("PYC_CC")
        .env_remove("PYC_RUNTIME")
        .env("PYC_CACHE_DIR", cwd.join(".cache"))
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("pyc runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Files of `dir` (not recursive), sorted, without the cache folder.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != ".cache")
        .collect();
    names.sort();
    names
}

/// Entries of the executable cache.
fn cached(dir: &Path) -> Vec<PathBuf> {
    match std::fs::read_dir(dir.join(".cache").join("run")) {
        Ok(entries) => entries.flatten().map(|e| e.path()).collect(),
        Err(_) => Vec::new(),
    }
}

/// The ELF header fields (file type, machine) of `bytes`.
fn elf_type_and_machine(bytes: &[u8]) -> Option<(u16, u16)> {
    if bytes.len() < 20 || &bytes[..4] != b"\x7fELF" || bytes[5] != 1 {
        return None;
    }
    let half = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]);
    Some((half(16), half(18)))
}

/// What changes when a file is replaced (a rebuild renames a new file into
/// place): its inode on unix, else its creation time.
fn file_identity(path: &Path) -> String {
    let meta = std::fs::metadata(path).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        format!("{}:{}", meta.dev(), meta.ino())
    }
    #[cfg(not(unix))]
    {
        format!("{:?}", meta.created().ok())
    }
}

const HELLO: &str = "import sys\nprint('hello', sys.argv[1:])\n";

#[test]
fn build_writes_a_small_executable_and_no_temporaries() {
    let dir = folder(&[("hello.py", HELLO)]);
    let out = pyc_in(dir.path(), &["build", "hello.py"], &[]);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    assert_eq!(listing(dir.path()), ["hello", "hello.py"]);
    let exe = dir.path().join("hello");
    let size = std::fs::metadata(&exe).unwrap().len();
    assert!(size < 10 << 20, "hello world is {size} bytes");
    let run = Command::new(&exe).arg("x").output().unwrap();
    assert_eq!(text(&run.stdout), "hello ['x']\n");
    assert_eq!(run.status.code(), Some(0));
    // -o names the output.
    let out = pyc_in(
        dir.path(),
        &["build", "hello.py", "-o", "sub-hello", "-O2"],
        &[],
    );
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    assert!(dir.path().join("sub-hello").is_file());
}

#[test]
fn a_missing_cc_is_a_clear_error() {
    let dir = folder(&[("hello.py", HELLO)]);
    let empty = tempfile::tempdir().unwrap();
    let path = empty.path().to_str().unwrap();
    let out = pyc_in(dir.path(), &["build", "hello.py"], &[("PATH", path)]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        stderr.starts_with("pyc: cannot link: the C compiler driver `cc` was not found"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(listing(dir.path()), ["hello.py"], "temporaries left behind");
}

#[test]
fn a_foreign_target_says_it_needs_a_cross_linker() {
    let dir = folder(&[("hello.py", HELLO)]);
    let out = pyc_in(
        dir.path(),
        &["build", "hello.py", "--target", "aarch64-unknown-linux-gnu"],
        &[],
    );
    let stderr = text(&out.stderr);
    if cfg!(target_arch = "aarch64") {
        return;
    }
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        stderr.starts_with("pyc: cannot link an executable for aarch64-unknown-linux-gnu"),
        "{stderr}"
    );
    assert!(
        stderr.contains("cross linker") && stderr.contains("--emit=obj"),
        "{stderr}"
    );
    let out = pyc_in(
        dir.path(),
        &[
            "build",
            "hello.py",
            "--emit=obj",
            "--target",
            "no-such-thing",
        ],
        &[],
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        stderr.starts_with("pyc: unknown target triple 'no-such-thing'"),
        "{stderr}"
    );
    assert_eq!(listing(dir.path()), ["hello.py"]);
}

#[test]
fn emit_obj_writes_an_object_file() {
    let dir = folder(&[("hello.py", HELLO)]);
    let out = pyc_in(dir.path(), &["build", "hello.py", "--emit=obj"], &[]);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    assert_eq!(listing(dir.path()), ["hello.o", "hello.py"]);
    let object = std::fs::read(dir.path().join("hello.o")).unwrap();
    if cfg!(all(target_os = "linux", target_arch = "x86_64")) {
        // ET_REL for EM_X86_64.
        assert_eq!(elf_type_and_machine(&object), Some((1, 62)));
    }
    // For another target, with -o.
    let out = pyc_in(
        dir.path(),
        &[
            "build",
            "hello.py",
            "--emit=obj",
            "--target",
            "aarch64-unknown-linux-gnu",
            "-o",
            "arm.o",
        ],
        &[],
    );
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    let object = std::fs::read(dir.path().join("arm.o")).unwrap();
    // ET_REL for EM_AARCH64.
    assert_eq!(elf_type_and_machine(&object), Some((1, 183)));
}

#[test]
fn syntax_errors_in_imported_modules_are_reported_like_cpython() {
    let dir = folder(&[("main.py", "import helper\n"), ("helper.py", "x = (\n")]);
    let out = pyc_in(dir.path(), &["build", "main.py"], &[]);
    let helper = dir.path().canonicalize().unwrap().join("helper.py");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        format!(
            "  File \"{}\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n",
            helper.display()
        )
    );
    assert_eq!(text(&out.stdout), "");
    assert_eq!(listing(dir.path()), ["helper.py", "main.py"]);
}

#[test]
fn run_builds_once_and_reuses_the_cached_executable() {
    let program = "import sys, helper\nprint(sys.argv, helper.VALUE)\n\
                   print(input())\nsys.exit(3)\n";
    let dir = folder(&[("prog.py", program), ("helper.py", "VALUE = 41 + 1\n")]);
    let run = |stdin: &str| {
        let pyc = build_pyc().unwrap();
        let mut child = Command::new(pyc)
            .args(["run", "prog.py", "a", "-b"])
            .current_dir(dir.path())
            .env("PYC_CACHE_DIR", dir.path().join(".cache"))
            .env_remove("PYC_RUNTIME")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let first = run("line one\n");
    assert_eq!(
        first.status.code(),
        Some(3),
        "stderr: {}",
        text(&first.stderr)
    );
    assert_eq!(text(&first.stdout), "['prog.py', 'a', '-b'] 42\nline one\n");
    let entries = cached(dir.path());
    assert_eq!(entries.len(), 1, "{entries:?}");
    let identity = file_identity(&entries[0]);
    let second = run("line two\n");
    assert_eq!(second.status.code(), Some(3));
    assert_eq!(
        text(&second.stdout),
        "['prog.py', 'a', '-b'] 42\nline two\n"
    );
    assert_eq!(cached(dir.path()), entries);
    assert_eq!(
        file_identity(&entries[0]),
        identity,
        "the cached executable was rebuilt"
    );
    // Changing an imported module makes a new build.
    std::fs::write(dir.path().join("helper.py"), "VALUE = 7\n").unwrap();
    let third = run("x\n");
    assert_eq!(text(&third.stdout), "['prog.py', 'a', '-b'] 7\nx\n");
    assert_eq!(cached(dir.path()).len(), 2);
    assert_eq!(listing(dir.path()), ["helper.py", "prog.py"]);
}

/// `pyc build --emit=clif` of `tests/native/clif_basic.py` equals the
/// committed golden `clif_basic.clif` (file paths shown relative). Run
/// with `PYC_BLESS=1` to rewrite the golden after an intended change to
/// the lowering.
#[test]
fn emit_clif_matches_golden() {
    let dir = pyc_tests::tests_dir().join("native");
    let out = pyc_in(&dir, &["build", "clif_basic.py", "--emit=clif"], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout).replace(&format!("{}/", dir.display()), "");
    let golden = dir.join("clif_basic.clif");
    if std::env::var_os("PYC_BLESS").is_some() {
        std::fs::write(&golden, &shown).unwrap();
    }
    let want = std::fs::read_to_string(&golden).unwrap_or_default();
    if let Some(diff) = pyc_tests::first_difference(&want, &shown) {
        panic!("--emit=clif differs from {}: {diff}", golden.display());
    }
    // Every code object has its function, headed by its qualified name.
    for name in ["<module>", "add", "count", "safe_div", "gen"] {
        assert!(
            shown.contains(&format!("; {name} (clif_basic.py:")),
            "{name}"
        );
    }
}
