//! Finding the runtime archive (`libpyrt.a`, the staticlib of crate `pyrt`)
//! that every executable is linked with, and pyc's per-user cache folder.
//!
//! Search order of [`runtime_archive`]:
//! 1. `$PYC_RUNTIME` (must name an existing file, else an error);
//! 2. `libpyrt.a` beside the running `pyc` (after `cargo build`, cargo puts
//!    the staticlib of a built workspace member in `target/<profile>/`,
//!    next to the `pyc` binary), then `<exe>/../lib/pyc/libpyrt.a` for a
//!    packaged install;
//! 3. the copy embedded in the `pyc` binary (release builds embed one, so
//!    `cargo install` works), registered by the driver with
//!    [`register_embedded_runtime`] and extracted once into the cache
//!    folder under its content id.
//!
//! Extractions by other `pyc` builds older than a week are removed when a
//! new one is made.
//!
//! Invariant: an extracted archive is only ever visible under its final
//! name when complete (written to a temporary file, then renamed).

use crate::NativeError;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The file name of the runtime archive.
pub const ARCHIVE_NAME: &str = "libpyrt.a";

/// An archive carried inside the `pyc` binary: its bytes and an id that
/// changes whenever the bytes do.
struct Embedded {
    bytes: &'static [u8],
    id: &'static str,
}

static EMBEDDED: OnceLock<Embedded> = OnceLock::new();

/// Makes `bytes` (a runtime archive compiled into the calling binary, with
/// content id `id`) the last resort of [`runtime_archive`]. Empty bytes
/// mean "none embedded". Only the first registration counts.
pub fn register_embedded_runtime(bytes: &'static [u8], id: &'static str) {
    if !bytes.is_empty() {
        let _ = EMBEDDED.set(Embedded { bytes, id });
    }
}

/// pyc's cache folder: `$PYC_CACHE_DIR`, else `$XDG_CACHE_HOME/pyc`, else
/// `$HOME/.cache/pyc`, else a per-user folder in the system temp folder.
pub fn cache_root() -> PathBuf {
    let nonempty = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(dir) = nonempty("PYC_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = nonempty("XDG_CACHE_HOME") {
        return PathBuf::from(dir).join("pyc");
    }
    if let Some(home) = nonempty("HOME") {
        return PathBuf::from(home).join(".cache").join("pyc");
    }
    let user = std::env::var("USER").unwrap_or_else(|_| "user".into());
    std::env::temp_dir().join(format!("pyc-cache-{user}"))
}

/// The runtime archive to link with (see the module doc for the order).
pub fn runtime_archive() -> Result<PathBuf, NativeError> {
    if let Some(path) = std::env::var_os("PYC_RUNTIME").filter(|v| !v.is_empty()) {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(NativeError(format!(
                "PYC_RUNTIME names {}, which is not a file",
                path.display()
            )))
        };
    }
    let mut looked = Vec::new();
    if let Ok(exe) = std::env::current_exe() {
        // Follow a symlink (`~/bin/pyc -> .../target/release/pyc`) to the
        // real binary, whose folder holds the archive.
        let exe = exe.canonicalize().unwrap_or(exe);
        if let Some(dir) = exe.parent() {
            for candidate in [
                dir.join(ARCHIVE_NAME),
                dir.join("..").join("lib").join("pyc").join(ARCHIVE_NAME),
            ] {
                if candidate.is_file() {
                    return Ok(candidate);
                }
                looked.push(candidate);
            }
        }
    }
    if let Some(embedded) = EMBEDDED.get() {
        return extract_embedded(embedded);
    }
    let looked: Vec<String> = looked.iter().map(|p| p.display().to_string()).collect();
    Err(NativeError(format!(
        "cannot find the runtime archive {ARCHIVE_NAME} (looked at {}); build it with \
         `cargo build -p pyrt` (same profile as pyc) or set PYC_RUNTIME to its path",
        if looked.is_empty() {
            "no location: the pyc binary's path is unknown".to_string()
        } else {
            looked.join(", ")
        }
    )))
}

/// Writes the embedded archive to `<cache>/runtime/<id>/libpyrt.a` unless
/// already there, and returns that path.
fn extract_embedded(embedded: &Embedded) -> Result<PathBuf, NativeError> {
    let dir = cache_root().join("runtime").join(embedded.id);
    let path = dir.join(ARCHIVE_NAME);
    let complete = std::fs::metadata(&path)
        .map(|m| m.len() == embedded.bytes.len() as u64)
        .unwrap_or(false);
    if complete {
        return Ok(path);
    }
    let fail = |what: &str, e: std::io::Error| {
        NativeError(format!(
            "cannot extract the runtime archive: {what} {}: {e}",
            dir.display()
        ))
    };
    std::fs::create_dir_all(&dir).map_err(|e| fail("cannot create", e))?;
    write_atomically(&path, embedded.bytes).map_err(|e| fail("cannot write into", e))?;
    remove_old_extractions(&dir);
    Ok(path)
}

/// Removes archives other `pyc` builds extracted more than a week ago
/// (a `pyc` still using one extracts it again), so that rebuilding pyc
/// does not pile up copies. Best effort.
fn remove_old_extractions(current: &Path) {
    const WEEK: std::time::Duration = std::time::Duration::from_secs(7 * 24 * 3600);
    let Some(parent) = current.parent() else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let path = entry.path();
        if path == current {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).unwrap_or_default() > WEEK);
        if old {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

/// Writes `bytes` to a fresh temporary file in `path`'s folder and renames
/// it to `path`, so readers never see a partial file.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.flush()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
