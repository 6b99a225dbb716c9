//! Pure container algorithms whose observable behaviour must match CPython
//! 3.11 exactly: [`settable`] (set/frozenset table and iteration order) and
//! [`timsort`] (list.sort with CPython's exact comparison sequence).

pub mod settable;
pub mod timsort;
