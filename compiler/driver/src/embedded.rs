//! The runtime archive carried inside the `pyc` binary, so that a `pyc`
//! installed with `cargo install` (which copies only the binary) can still
//! link programs. `build.rs` decides whether to embed one (release builds
//! do, unless `PYC_EMBED_RUNTIME=0`) and generates the constants included
//! here; an empty `BYTES` means none was embedded.

include!(concat!(env!("OUT_DIR"), "/embedded_runtime.rs"));

/// Hands the embedded archive (if any) to the archive finder of pyc-native.
pub fn register() {
    pyc_native::archive::register_embedded_runtime(BYTES, ID);
}
