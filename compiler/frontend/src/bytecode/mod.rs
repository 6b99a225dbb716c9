//! The bytecode: the opcode table (`opcodes`), `CodeObject` (`code`), the
//! AST constant folder (`optimize`), the compiler from AST to code objects
//! (`compile`), the assembler (`assemble`), the stack-depth analysis
//! (`stackdepth`) and the verifier (`verify`).
//!
//! # Execution model (for the interpreter and the native lowering)
//!
//! A code object is a flat vector of instructions `{op, arg}`; `arg` is a
//! full `u32` (no EXTENDED_ARG, no inline caches). Jump operands are
//! absolute instruction indices. Every opcode's meaning, operand kind and
//! stack effect is in `opcodes::OPCODES` — read it, not this text, for the
//! details of each instruction.
//!
//! ## Frame layout ("localsplus")
//! A frame has `nlocalsplus()` slots followed by a value stack of
//! `co_stacksize` entries:
//! - slots `0..nlocals` are `co_varnames` (arguments first, in the order
//!   positional-only, positional, keyword-only, `*args`, `**kwargs`, then
//!   other locals in order of first use);
//! - then one slot per cell variable that is *not* an argument
//!   (`cell2arg[i] == None`), in `co_cellvars` order;
//! - then one slot per free variable, in `co_freevars` order.
//!
//! A cell variable that is also an argument lives in the argument's slot.
//! `MAKE_CELL i` (emitted at function start for every cell) replaces the
//! slot's value by a new cell holding it; `COPY_FREE_VARS n` copies the
//! function's closure tuple into the last `n` slots. `LOAD_DEREF`,
//! `STORE_DEREF`, `DELETE_DEREF`, `LOAD_CLOSURE` and `LOAD_CLASSDEREF` take
//! localsplus indices.
//!
//! ## Functions
//! `MAKE_FUNCTION` takes its name and qualified name from the code object
//! (`co_name`, `co_qualname`); a function's `__doc__` is `co_consts[0]`
//! when that is a str, else None (the compiler puts the docstring, or
//! None, first in every function and lambda). Arguments are bound into the
//! first `total_args()` slots in `co_varnames` order.
//!
//! ## Calls
//! A call site pushes two slots, then the arguments: `NULL, callable`
//! (`PUSH_NULL` + load, or `LOAD_GLOBAL` with arg bit 0 set) or
//! `method, self` (`LOAD_METHOD`, or `callable, first-arg` as used for
//! decorators and `__exit__`). `CALL n` then sees `n` arguments above them;
//! if the first slot is not NULL the second slot is passed as an extra
//! first positional argument. `KW_NAMES k` just before `CALL` says the last
//! `len(co_consts[k])` arguments are keywords with those names.
//! `CALL_FUNCTION_EX flags` takes a positional tuple and, if `flags & 1`,
//! a keyword dict.
//!
//! ## Exceptions ("zero-cost", as CPython 3.11)
//! There are no block-setup instructions at run time. When instruction `i`
//! raises, look up the entry of `exceptiontable` with `start <= i < end`
//! (entries are sorted and disjoint; see `CodeObject::handler_for`). If
//! there is none, the exception propagates to the caller. Otherwise pop the
//! value stack down to `depth` entries, push `i` as an int if `lasti`, push
//! the exception object, and continue at `target`. Handlers then use
//! `PUSH_EXC_INFO`/`POP_EXCEPT` to maintain the "currently handled
//! exception" (`sys.exc_info()`), `CHECK_EXC_MATCH`/`CHECK_EG_MATCH` to
//! test `except` clauses, and `RERAISE n` to re-raise (restoring the
//! reported instruction from the saved `lasti` when `n > 0`).
//!
//! ## Generators and coroutines
//! A code object with GENERATOR, COROUTINE or ASYNC_GENERATOR in `co_flags`
//! starts with `RETURN_GENERATOR`: calling the function creates the frame,
//! binds the arguments, and returns a generator object owning the frame;
//! the first `send`/`next` resumes at the following instruction (which is
//! `RESUME 0`; for the first resumption the sent value must be None and is
//! not pushed). `YIELD_VALUE` pops a value, suspends the frame (saving
//! the instruction index and the value stack) and returns the value to the
//! resumer; on resumption the sent value is pushed and execution continues
//! at the next instruction (always a `RESUME 1|2|3`). `throw()` raises the
//! exception at the `YIELD_VALUE` instruction (so the exception table
//! applies to it). `yield from`/`await` compile to the loop
//! `SEND exit; YIELD_VALUE; RESUME; JUMP_BACKWARD_NO_INTERRUPT SEND`, with
//! the sub-iterator and the value to send on the stack; `SEND` jumps with
//! the sub-iterator's return value when it finishes. `RETURN_VALUE` in a
//! generator finishes it (StopIteration with the value). For the native
//! tier, every `YIELD_VALUE` is a resume point: the stack depth there is
//! known statically, so the live stack entries can be saved in the heap
//! frame and restored by a `br_table` on the resume index.
//!
//! ## Invariants guaranteed by the compiler
//! The stack depth before every reachable instruction is a single static
//! number (checked by `verify::verify` along every edge, including
//! exception edges), never exceeding `co_stacksize`; every instruction is
//! reachable; every instruction has a location (line 0 = artificial).

