//! THE opcode table: every instruction of pyc's bytecode, defined once.
//!
//! One macro invocation produces both `enum Opcode` and the `const` table
//! [`OPCODES`] (name, numeric code, operand kind, flags, stack effect, doc).
//! The compiler, the stack-depth analysis, the verifier, `dis`, marshal, the
//! interpreter and the native lowering all read this table; nothing else
//! lists opcodes.
//!
//! Invariants:
//! - Numeric codes follow CPython 3.11's `dis.opmap` where the name exists
//!   there; codes are unique (checked by a test).
//! - Jump operands are absolute instruction indices (never byte offsets).
//! - `effect(arg, jump)` returns `(pops, pushes)`: how many stack entries the
//!   instruction consumes and then produces when it falls through
//!   (`jump == false`) or when it branches (`jump == true`). For instructions
//!   that never branch both answers agree.
//! - Opcodes flagged `PSEUDO` exist only inside the compiler (they mark the
//!   start of exception-handler regions) and never appear in a finished
//!   `CodeObject`.

/// What an instruction's `arg` means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No operand (arg is 0).
    None,
    /// A plain number (counts, flags, small enumerations).
    Int,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// `LOAD_GLOBAL`: `(namei << 1) | push_null`.
    GlobalName,
    /// Index into `co_varnames` (fast local slot).
    Local,
    /// Index into "localsplus" (varnames, then cells that are not
    /// arguments, then free variables): a cell or free variable slot.
    Free,
    /// Absolute instruction index of a jump target.
    Jump,
    /// `BINARY_OP`: one of the `NB_*` numbers.
    BinaryOp,
    /// `COMPARE_OP`: index into [`CMP_OPS`].
    Compare,
    /// Internal handler number (pseudo instructions only).
    Handler,
}

/// Flag bits of an opcode.
pub mod flags {
    /// Operand is a jump target.
    pub const JUMP: u16 = 1;
    /// Control never falls through to the next instruction.
    pub const TERMINATOR: u16 = 2;
    /// Unconditional jump (implies TERMINATOR).
    pub const UNCOND: u16 = 4;
    /// Operand indexes `co_consts`.
    pub const HAS_CONST: u16 = 8;
    /// Operand indexes `co_names`.
    pub const HAS_NAME: u16 = 16;
    /// Operand indexes fast locals.
    pub const HAS_LOCAL: u16 = 32;
    /// Operand indexes cells/free variables.
    pub const HAS_FREE: u16 = 64;
    /// Compiler-internal; never in a finished code object.
    pub const PSEUDO: u16 = 128;
    /// May raise an exception (so it needs an exception-table lookup).
    pub const CAN_RAISE: u16 = 256;
    /// Suspends the frame (generators/coroutines).
    pub const YIELDS: u16 = 512;
}

/// `(pops, pushes)` of an instruction given its arg and whether it jumps.
pub type EffectFn = fn(u32, bool) -> (u32, u32);

/// One row of the opcode table.
#[derive(Clone, Copy)]
pub struct OpInfo {
    pub op: Opcode,
    pub name: &'static str,
    pub code: u8,
    pub arg: ArgKind,
    pub flags: u16,
    pub effect: EffectFn,
    pub doc: &'static str,
}

impl std::fmt::Debug for OpInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

macro_rules! opcode_table {
    ($( $name:ident = $code:literal, $kind:ident, $flags:expr, $eff:expr, $doc:literal; )*) => {
        /// An opcode. `Opcode as u8` is its numeric code.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode { $( $name = $code, )* }

        /// Every opcode, in numeric order of definition.
        pub const OPCODES: &[OpInfo] = &[ $( OpInfo {
            op: Opcode::$name,
            name: stringify!($name),
            code: $code,
            arg: ArgKind::$kind,
            flags: $flags,
            effect: $eff,
            doc: $doc,
        }, )* ];

        const fn build_index() -> [u8; 256] {
            let mut idx = [255u8; 256];
            let mut i = 0;
            while i < OPCODES.len() {
                idx[OPCODES[i].code as usize] = i as u8;
                i += 1;
            }
            idx
        }
        const INDEX: [u8; 256] = build_index();
    };
}

use flags::*;

const N: u16 = 0;
const R: u16 = CAN_RAISE;

