//! The error value returned by every pure algorithm of the runtime
//! (`num`, `text`, `collections`): the CPython exception class to raise and
//! its message, exactly as CPython 3.11 words it. The object model turns an
//! [`AlgError`] into a real exception object.

use std::fmt;

/// Which built-in exception class an [`AlgError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExcKind {
    ValueError,
    OverflowError,
    ZeroDivisionError,
    TypeError,
    IndexError,
    KeyError,
    /// `MemoryError` (for example a repeat count that cannot be allocated).
    MemoryError,
}

/// An exception to raise: its class and its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlgError {
    pub kind: ExcKind,
    pub msg: String,
}

impl AlgError {
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> Self {
        AlgError {
            kind,
            msg: msg.into(),
        }
    }
    pub fn value(msg: impl Into<String>) -> Self {
        Self::new(ExcKind::ValueError, msg)
    }
    pub fn overflow(msg: impl Into<String>) -> Self {
        Self::new(ExcKind::OverflowError, msg)
    }
    pub fn zero_div(msg: impl Into<String>) -> Self {
        Self::new(ExcKind::ZeroDivisionError, msg)
    }
    pub fn type_error(msg: impl Into<String>) -> Self {
        Self::new(ExcKind::TypeError, msg)
    }
    pub fn index(msg: impl Into<String>) -> Self {
        Self::new(ExcKind::IndexError, msg)
    }
}

impl fmt::Display for AlgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for AlgError {}

/// Shorthand result type of the pure algorithms.
pub type AlgResult<T> = Result<T, AlgError>;
