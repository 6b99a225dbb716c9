//! The core built-in types and their instances.

pub mod asyncgen;
pub mod bool;
pub mod bytes;
pub mod cell;
pub mod code;
pub mod complex;
pub mod dict;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod genericalias;
pub mod hash;
pub mod int;
pub mod list;
pub mod method;
pub mod module;
pub mod object;
pub mod range;
pub mod seqiter;
pub mod set;
pub mod singletons;
pub mod slice;
pub mod str;
pub mod tuple;
