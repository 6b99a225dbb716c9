//! pyc-frontend: everything between Python source text and `CodeObject`s —
//! tokenizer, parser, AST, symbol table, bytecode compiler, marshal and `dis`.
//! It depends on nothing else of pyc's.

pub mod ast;
pub mod bytecode;
pub mod dis;
pub mod error;
pub mod image;
pub mod marshal;
pub mod parser;
pub mod repr;
pub mod symtable;
pub mod tokenizer;

pub use error::{ErrorKind, RaisedBy, SyntaxError};
