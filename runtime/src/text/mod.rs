//! Pure text algorithms with CPython 3.11 semantics. Strings are Rust
//! `&str`; any index a Python program sees is counted in characters (code
//! points), never bytes. Failures are [`crate::num::AlgError`]s.
//!
//! - [`unicode`]: character properties and case mappings (Unicode 14,
//!   tables generated from CPython itself);
//! - [`repr`]: repr()/ascii() of str; [`float_fmt`]: float repr and the
//!   e/f/g/r renderings; [`format_spec`]: `format()` for str, int, float,
//!   complex; [`printf`]: `str % args`; [`strformat`]: `str.format`;
//! - [`strmethods`]: str methods; [`bytes`] and [`bytes_methods`]: bytes
//!   repr/hex/fromhex and methods; [`codecs`]: utf-8/ascii/latin-1.

pub mod bytes;
pub mod bytes_methods;
pub mod codecs;
pub mod float_fmt;
pub mod format_spec;
pub mod printf;
pub mod repr;
pub mod strformat;
pub mod strmethods;
pub mod unicode;

use crate::num::error::{AlgError, AlgResult, ExcKind};

/// Reserves room for `extra` more bytes, turning an impossible allocation
/// into CPython's MemoryError instead of aborting the process.
pub(crate) fn reserve(out: &mut String, extra: usize) -> AlgResult<()> {
    out.try_reserve(extra)
        .map_err(|_| AlgError::new(ExcKind::MemoryError, ""))
}

/// Appends `n` copies of `c` (MemoryError when that cannot be allocated).
pub(crate) fn push_repeated(out: &mut String, c: char, n: usize) -> AlgResult<()> {
    reserve(out, n.saturating_mul(c.len_utf8()))?;
    out.extend(std::iter::repeat_n(c, n));
    Ok(())
}
