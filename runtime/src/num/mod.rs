//! Pure numeric algorithms with CPython 3.11 semantics: hashing, float
//! arithmetic rules, int conversions and arithmetic. Nothing here knows the
//! object model; inputs and outputs are plain Rust values and failures are
//! [`AlgError`]s carrying the CPython exception kind and message.

pub mod compare;
pub mod complex;
pub mod error;
pub mod float;
pub mod hash;
pub mod int;
pub mod math;
pub mod random;
pub mod rounding;
pub mod strhash;
#[cfg(test)]
pub(crate) mod testutil;

pub use error::{AlgError, ExcKind};
