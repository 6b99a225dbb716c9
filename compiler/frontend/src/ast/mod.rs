//! The abstract syntax tree (`nodes`) and its `ast.dump`-compatible printer
//! (`dump`).

pub mod dump;
pub mod nodes;

pub use nodes::*;
