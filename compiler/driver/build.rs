//! Build script of `pyc`: decides whether the `pyc` binary carries its own
//! copy of the runtime archive (`libpyrt.a`) and, if so, builds it.
//!
//! Why: `cargo install --path compiler/driver` copies only the `pyc`
//! binary, and a build script cannot use the staticlib that the same cargo
//! invocation produces for the `pyrt` dependency (build scripts run before
//! their package's dependencies are known to be compiled). So a release
//! build of `pyc` runs a nested `cargo build --release -p pyrt` into its own
//! target folder (`<target>/embedded-runtime`, reused across builds) and
//! embeds the resulting archive; `pyc` extracts it into its cache folder at
//! first use. Debug builds skip this: they link with the `libpyrt.a` that
//! `cargo build -p pyrt` puts beside the `pyc` binary.
//!
//! The embedded copy has its debug sections stripped (executables are
//! linked with `-s` anyway). `PYC_EMBED_RUNTIME=1` forces embedding, `PYC_EMBED_RUNTIME=0` turns it
//! off. A failed nested build is a warning, not an error: the binary then
//! finds its archive beside itself or through `PYC_RUNTIME`.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PYC_EMBED_RUNTIME");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let generated = out_dir.join("embedded_runtime.rs");
    let profile = std::env::var("PROFILE").unwrap_or_default();
    let wanted = match std::env::var("PYC_EMBED_RUNTIME").as_deref() {
        Ok("1") => true,
        Ok("0") => false,
        _ => profile == "release",
    };
    let embedded = if wanted {
        build_archive(&out_dir)
    } else {
        None
    };
    let text = match embedded {
        Some((archive, id)) => format!(
            "/// The embedded runtime archive.\npub const BYTES: &[u8] = include_bytes!({:?});\n\
             /// Changes whenever `BYTES` does.\npub const ID: &str = {:?};\n",
            archive.display().to_string(),
            id
        ),
        None => {
            "/// No runtime archive is embedded in this build.\npub const BYTES: &[u8] = &[];\n\
                 /// Empty: nothing embedded.\npub const ID: &str = \"\";\n"
                .to_string()
        }
    };
    std::fs::write(&generated, text).expect("write embedded_runtime.rs");
}

/// Builds `libpyrt.a` with a nested cargo and copies it into `out_dir`;
/// returns its path and content id, or None (with a warning) on failure.
fn build_archive(out_dir: &Path) -> Option<(PathBuf, String)> {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR")?);
    // compiler/driver -> the workspace root.
    let root = manifest_dir.parent()?.parent()?.to_path_buf();
    for watched in ["runtime", "compiler/frontend", "Cargo.lock", "Cargo.toml"] {
        println!("cargo:rerun-if-changed={}", root.join(watched).display());
    }
    // OUT_DIR is <target>[/<triple>]/<profile>/build/pyc-<hash>/out.
    let target_dir = out_dir.ancestors().nth(4)?.join("embedded-runtime");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let host = std::env::var("HOST").unwrap_or_default();
    let target = std::env::var("TARGET").unwrap_or_default();
    let mut cmd = Command::new(cargo);
    cmd.current_dir(&root)
        .args(["build", "--release", "-p", "pyrt", "--target-dir"])
        .arg(&target_dir)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET");
    let mut release = target_dir.clone();
    if !target.is_empty() && target != host {
        cmd.args(["--target", &target]);
        release.push(&target);
    }
    release.push("release");
    let status = match cmd.status() {
        Ok(status) => status,
        Err(e) => {
            println!("cargo:warning=cannot run cargo to build the runtime archive: {e}");
            return None;
        }
    };
    if !status.success() {
        println!(
            "cargo:warning=building the runtime archive to embed failed ({status}); \
             pyc will look for libpyrt.a beside itself or in PYC_RUNTIME"
        );
        return None;
    }
    let built = release.join("libpyrt.a");
    // Executables are linked with `-s`, so the archive's debug sections
    // (mostly the standard library's) are dead weight in the pyc binary:
    // drop them when binutils' `strip` is at hand (about a quarter smaller).
    let stripped = out_dir.join("libpyrt-stripped.a");
    let strip_ok = target.contains("linux")
        && Command::new("strip")
            .arg("--strip-debug")
            .arg("-o")
            .arg(&stripped)
            .arg(&built)
            .status()
            .is_ok_and(|s| s.success());
    let built = if strip_ok { stripped } else { built };
    let bytes = match std::fs::read(&built) {
        Ok(bytes) => bytes,
        Err(e) => {
            println!("cargo:warning=cannot read {}: {e}", built.display());
            return None;
        }
    };
    let copy = out_dir.join("libpyrt.a");
    if let Err(e) = std::fs::write(&copy, &bytes) {
        println!("cargo:warning=cannot write {}: {e}", copy.display());
        return None;
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    let id = format!(
        "{}-{:016x}-{}",
        std::env::var("CARGO_PKG_VERSION").unwrap_or_default(),
        h.finish(),
        bytes.len()
    );
    Some((copy, id))
}
