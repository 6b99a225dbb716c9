//! The bytecode: the opcode table, `CodeObject`, and the compiler from AST
//! to code objects.

use crate::ast::Mod;
use crate::error::SyntaxError;

/// A compiled code object (filled in by the bytecode compiler).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CodeObject {}

/// Compiles a parsed module to its code object tree.
pub fn compile_module(_m: &Mod, _filename: &str) -> Result<CodeObject, SyntaxError> {
    Err(SyntaxError::new(
        crate::ErrorKind::SyntaxError,
        "compiler not written yet",
        1,
        0,
    ))
}
