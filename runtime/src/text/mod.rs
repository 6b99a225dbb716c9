//! Pure text algorithms with CPython 3.11 semantics: Unicode character
//! properties, str repr, str methods, the format-spec mini-language,
//! `%`-formatting and `str.format` parsing. Strings are Rust `&str`; any
//! index a Python program sees is counted in characters (code points), never
//! bytes. Failures are [`crate::num::AlgError`]s.

pub mod float_fmt;
pub mod format_spec;
pub mod printf;
pub mod repr;
pub mod strformat;
pub mod strmethods;
pub mod unicode;
