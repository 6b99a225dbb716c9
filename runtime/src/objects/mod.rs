//! The core built-in types and their instances.

pub mod bool;
pub mod dict;
pub mod float;
pub mod hash;
pub mod int;
pub mod list;
pub mod object;
pub mod seqiter;
pub mod singletons;
pub mod slice;
pub mod str;
pub mod tuple;
