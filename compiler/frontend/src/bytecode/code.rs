//! `CodeObject`: one compiled function/class body/module/comprehension, with
//! everything CPython's code objects expose plus what execution needs.
//!
//! Invariants (checked by `verify`):
//! - `instrs`, `locations` have the same length; jump args are valid
//!   instruction indices; const/name/local/free args are in range.
//! - "localsplus" = `varnames`, then each of `cellvars` that is not also an
//!   argument name, then `freevars`; `Free`-kind args index it.
//! - `exceptiontable` ranges are sorted, disjoint, `start < end`, targets
//!   are instruction indices.

use num_bigint::BigInt;

use super::opcodes::Opcode;

/// `co_flags` bits, with CPython 3.11's values.
pub mod co_flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    /// Not set by CPython 3.11's compiler (kept for completeness).
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// `from __future__ import barry_as_FLUFL`.
    pub const FUTURE_BARRY_AS_BDFL: u32 = 0x400000;
    /// `from __future__ import annotations`.
    pub const FUTURE_ANNOTATIONS: u32 = 0x1000000;
}

/// One instruction: an opcode and its full-width operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
}

/// Source span of an instruction (1-based lines, 0-based UTF-8 byte
/// columns, as CPython's `co_positions()`); `line == 0` means "no location".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One row of the exception table: an exception raised by an instruction
/// in `start..end` unwinds the value stack to `depth` entries, pushes the
/// raising instruction's index (as an int) when `lasti`, pushes the
/// exception, and continues at `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// A constant of `co_consts`.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    FrozenSet(Vec<Constant>),
    Code(Box<CodeObject>),
}

impl PartialEq for Constant {
    /// Structural equality that distinguishes types (1 != True != 1.0) and
    /// compares floats bitwise (so -0.0 != 0.0 and NaN == NaN), which is
    /// what constant deduplication needs.
    fn eq(&self, other: &Self) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => a == b,
            (Code(a), Code(b)) => a == b,
            _ => false,
        }
    }
}

impl Constant {
    /// Converts an AST constant.
    pub fn from_ast(c: &crate::ast::Constant) -> Constant {
        use crate::ast::Constant as A;
        match c {
            A::None => Constant::None,
            A::Bool(b) => Constant::Bool(*b),
            A::Ellipsis => Constant::Ellipsis,
            A::Int(i) => Constant::Int(i.clone()),
            A::Float(f) => Constant::Float(*f),
            A::Complex { real, imag } => Constant::Complex {
                real: *real,
                imag: *imag,
            },
            A::Str(s) => Constant::Str(s.clone()),
            A::Bytes(b) => Constant::Bytes(b.clone()),
            A::Tuple(t) => Constant::Tuple(t.iter().map(Constant::from_ast).collect()),
            A::FrozenSet(t) => Constant::FrozenSet(t.iter().map(Constant::from_ast).collect()),
        }
    }

    /// Python truth value, if statically known.
    pub fn truthy(&self) -> Option<bool> {
        use num_traits::Zero;
        Some(match self {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Ellipsis => true,
            Constant::Int(i) => !i.is_zero(),
            Constant::Float(f) => *f != 0.0,
            Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
            Constant::Code(_) => return Option::None,
        })
    }
}

/// A compiled code object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Maximum value-stack depth (computed by flow analysis).
    pub stacksize: u32,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub names: Vec<String>,
    pub consts: Vec<Constant>,
    pub instrs: Vec<Instr>,
    /// One per instruction.
    pub locations: Vec<Location>,
    pub exceptiontable: Vec<ExceptionEntry>,
    /// For each `cellvars[i]`, the argument slot it shadows (CPython's
    /// cell2arg), or `None` when the cell has its own localsplus slot.
    pub cell2arg: Vec<Option<u32>>,
}

impl CodeObject {
    /// `co_nlocals`.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Names of all localsplus slots in order (see the module doc).
    pub fn localsplus_names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.varnames.iter().map(|s| s.as_str()).collect();
        for (i, c) in self.cellvars.iter().enumerate() {
            if self.cell2arg.get(i).copied().flatten().is_none() {
                out.push(c);
            }
        }
        out.extend(self.freevars.iter().map(|s| s.as_str()));
        out
    }

    /// Number of localsplus slots.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len()
            + self.cell2arg.iter().filter(|c| c.is_none()).count()
            + self.freevars.len()
    }

    /// Number of positional + keyword-only + star parameters
    /// (the leading entries of `varnames`).
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & co_flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & co_flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    /// Line of instruction `i` (0 when it has none).
    pub fn line_of(&self, i: usize) -> u32 {
        self.locations.get(i).map_or(0, |l| l.line)
    }

    /// The handler for an exception raised at instruction `i`.
    pub fn handler_for(&self, i: u32) -> Option<&ExceptionEntry> {
        let t = &self.exceptiontable;
        let pos = t.partition_point(|e| e.end <= i);
        t.get(pos).filter(|e| e.start <= i)
    }

    /// Every code object nested in `co_consts`, depth-first.
    pub fn nested(&self) -> impl Iterator<Item = &CodeObject> {
        self.consts.iter().filter_map(|c| match c {
            Constant::Code(c) => Some(&**c),
            _ => None,
        })
    }

    /// `co_code`: CPython-style 2-byte units (`EXTENDED_ARG` prefixes for
    /// args above 255). Jump args stay absolute instruction indices.
    pub fn co_code(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.instrs.len() * 2);
        for ins in &self.instrs {
            let a = ins.arg;
            for shift in [24u32, 16, 8] {
                if a >> shift != 0 {
                    out.push(Opcode::EXTENDED_ARG as u8);
                    out.push((a >> shift) as u8);
                }
            }
            out.push(ins.op as u8);
            out.push(a as u8);
        }
        out
    }
}
