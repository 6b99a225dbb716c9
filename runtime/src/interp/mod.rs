//! The interpreter tier: executes the frontend's bytecode.
//!
//! * `eval`       — the evaluation loop (dispatch on the opcode, value
//!   stack, exception-table unwinding, yields)
//! * `names`      — local/global/builtin name loads and stores
//! * `calls`      — call helpers (`CALL_FUNCTION_EX`, `MAKE_FUNCTION`)
//! * `exc`        — raising, `except` matching, exception groups
//! * `build`      — building and unpacking containers, f-strings, slices
//!   and subscripting with slices
//! * `matching`   — `match` statement support
//! * `imports`    — `import` statements
//! * `state`      — per-thread and process-wide interpreter state

pub mod build;
pub mod calls;
pub mod eval;
pub mod exc;
pub mod imports;
pub mod matching;
pub mod names;
pub mod ops;
pub mod state;

pub use eval::eval_frame;

#[cfg(test)]
mod tests;