opcode_table! {
    POP_TOP = 1, None, N, |_, _| (1, 0), "Pop and discard TOS.";
    PUSH_NULL = 2, None, N, |_, _| (0, 1), "Push the NULL marker (a callable slot with no self).";
    NOP = 9, None, N, |_, _| (0, 0), "Do nothing (keeps a line number alive).";
    UNARY_POSITIVE = 10, None, R, |_, _| (1, 1), "TOS = +TOS.";
    UNARY_NEGATIVE = 11, None, R, |_, _| (1, 1), "TOS = -TOS.";
    UNARY_NOT = 12, None, R, |_, _| (1, 1), "TOS = not TOS.";
    UNARY_INVERT = 15, None, R, |_, _| (1, 1), "TOS = ~TOS.";
    BINARY_SUBSCR = 25, None, R, |_, _| (2, 1), "container, key -> container[key].";
    GET_LEN = 30, None, R, |_, _| (1, 2), "x -> x, len(x) (match statements).";
    MATCH_MAPPING = 31, None, N, |_, _| (1, 2), "subject -> subject, is-mapping bool.";
    MATCH_SEQUENCE = 32, None, N, |_, _| (1, 2), "subject -> subject, is-sequence bool (not str/bytes/bytearray).";
    MATCH_KEYS = 33, None, R, |_, _| (2, 3), "subject, keys -> subject, keys, tuple of values or None.";
    PUSH_EXC_INFO = 35, None, N, |_, _| (1, 2), "exc -> previous handled exception, exc; exc becomes the handled exception.";
    CHECK_EXC_MATCH = 36, None, R, |_, _| (2, 2), "exc, type -> exc, isinstance-style match bool.";
    CHECK_EG_MATCH = 37, None, R, |_, _| (2, 2), "eg, type -> rest, match (match None when nothing matched; split of an exception group).";
    WITH_EXCEPT_START = 49, None, R, |_, _| (4, 5), "exit, lasti, prev_exc, exc -> same, exit(type(exc), exc, tb).";
    GET_AITER = 50, None, R, |_, _| (1, 1), "TOS = TOS.__aiter__().";
    GET_ANEXT = 51, None, R, |_, _| (1, 2), "aiter -> aiter, awaitable of aiter.__anext__().";
    BEFORE_ASYNC_WITH = 52, None, R, |_, _| (1, 2), "mgr -> bound mgr.__aexit__, awaitable of mgr.__aenter__().";
    BEFORE_WITH = 53, None, R, |_, _| (1, 2), "mgr -> bound mgr.__exit__, mgr.__enter__().";
    END_ASYNC_FOR = 54, None, R, |_, _| (2, 0), "aiter, exc: if exc is StopAsyncIteration pop both and continue after the loop (next instruction), else re-raise exc.";
    STORE_SUBSCR = 60, None, R, |_, _| (3, 0), "value, container, key: container[key] = value.";
    DELETE_SUBSCR = 61, None, R, |_, _| (2, 0), "container, key: del container[key].";
    GET_ITER = 68, None, R, |_, _| (1, 1), "TOS = iter(TOS).";
    GET_YIELD_FROM_ITER = 69, None, R, |_, _| (1, 1), "TOS = iter(TOS) unless it is a generator/coroutine (yield from).";
    PRINT_EXPR = 70, None, R, |_, _| (1, 0), "Pop TOS and pass it to sys.displayhook (interactive mode).";
    LOAD_BUILD_CLASS = 71, None, R, |_, _| (0, 1), "Push builtins.__build_class__.";
    LOAD_ASSERTION_ERROR = 74, None, N, |_, _| (0, 1), "Push AssertionError.";
    RETURN_GENERATOR = 75, None, N, |_, _| (0, 0), "First instruction of a generator/coroutine: create the generator object from this frame and return it; execution resumes at the next instruction on the first send.";
    LIST_TO_TUPLE = 82, None, N, |_, _| (1, 1), "TOS = tuple(TOS) for a list.";
    RETURN_VALUE = 83, None, TERMINATOR, |_, _| (1, 0), "Return TOS to the caller (or finish the generator with it).";
    IMPORT_STAR = 84, None, R, |_, _| (1, 0), "module: import all public names into the current namespace.";
    SETUP_ANNOTATIONS = 85, None, R, |_, _| (0, 0), "Create __annotations__ in the local namespace if missing.";
    YIELD_VALUE = 86, None, YIELDS, |_, _| (1, 1), "Yield TOS to the caller; on resumption TOS is the sent value.";
    ASYNC_GEN_WRAP = 87, None, N, |_, _| (1, 1), "Wrap the value yielded by an async generator.";
    PREP_RERAISE_STAR = 88, None, R, |_, _| (2, 1), "orig, list of raised/re-raised exceptions -> exception group to re-raise (or None).";
    POP_EXCEPT = 89, None, N, |_, _| (1, 0), "Pop the previous handled exception and restore it as the handled exception.";
    STORE_NAME = 90, Name, HAS_NAME | R, |_, _| (1, 0), "locals()[name] = TOS.";
    DELETE_NAME = 91, Name, HAS_NAME | R, |_, _| (0, 0), "del locals()[name].";
    UNPACK_SEQUENCE = 92, Int, R, |a, _| (1, a), "Unpack TOS into exactly arg values, pushed right-to-left (first item on top).";
    FOR_ITER = 93, Jump, JUMP | R, |_, j| if j { (1, 0) } else { (1, 2) }, "iter -> iter, next(iter); when exhausted pop iter and jump to arg.";
    UNPACK_EX = 94, Int, R, |a, _| (1, (a & 0xff) + (a >> 8) + 1), "Starred unpack: arg = before | (after << 8); pushes after, the list, then before items (first on top).";
    STORE_ATTR = 95, Name, HAS_NAME | R, |_, _| (2, 0), "value, obj: obj.name = value.";
    DELETE_ATTR = 96, Name, HAS_NAME | R, |_, _| (1, 0), "obj: del obj.name.";
    STORE_GLOBAL = 97, Name, HAS_NAME | R, |_, _| (1, 0), "globals()[name] = TOS.";
    DELETE_GLOBAL = 98, Name, HAS_NAME | R, |_, _| (0, 0), "del globals()[name].";
    SWAP = 99, Int, N, |a, _| (a, a), "Swap TOS with the item at depth arg (1-based).";
    LOAD_CONST = 100, Const, HAS_CONST, |_, _| (0, 1), "Push co_consts[arg].";
    LOAD_NAME = 101, Name, HAS_NAME | R, |_, _| (0, 1), "Push the value of name from locals, then globals, then builtins.";
    BUILD_TUPLE = 102, Int, N, |a, _| (a, 1), "Pop arg items, push a tuple of them.";
    BUILD_LIST = 103, Int, N, |a, _| (a, 1), "Pop arg items, push a list of them.";
    BUILD_SET = 104, Int, R, |a, _| (a, 1), "Pop arg items, push a set of them.";
    BUILD_MAP = 105, Int, R, |a, _| (a.saturating_mul(2), 1), "Pop arg key/value pairs, push a dict.";
    LOAD_ATTR = 106, Name, HAS_NAME | R, |_, _| (1, 1), "TOS = getattr(TOS, name).";
    COMPARE_OP = 107, Compare, R, |_, _| (2, 1), "a, b -> a <op> b, op = CMP_OPS[arg].";
    IMPORT_NAME = 108, Name, HAS_NAME | R, |_, _| (2, 1), "level, fromlist -> __import__(name, globals, locals, fromlist, level).";
    IMPORT_FROM = 109, Name, HAS_NAME | R, |_, _| (1, 2), "module -> module, module.name (with the submodule fallback).";
    JUMP_FORWARD = 110, Jump, JUMP | UNCOND | TERMINATOR, |_, _| (0, 0), "Jump forward to arg.";
    JUMP_IF_FALSE_OR_POP = 111, Jump, JUMP | R, |_, j| if j { (1, 1) } else { (1, 0) }, "If TOS is false jump to arg keeping it, else pop it.";
    JUMP_IF_TRUE_OR_POP = 112, Jump, JUMP | R, |_, j| if j { (1, 1) } else { (1, 0) }, "If TOS is true jump to arg keeping it, else pop it.";
    POP_JUMP_IF_FALSE = 114, Jump, JUMP | R, |_, _| (1, 0), "Pop TOS; jump to arg if it is false.";
    POP_JUMP_IF_TRUE = 115, Jump, JUMP | R, |_, _| (1, 0), "Pop TOS; jump to arg if it is true.";
    LOAD_GLOBAL = 116, GlobalName, HAS_NAME | R, |a, _| (0, 1 + (a & 1)), "Push NULL first if arg & 1, then the global (or builtin) co_names[arg >> 1].";
    IS_OP = 117, Int, N, |_, _| (2, 1), "a, b -> a is b (is not when arg is 1).";
    CONTAINS_OP = 118, Int, R, |_, _| (2, 1), "a, b -> a in b (not in when arg is 1).";
    RERAISE = 119, Int, R | TERMINATOR, |_, _| (1, 0), "Re-raise TOS; if arg is nonzero, the item at depth arg+1 is the saved lasti to report.";
    COPY = 120, Int, N, |a, _| (a, a.saturating_add(1)), "Push a copy of the item at depth arg (1-based).";
    BINARY_OP = 122, BinaryOp, R, |_, _| (2, 1), "a, b -> a <op> b, op = NB_OPS[arg] (13 and up are in-place).";
    SEND = 123, Jump, JUMP | R, |_, j| if j { (2, 1) } else { (2, 2) }, "receiver, v: send v; if it yields -> receiver, yielded; if it returns -> pop both, push the return value and jump to arg.";
    LOAD_FAST = 124, Local, HAS_LOCAL | R, |_, _| (0, 1), "Push fast local arg (UnboundLocalError when unbound).";
    STORE_FAST = 125, Local, HAS_LOCAL, |_, _| (1, 0), "Fast local arg = TOS.";
    DELETE_FAST = 126, Local, HAS_LOCAL | R, |_, _| (0, 0), "Unbind fast local arg (UnboundLocalError when unbound).";
    POP_JUMP_IF_NOT_NONE = 128, Jump, JUMP, |_, _| (1, 0), "Pop TOS; jump to arg if it is not None.";
    POP_JUMP_IF_NONE = 129, Jump, JUMP, |_, _| (1, 0), "Pop TOS; jump to arg if it is None.";
    RAISE_VARARGS = 130, Int, R | TERMINATOR, |a, _| (a, 0), "arg 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS.";
    GET_AWAITABLE = 131, Int, R, |_, _| (1, 1), "TOS = awaitable iterator of TOS (arg: 0 await, 1 __aenter__, 2 __aexit__).";
    MAKE_FUNCTION = 132, Int, N, |a, _| (1 + (a & 0xf).count_ones(), 1), "Pop (bottom to top) defaults tuple if arg&1, kwdefaults dict if arg&2, annotations tuple if arg&4, closure tuple if arg&8, then the code object; push a function.";
    BUILD_SLICE = 133, Int, N, |a, _| (a, 1), "Pop 2 or 3 items, push slice(start, stop[, step]).";
    JUMP_BACKWARD_NO_INTERRUPT = 134, Jump, JUMP | UNCOND | TERMINATOR, |_, _| (0, 0), "Jump backward to arg without checking for interrupts.";
    MAKE_CELL = 135, Free, HAS_FREE, |_, _| (0, 0), "Replace localsplus[arg] by a new cell holding its current value (or empty).";
    LOAD_CLOSURE = 136, Free, HAS_FREE, |_, _| (0, 1), "Push the cell in localsplus[arg] itself.";
    LOAD_DEREF = 137, Free, HAS_FREE | R, |_, _| (0, 1), "Push the contents of the cell in localsplus[arg].";
    STORE_DEREF = 138, Free, HAS_FREE, |_, _| (1, 0), "Store TOS into the cell in localsplus[arg].";
    DELETE_DEREF = 139, Free, HAS_FREE | R, |_, _| (0, 0), "Empty the cell in localsplus[arg].";
    JUMP_BACKWARD = 140, Jump, JUMP | UNCOND | TERMINATOR, |_, _| (0, 0), "Jump backward to arg (a loop back-edge: check interrupts).";
    CALL_FUNCTION_EX = 142, Int, R, |a, _| (3 + (a & 1), 1), "NULL-or-callable, callable-or-self, args tuple, [kwargs dict if arg&1] -> result.";
    EXTENDED_ARG = 144, Int, PSEUDO, |_, _| (0, 0), "Prefix extending the next arg (only in co_code bytes).";
    LIST_APPEND = 145, Int, N, |_, _| (1, 0), "Pop v; append it to the list at depth arg.";
    SET_ADD = 146, Int, R, |_, _| (1, 0), "Pop v; add it to the set at depth arg.";
    MAP_ADD = 147, Int, R, |_, _| (2, 0), "Pop key, value; store into the dict at depth arg.";
    LOAD_CLASSDEREF = 148, Free, HAS_FREE | R, |_, _| (0, 1), "Class body: push locals()[name] if present, else the cell's contents.";
    COPY_FREE_VARS = 149, Int, N, |_, _| (0, 0), "Copy the function's closure cells into the last arg localsplus slots.";
    RESUME = 151, Int, N, |_, _| (0, 0), "A resume point (0 start, 1 after yield, 2 after yield from, 3 after await).";
    MATCH_CLASS = 152, Int, R, |_, _| (3, 1), "subject, cls, kw-names tuple -> tuple of arg positional + keyword attributes, or None.";
    FORMAT_VALUE = 155, Int, R, |a, _| (1 + ((a >> 2) & 1), 1), "value[, spec if arg&4] -> format(conv(value), spec); arg&3: 0 none, 1 str, 2 repr, 3 ascii.";
    BUILD_CONST_KEY_MAP = 156, Int, R, |a, _| (a.saturating_add(1), 1), "Pop arg values and a tuple of arg keys, push a dict.";
    BUILD_STRING = 157, Int, N, |a, _| (a, 1), "Concatenate arg strings.";
    LOAD_METHOD = 160, Name, HAS_NAME | R, |_, _| (1, 2), "obj -> method, obj (unbound method form) or NULL, bound attribute.";
    LIST_EXTEND = 162, Int, R, |_, _| (1, 0), "Pop it; extend the list at depth arg with it.";
    SET_UPDATE = 163, Int, R, |_, _| (1, 0), "Pop it; update the set at depth arg with it.";
    DICT_MERGE = 164, Int, R, |_, _| (1, 0), "Pop m; merge into the dict at depth arg, duplicate keys are an error (call **kwargs).";
    DICT_UPDATE = 165, Int, R, |_, _| (1, 0), "Pop m; dict at depth arg .update(m).";
    CALL = 171, Int, R, |a, _| (a.saturating_add(2), 1), "NULL-or-callable, callable-or-self, arg args -> result (last KW_NAMES names the trailing args).";
    KW_NAMES = 172, Const, HAS_CONST, |_, _| (0, 0), "The next CALL's trailing args are keywords named by the tuple co_consts[arg].";
    SETUP_FINALLY = 240, Handler, PSEUDO, |_, _| (0, 0), "Pseudo: protected region starts; handler sees depth = current.";
    SETUP_CLEANUP = 241, Handler, PSEUDO, |_, _| (0, 0), "Pseudo: like SETUP_FINALLY, and lasti is pushed before the exception.";
    SETUP_WITH = 242, Handler, PSEUDO, |_, _| (0, 0), "Pseudo: like SETUP_CLEANUP with depth = current - 1 (drops the __enter__ result).";
}

