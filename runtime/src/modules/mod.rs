//! Built-in modules written in Rust: `sys`.

pub mod sys;
