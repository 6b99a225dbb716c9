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

#![allow(clippy::missing_safety_doc)]

pub mod abi;
pub mod call;
pub mod errors;
pub mod gil;
pub mod object;
pub mod objects;
pub mod ops;
pub mod types;

pub use object::Value;
