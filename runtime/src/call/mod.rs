//! Calling: the vectorcall convention, argument binding with CPython's
//! messages, Rust functions exposed as Python callables, and descriptors of
//! built-in types.

pub mod argparse;
pub mod builtin;
pub mod descr;
pub mod vectorcall;
