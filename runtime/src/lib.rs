//! pyrt: the pyc runtime (issue 3) — object model, reference counting,
//! built-in types, the bytecode interpreter, builtins and modules.
//!
//! Layout of the crate:
//! * `object`  — the `Value` word, headers, refcounting, allocation, GC links
//! * `types`   — `TypeObject`, slots, MRO, method cache, `type`, heap types
//! * `objects` — the core built-in types (int, float, str, tuple, list, dict, ...)
//! * `ops`     — abstract protocols, comparison, numeric dispatch, attributes
//! * `call`    — vectorcall, argument binding, builtin functions, descriptors
//! * `errors`  — thread state, exceptions, raising helpers, panic boundary
//! * `abi`     — the table of entry points native code calls, and their bodies
//! * `gil`     — start-up and the global interpreter lock
//! * `num`, `text`, `collections` — pure algorithms (number/str conversion,
//!   hashing, formatting, CPython's set table) used by the objects above

// Runtime-wide lint policy: `Value`s and `*mut TypeObject`s handed to
// runtime functions are valid by the object-model invariants (documented in
// `object` and `types`), the same way CPython's API takes `PyObject *`, so
// functions taking them are not all `unsafe fn`; and fallible functions
// return `Err(())`/null/-1 because the error itself lives in the thread
// state.
#![allow(clippy::missing_safety_doc)]
#![allow(clippy::not_unsafe_ptr_arg_deref)]
#![allow(clippy::result_unit_err)]

pub mod abi;
pub mod builtins;
pub mod call;
pub mod collections;
pub mod errors;
pub mod gil;
pub mod interp;
pub mod modules;
pub mod num;
pub mod object;
pub mod objects;
pub mod ops;
pub mod program;
pub mod run;
pub mod suggestions;
pub mod text;
pub mod traceback;
pub mod types;

#[cfg(test)]
pub mod testing;
#[cfg(test)]
mod tests;

pub use object::Value;