/// `COMPARE_OP` operators by arg.
pub const CMP_OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// `BINARY_OP` operators by arg (CPython's NB_* numbering).
pub const NB_OPS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// Offset of the in-place variants in [`NB_OPS`].
pub const NB_INPLACE: u32 = 13;

impl Opcode {
    /// This opcode's row of the table.
    #[inline]
    pub fn info(self) -> &'static OpInfo {
        &OPCODES[INDEX[self as usize] as usize]
    }

    /// The opcode with numeric code `b`, if any.
    #[inline]
    pub fn from_u8(b: u8) -> Option<Opcode> {
        let i = INDEX[b as usize];
        if i == 255 {
            None
        } else {
            Some(OPCODES[i as usize].op)
        }
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    pub fn has_flag(self, f: u16) -> bool {
        self.info().flags & f != 0
    }

    pub fn is_jump(self) -> bool {
        self.has_flag(JUMP)
    }

    /// Control never reaches the next instruction.
    pub fn is_terminator(self) -> bool {
        self.has_flag(TERMINATOR)
    }

    /// `(pops, pushes)` for `arg`, on the branch (`jump`) or fall-through path.
    #[inline]
    pub fn effect(self, arg: u32, jump: bool) -> (u32, u32) {
        (self.info().effect)(arg, jump)
    }

    /// Net stack change.
    pub fn stack_effect(self, arg: u32, jump: bool) -> i64 {
        let (p, q) = self.effect(arg, jump);
        q as i64 - p as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_indexed() {
        let mut seen = std::collections::HashSet::new();
        for info in OPCODES {
            assert!(seen.insert(info.code), "duplicate code {}", info.code);
            assert_eq!(info.op as u8, info.code);
            assert_eq!(Opcode::from_u8(info.code), Some(info.op));
            assert_eq!(info.op.info().name, info.name);
            assert!(!info.doc.is_empty());
            if info.flags & UNCOND != 0 {
                assert!(info.flags & TERMINATOR != 0);
            }
        }
        assert_eq!(Opcode::from_u8(0), None);
    }

    #[test]
    fn effects() {
        assert_eq!(Opcode::CALL.stack_effect(2, false), -3);
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, false), 1);
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, true), -1);
        assert_eq!(Opcode::MAKE_FUNCTION.stack_effect(9, false), -2);
        assert_eq!(Opcode::UNPACK_EX.stack_effect(1 | (2 << 8), false), 3);
        assert_eq!(Opcode::LOAD_GLOBAL.stack_effect(3, false), 2);
    }
}