pub(crate) mod assemble;
pub mod code;
pub(crate) mod compile;
pub mod opcodes;
pub mod optimize;
pub(crate) mod stackdepth;
pub mod unparse;
pub mod verify;

pub use code::{CodeObject, Constant, ExceptionEntry, Instr, Location};
pub use compile::Mode;
pub use opcodes::{Opcode, OPCODES};
pub use verify::{stack_depths, verify, verify_all};

use crate::ast::Mod;
use crate::error::SyntaxError;

/// Compiles a parsed module to its code object tree.
pub fn compile_module(m: &Mod, filename: &str) -> Result<CodeObject, SyntaxError> {
    compile::compile(m, filename, Mode::Exec)
}

/// Like [`compile_module`], and fills in the offending source line of a
/// syntax error (with the offset converted to characters) from `source`.
pub fn compile_module_with_source(
    m: &Mod,
    filename: &str,
    source: &str,
) -> Result<CodeObject, SyntaxError> {
    compile::compile(m, filename, Mode::Exec).map_err(|e| attach_source(e, source))
}

/// Compiles an `eval`-mode tree (`Mod::Expression`): the code returns the
/// expression's value.
pub fn compile_expression(m: &Mod, filename: &str) -> Result<CodeObject, SyntaxError> {
    compile::compile(m, filename, Mode::Eval)
}

/// Compiles a `single`-mode tree (`Mod::Interactive`): expression
/// statements print their value through `PRINT_EXPR`.
pub fn compile_interactive(m: &Mod, filename: &str) -> Result<CodeObject, SyntaxError> {
    compile::compile(m, filename, Mode::Single)
}

/// Fills `text` and converts byte offsets to 1-based character offsets.
pub fn attach_source(mut e: SyntaxError, source: &str) -> SyntaxError {
    let line_text = |n: u32| source.lines().nth((n as usize).saturating_sub(1));
    if e.lineno > 0 {
        if let Some(text) = line_text(e.lineno) {
            let to_chars = |off: u32| -> u32 {
                if off == 0 {
                    return 0;
                }
                let b = (off as usize - 1).min(text.len());
                let mut cut = b;
                while cut > 0 && !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text[..cut].chars().count() as u32 + 1
            };
            e.offset = to_chars(e.offset);
            if e.end_lineno == e.lineno {
                e.end_offset = to_chars(e.end_offset);
            }
            e.text = Some(format!("{text}\n"));
        }
    }
    e
}
