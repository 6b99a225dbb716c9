//! pyc native tier: lowers bytecode `CodeObject`s to Cranelift IR, emits an
//! object file and links it with the runtime archive (issue 4).
//!
//! Nothing lives here yet; the crate exists so the workspace has its final
//! shape and the driver can depend on it once lowering lands.
