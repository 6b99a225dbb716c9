//! Linking: turns the object file of a program into an executable by
//! running the system C compiler driver (`cc`, or `$PYC_CC`) on it, the
//! runtime archive (see `archive`) and the system libraries a Rust
//! staticlib needs.
//!
//! Invariants: every temporary (the object file, the linker's output) lives
//! in a `tempfile` folder that is removed whatever happens; the output path
//! only ever holds a complete executable (the linked file is renamed into
//! place); a missing linker or a failed link is a `NativeError` carrying the
//! linker's own message, never a panic.

use crate::archive::runtime_archive;
use crate::{BuildOptions, NativeError};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::str::FromStr;
use target_lexicon::Triple;

/// The libraries `rustc --print native-static-libs` lists for a staticlib
/// on this host, in link order.
#[cfg(target_os = "macos")]
const SYSTEM_LIBS: &[&str] = &["-lSystem", "-lc", "-lm"];
#[cfg(not(target_os = "macos"))]
const SYSTEM_LIBS: &[&str] = &[
    "-lgcc_s",
    "-lutil",
    "-lrt",
    "-lpthread",
    "-lm",
    "-ldl",
    "-lc",
];

/// Flags that keep executables small: drop unreferenced sections of the
/// runtime and strip symbols.
#[cfg(target_os = "macos")]
const SIZE_FLAGS: &[&str] = &["-Wl,-dead_strip"];
#[cfg(not(target_os = "macos"))]
const SIZE_FLAGS: &[&str] = &["-Wl,--gc-sections", "-s"];

/// The linker commands to try, each a program and its leading arguments:
/// `$PYC_CC` alone when set (split at whitespace, so `zig cc -target ...`
/// works), else `cc`, then `gcc` and `clang` for machines without `cc`.
fn linkers() -> Vec<Vec<String>> {
    linkers_from(std::env::var("PYC_CC").ok())
}

/// [`linkers`] for a given value of `$PYC_CC`.
fn linkers_from(pyc_cc: Option<String>) -> Vec<Vec<String>> {
    if let Some(value) = pyc_cc {
        let words: Vec<String> = value.split_whitespace().map(str::to_string).collect();
        if !words.is_empty() {
            return vec![words];
        }
    }
    ["cc", "gcc", "clang"]
        .iter()
        .map(|name| vec![name.to_string()])
        .collect()
}

/// Parses a target triple as `--target` takes it.
pub fn parse_target(name: &str) -> Result<Triple, NativeError> {
    Triple::from_str(name).map_err(|e| NativeError(format!("unknown target triple '{name}': {e}")))
}

/// Checks that `opts.target` (if any) can be linked here: the host triple
/// always can; a foreign one only with a cross linker (`$PYC_CC`) and a
/// runtime archive built for it (`$PYC_RUNTIME`).
pub fn check_target(opts: &BuildOptions) -> Result<(), NativeError> {
    let Some(name) = opts.target.as_deref() else {
        return Ok(());
    };
    let triple = parse_target(name)?;
    if triple == Triple::host() {
        return Ok(());
    }
    let set = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    if set("PYC_CC") && set("PYC_RUNTIME") {
        return Ok(());
    }
    Err(NativeError(format!(
        "cannot link an executable for {triple}: this machine is {host} and linking \
         for another target needs a cross linker (set PYC_CC) and a runtime archive \
         built for that target (set PYC_RUNTIME); `--emit=obj` writes the object \
         file without linking",
        host = Triple::host()
    )))
}

/// Links `object` (an object file defining `main`) with the runtime archive
/// into the executable `output`.
pub fn link_executable(
    object: &[u8],
    output: &Path,
    opts: &BuildOptions,
) -> Result<(), NativeError> {
    check_target(opts)?;
    let archive = runtime_archive()?;
    link_with_archive(object, output, &archive, opts)
}

/// [`link_executable`] with an explicit runtime archive.
pub fn link_with_archive(
    object: &[u8],
    output: &Path,
    archive: &Path,
    opts: &BuildOptions,
) -> Result<(), NativeError> {
    check_target(opts)?;
    // The temporary folder sits beside the output so that the final rename
    // never crosses file systems (an atomic replace, also for the cache).
    let out_dir = match output.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".pyc-link-")
        .tempdir_in(&out_dir)
        .map_err(|e| {
            NativeError(format!(
                "cannot write the executable into {}: {}",
                out_dir.display(),
                io_message(&e)
            ))
        })?;
    let obj_path = tmp.path().join("program.o");
    std::fs::write(&obj_path, object).map_err(|e| {
        NativeError(format!(
            "cannot write the object file {}: {}",
            obj_path.display(),
            io_message(&e)
        ))
    })?;
    let linked = tmp.path().join("program");
    let mut result = None;
    let mut cc = String::new();
    for words in linkers() {
        cc = words.join(" ");
        let mut cmd = Command::new(&words[0]);
        cmd.args(&words[1..])
            .arg("-o")
            .arg(&linked)
            .arg(&obj_path)
            .arg(archive)
            .args(SIZE_FLAGS)
            .args(SYSTEM_LIBS);
        match cmd.output() {
            Ok(output) => {
                result = Some(output);
                break;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                return Err(NativeError(format!(
                    "cannot run the linker `{cc}`: {}",
                    io_message(&e)
                )))
            }
        }
    }
    let Some(result) = result else {
        let which = if std::env::var_os("PYC_CC").is_some_and(|v| !v.is_empty()) {
            format!("`{cc}` (PYC_CC) was not found")
        } else {
            "`cc` was not found on PATH (nor gcc, nor clang)".to_string()
        };
        return Err(NativeError(format!(
            "cannot link: the C compiler driver {which}; install a C toolchain \
             (gcc or clang) or set PYC_CC to one"
        )));
    };
    if !result.status.success() {
        let stderr = String::from_utf8_lossy(&result.stderr);
        let how = match result.status.code() {
            Some(code) => format!("exit status {code}"),
            None => "killed by a signal".to_string(),
        };
        let mut text = format!(
            "linking with `{cc}` failed ({how}):\n{}",
            clip_lines(stderr.trim_end(), 40)
        );
        if stderr.contains("undefined reference to `pyrt_") {
            text.push_str(&format!(
                "\nthe runtime archive {} lacks entry points this pyc calls: it is \
                 probably stale; rebuild it with `cargo build -p pyrt` (same profile \
                 as pyc) or point PYC_RUNTIME at a current one",
                archive.display()
            ));
        }
        return Err(NativeError(text));
    }
    std::fs::rename(&linked, output).map_err(|e| {
        NativeError(format!(
            "cannot write the executable {}: {}",
            output.display(),
            io_message(&e)
        ))
    })?;
    tmp.close()
        .map_err(|e| NativeError(format!("cannot remove temporary files: {}", io_message(&e))))
}

/// An I/O error without Rust's `(os error N)` suffix.
fn io_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    text.split(" (os error").next().unwrap_or(&text).to_string()
}

/// The first `max` lines of `text`, noting how many were left out.
fn clip_lines(text: &str, max: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= max {
        return text.to_string();
    }
    format!(
        "{}\n... ({} more lines)",
        lines[..max].join("\n"),
        lines.len() - max
    )
}

#[cfg(test)]
#[path = "link_tests.rs"]
mod tests;
