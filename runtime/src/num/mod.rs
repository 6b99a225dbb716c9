//! Pure numeric algorithms with CPython 3.11 semantics. Nothing here knows
//! the object model; inputs and outputs are plain Rust values and failures
//! are [`AlgError`]s carrying the CPython exception kind and message.
//!
//! - [`int`]: int <-> str (any base, 4300-digit limit), floor div/mod,
//!   pow (negative and modular), shifts, bit counts, to/from bytes, round,
//!   correctly rounded true division, int(float);
//! - [`float`]: float //, %, divmod, round, **, is_integer,
//!   as_integer_ratio, hex/fromhex, float(str);
//! - [`complex`]: repr, complex(str), /, **, abs;
//! - [`compare`]: exact int-vs-float ordering;
//! - [`hash`]: numeric, tuple, frozenset, None/NaN (identity) hashes;
//!   [`strhash`]: SipHash-1-3 of str and bytes;
//! - [`math`]: the math module's pure functions and errors;
//! - [`random`]: MT19937 with CPython's seeding, random(), getrandbits;
//! - [`rounding`]: correctly rounded conversions to f64 used by the rest.

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
