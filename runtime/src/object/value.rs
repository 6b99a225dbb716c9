//! `Value`: the one-word representation of every Python value.
//!
//! Bit table (low bits of the 64-bit word):
//!
//! | low bits | meaning                                                        |
//! |----------|----------------------------------------------------------------|
//! | `...1`   | small int; the integer is `(word as i64) >> 1` (63-bit signed) |
//! | `..00`   | pointer to a heap object (8-byte aligned); `0` is null         |
//! | `..10`   | reserved, never produced                                       |
//!
//! Null (`word == 0`) is not a Python value: it is the "error / no value"
//! marker returned by fallible runtime functions (the exception is then set
//! in the thread state) and the marker for empty slots in containers.
//!
//! Small ints cover `[-2^62, 2^62 - 1]`. They need no allocation and no
//! reference counting. Ints outside that range are heap `int` objects.
//!
//! Invariants:
//! * a small int is never stored as a heap object of exact type `int`
//!   (heap ints of exact type `int` are always outside the small range), so
//!   `is`/equality on ints of the same value never sees two representations
//!   of the same exact int, except for subclasses of int.
//! * every pointer word points at an `Object` header (see `header.rs`).

use super::header::Object;

/// One Python value (see the module docs for the bit table).
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Value(pub u64);

/// Smallest integer representable as a small int.
pub const SMALL_MIN: i64 = -(1i64 << 62);
/// Largest integer representable as a small int.
pub const SMALL_MAX: i64 = (1i64 << 62) - 1;

impl Value {
    /// The null word: "error / no value". Never a Python object.
    pub const NULL: Value = Value(0);

    /// True for the null word.
    #[inline(always)]
    pub const fn is_null(self) -> bool {
        self.0 == 0
    }

    /// True when the word is a tagged small int.
    #[inline(always)]
    pub const fn is_small(self) -> bool {
        self.0 & 1 == 1
    }

    /// True when the word is a (non-null) heap pointer.
    #[inline(always)]
    pub const fn is_ptr(self) -> bool {
        self.0 & 1 == 0 && self.0 != 0
    }

    /// Encode `i` as a small int; the caller guarantees
    /// `SMALL_MIN <= i <= SMALL_MAX`.
    #[inline(always)]
    pub const fn small_unchecked(i: i64) -> Value {
        Value(((i as u64) << 1) | 1)
    }

    /// Encode `i` as a small int if it fits in 63 bits.
    #[inline(always)]
    pub const fn small(i: i64) -> Option<Value> {
        if i >= SMALL_MIN && i <= SMALL_MAX {
            Some(Value::small_unchecked(i))
        } else {
            None
        }
    }

    /// Decode a small int (only meaningful when `is_small()`).
    #[inline(always)]
    pub const fn as_small(self) -> i64 {
        (self.0 as i64) >> 1
    }

    /// The heap object this word points at (only meaningful when `is_ptr()`).
    #[inline(always)]
    pub const fn as_obj(self) -> *mut Object {
        self.0 as *mut Object
    }

    /// Reinterpret the heap pointer as a pointer to a concrete layout `T`.
    #[inline(always)]
    pub const fn cast<T>(self) -> *mut T {
        self.0 as *mut T
    }

    /// Wrap a heap object pointer (must be 8-byte aligned, may be null).
    #[inline(always)]
    pub fn from_obj<T>(p: *const T) -> Value {
        debug_assert!(p as usize & 7 == 0, "misaligned object pointer");
        Value(p as usize as u64)
    }

    /// The raw word, as native code sees it.
    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_null() {
            write!(f, "Value(NULL)")
        } else if self.is_small() {
            write!(f, "Value(small {})", self.as_small())
        } else {
            write!(f, "Value(obj {:#x})", self.0)
        }
    }
}

/// View `n` words at `p` as a slice; `p` may be null (or dangling) when
/// `n == 0`, as native callers and the vectorcall convention allow.
///
/// # Safety
/// When `n > 0`, `p` points at `n` readable words alive for `'a`.
#[inline(always)]
pub unsafe fn slice_from<'a, T>(p: *const T, n: usize) -> &'a [T] {
    if n == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(p, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout() {
        assert_eq!(std::mem::size_of::<Value>(), 8);
        assert_eq!(std::mem::align_of::<Value>(), 8);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }

    #[test]
    fn small_int_encoding() {
        for i in [0i64, 1, -1, 42, -42, SMALL_MAX, SMALL_MIN] {
            let v = Value::small(i).unwrap();
            assert!(v.is_small());
            assert!(!v.is_ptr() && !v.is_null());
            assert_eq!(v.as_small(), i);
        }
        assert_eq!(Value::small(0).unwrap().bits(), 1);
        assert_eq!(Value::small(-1).unwrap().bits(), u64::MAX);
        assert!(Value::small(SMALL_MAX + 1).is_none());
        assert!(Value::small(SMALL_MIN - 1).is_none());
        assert!(Value::NULL.is_null() && !Value::NULL.is_ptr());
    }
}
