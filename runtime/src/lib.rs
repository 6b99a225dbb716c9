//! pyrt: the pyc runtime (issue 3) — object model, reference counting,
//! built-in types, the bytecode interpreter, builtins and modules.

pub mod collections;
pub mod num;
pub mod text;
