//! pyc native tier: lowers every bytecode `CodeObject` of a program to a
//! Cranelift function, emits one object file holding those functions plus
//! the serialized program (code objects, sources), and links it with the
//! runtime archive into a standalone executable.
//!
//! * `abi`     — the runtime's entry points and layout (its own table)
//! * `lower`   — bytecode → CLIF, one function per code object
//! * `emit`    — the object file (cranelift-object), the program image
//!   (`pyc_frontend::image`) and `--emit=clif`
//! * `archive` — finding the runtime archive
//! * `link`    — linking with `cc`

pub mod abi;
pub mod archive;
pub mod emit;
pub mod link;
pub mod lower;

use pyc_frontend::bytecode::CodeObject;

/// How to build: Cranelift optimisation level (0, 1, 2 → none, speed,
/// speed_and_size) and the target triple (None = the host).
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub opt_level: u8,
    pub target: Option<String>,
}

/// One module compiled into the executable.
#[derive(Debug, Clone)]
pub struct ProgramModule {
    /// Dotted module name; the script itself is `__main__`.
    pub name: String,
    /// Absolute path of the source file (`__file__`, tracebacks).
    pub path: String,
    /// Decoded source text (traceback source lines).
    pub source: String,
    /// Whether the module is a package (`__init__.py`).
    pub is_package: bool,
    pub code: CodeObject,
}

/// A whole program: `modules[0]` is `__main__`; `argv0` is the script path
/// as the user gave it (`sys.argv[0]`, as CPython shows it).
#[derive(Debug, Clone)]
pub struct Program {
    pub argv0: String,
    pub modules: Vec<ProgramModule>,
}

/// A failure of the native tier (lowering, object emission, linking), as a
/// message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NativeError(pub String);

impl std::fmt::Display for NativeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NativeError {}

pub use emit::{clif_listing, compile_program};
