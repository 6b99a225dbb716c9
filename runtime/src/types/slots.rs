//! Signatures of the type slots, the operator enums that index the numeric
//! slot arrays, and the slot groups embedded in `TypeObject`.
//!
//! All slots take **borrowed** arguments. Slots returning `Value` return a
//! **new reference**, or null with an exception set. Slots returning `i32`
//! return 0 (or a non-negative answer) on success and -1 with an exception
//! set. `tp_iternext` may also return null *without* an exception: the
//! iterator is exhausted. Binary numeric slots return `NotImplemented` (new
//! reference) when they do not handle the operand types; they receive the
//! operands in expression order, so a slot must check which operand is "its"
//! type (this is how reflected operands are handled, as in CPython).
//!
//! Slots are Rust-ABI function pointers: they are called from runtime code
//! only. Native code calls runtime entry points (`crate::abi`), never slots,
//! except through the vectorcall pointer, which is `extern "C"`.

use crate::object::gc::VisitFn;
use crate::object::{Object, Value};
use crate::types::typeobject::TypeObject;

/// The one calling convention for every callable:
/// `callable` (borrowed), `args[0..nargs]` positional then keyword values
/// (borrowed), `kwnames` a tuple of str naming the trailing
/// `len(kwnames)` entries of `args` (or null). Returns a new reference or
/// null with an exception set. Never unwinds.
pub type VectorcallFn = unsafe extern "C" fn(
    callable: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value;

pub type UnaryFn = unsafe fn(Value) -> Value;
pub type BinaryFn = unsafe fn(Value, Value) -> Value;
pub type TernaryFn = unsafe fn(Value, Value, Value) -> Value;
pub type InquiryFn = unsafe fn(Value) -> i32;
pub type LenFn = unsafe fn(Value) -> isize;
pub type HashFn = unsafe fn(Value) -> isize;
pub type RichCmpFn = unsafe fn(Value, Value, CompareOp) -> Value;
pub type GetattroFn = unsafe fn(obj: Value, name: Value) -> Value;
/// `value` null means delete.
pub type SetattroFn = unsafe fn(obj: Value, name: Value, value: Value) -> i32;
/// `obj` null means accessed on the class; `ty` may be null.
pub type DescrGetFn = unsafe fn(descr: Value, obj: Value, ty: Value) -> Value;
/// `value` null means delete.
pub type DescrSetFn = unsafe fn(descr: Value, obj: Value, value: Value) -> i32;
pub type InitFn = unsafe fn(obj: Value, args: *const Value, nargs: usize, kwnames: Value) -> i32;
pub type NewFn =
    unsafe fn(ty: *mut TypeObject, args: *const Value, nargs: usize, kwnames: Value) -> Value;
pub type DeallocFn = unsafe fn(*mut Object);
pub type TraverseFn = unsafe fn(*mut Object, VisitFn, *mut libc::c_void) -> i32;
pub type ClearFn = unsafe fn(*mut Object) -> i32;
pub type SsizeArgFn = unsafe fn(Value, isize) -> Value;
pub type SsizeObjArgFn = unsafe fn(Value, isize, Value) -> i32;
/// `value` null means delete.
pub type ObjObjArgFn = unsafe fn(Value, Value, Value) -> i32;
pub type ObjObjFn = unsafe fn(Value, Value) -> i32;
pub type IsGcFn = unsafe fn(*mut Object) -> bool;

/// Rich comparison operators, numbered as CPython's `Py_LT`..`Py_GE` (the
/// `COMPARE_OP` oparg).
#[repr(u8)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    pub fn from_u8(v: u8) -> Option<CompareOp> {
        Some(match v {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            _ => return None,
        })
    }
    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
    /// Apply the operator to an `Ordering`.
    pub fn test(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => o == Less,
            CompareOp::Le => o != Greater,
            CompareOp::Eq => o == Equal,
            CompareOp::Ne => o != Equal,
            CompareOp::Gt => o == Greater,
            CompareOp::Ge => o != Less,
        }
    }
}

/// Binary operators, numbered as CPython 3.11's `NB_*` (the `BINARY_OP`
/// oparg for the non-in-place forms; `oparg - 13` for the in-place forms).
/// `Divmod` is not an operator: it backs the `divmod()` builtin.
#[repr(u8)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDiv = 2,
    LShift = 3,
    MatMul = 4,
    Mul = 5,
    Mod = 6,
    Or = 7,
    Pow = 8,
    RShift = 9,
    Sub = 10,
    TrueDiv = 11,
    Xor = 12,
    Divmod = 13,
}

