//! Pure container algorithms whose observable behaviour (iteration order)
//! must match CPython 3.11 exactly.

pub mod settable;
pub mod timsort;