/// Number of entries of `NumberSlots::binary`.
pub const NB_BINARY_COUNT: usize = 14;
/// Number of entries of `NumberSlots::inplace` (no in-place divmod).
pub const NB_INPLACE_COUNT: usize = 13;

impl BinOp {
    pub const ALL: [BinOp; NB_BINARY_COUNT] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDiv,
        BinOp::LShift,
        BinOp::MatMul,
        BinOp::Mul,
        BinOp::Mod,
        BinOp::Or,
        BinOp::Pow,
        BinOp::RShift,
        BinOp::Sub,
        BinOp::TrueDiv,
        BinOp::Xor,
        BinOp::Divmod,
    ];
    pub fn from_u8(v: u8) -> Option<BinOp> {
        Self::ALL.get(v as usize).copied()
    }
    /// The operator as written in source (`divmod()` for `Divmod`).
    pub fn symbol(self) -> &'static str {
        [
            "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "divmod()",
        ][self as usize]
    }
    /// Augmented-assignment spelling (`+=`).
    pub fn inplace_symbol(self) -> &'static str {
        [
            "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
            "divmod()",
        ][self as usize]
    }
    /// Forward, reflected and in-place dunder names.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::Divmod => ("__divmod__", "__rdivmod__", "__idivmod__"),
        }
    }
}

/// Unary numeric operators (index of `NumberSlots::unary`).
#[repr(u8)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg = 0,
    Pos = 1,
    Invert = 2,
    Abs = 3,
}

impl UnaryOp {
    pub fn symbol(self) -> &'static str {
        ["unary -", "unary +", "unary ~", "abs()"][self as usize]
    }
    pub fn dunder(self) -> &'static str {
        ["__neg__", "__pos__", "__invert__", "__abs__"][self as usize]
    }
}

/// Numeric protocol slots.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct NumberSlots {
    /// Indexed by `BinOp as usize`.
    pub binary: [Option<BinaryFn>; NB_BINARY_COUNT],
    /// In-place forms, indexed by `BinOp as usize` (no divmod).
    pub inplace: [Option<BinaryFn>; NB_INPLACE_COUNT],
    /// Three-argument `pow(base, exp, mod)`; `mod` is `None` for `**`.
    pub power3: Option<TernaryFn>,
    /// Indexed by `UnaryOp as usize`.
    pub unary: [Option<UnaryFn>; 4],
    pub nb_bool: Option<InquiryFn>,
    pub nb_int: Option<UnaryFn>,
    pub nb_float: Option<UnaryFn>,
    pub nb_index: Option<UnaryFn>,
}

impl NumberSlots {
    pub const EMPTY: NumberSlots = NumberSlots {
        binary: [None; NB_BINARY_COUNT],
        inplace: [None; NB_INPLACE_COUNT],
        power3: None,
        unary: [None; 4],
        nb_bool: None,
        nb_int: None,
        nb_float: None,
        nb_index: None,
    };
}

/// Sequence protocol slots.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct SequenceSlots {
    pub sq_length: Option<LenFn>,
    /// `a + b` fallback when neither operand's `nb_add` handles it.
    pub sq_concat: Option<BinaryFn>,
    /// `a * n` fallback; the count is a Python int.
    pub sq_repeat: Option<SsizeArgFn>,
    pub sq_item: Option<SsizeArgFn>,
    pub sq_ass_item: Option<SsizeObjArgFn>,
    pub sq_contains: Option<ObjObjFn>,
    pub sq_inplace_concat: Option<BinaryFn>,
    pub sq_inplace_repeat: Option<SsizeArgFn>,
}

impl SequenceSlots {
    pub const EMPTY: SequenceSlots = SequenceSlots {
        sq_length: None,
        sq_concat: None,
        sq_repeat: None,
        sq_item: None,
        sq_ass_item: None,
        sq_contains: None,
        sq_inplace_concat: None,
        sq_inplace_repeat: None,
    };
}

/// Mapping protocol slots.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct MappingSlots {
    pub mp_length: Option<LenFn>,
    pub mp_subscript: Option<BinaryFn>,
    pub mp_ass_subscript: Option<ObjObjArgFn>,
}

impl MappingSlots {
    pub const EMPTY: MappingSlots = MappingSlots {
        mp_length: None,
        mp_subscript: None,
        mp_ass_subscript: None,
    };
}
