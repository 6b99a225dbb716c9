//! The symbol table: scopes as CPython 3.11 resolves them (module, class,
//! function, lambda, comprehension/generator expression) and each name's
//! binding kind (local, global explicit/implicit, free, cell), with
//! CPython's SyntaxErrors for misuse of `global`/`nonlocal`, duplicate
//! parameters and assignment expressions in comprehensions.
//!
//! Built in two passes, like CPython's symtable.c: `build` walks the AST
//! recording each name's definition flags per scope; `analyze` then resolves
//! scopes top-down with the sets of names bound/global in enclosing scopes
//! and bottom-up with names free in children (turning locals into cells).
//!
//! Invariants: scopes are keyed by the address of their AST node
//! (`FunctionDef`/`ClassDef` statement, `Lambda`/comprehension expression),
//! so the AST must not move between `build` and compilation. Names are
//! stored mangled (private names in classes), as CPython does.

mod analyze;
mod builder;

use std::collections::HashMap;

use crate::ast::Loc;
use crate::error::SyntaxError;

pub use builder::{build, build_with_future};

/// Deepest AST nesting (statements + expressions + patterns) the symbol
/// table and the compiler accept, matching where CPython 3.11 raises
/// "RecursionError: maximum recursion depth exceeded during compilation"
/// (its limit is 3 x the recursion limit of 1000, minus the frames already
/// in use). Compiling that deep needs a large thread stack (64 MB is
/// plenty in debug builds).
pub const MAX_NESTING: u32 = 2995;

/// Definition flags of a name in one scope (CPython's DEF_* bits).
pub mod def {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const FREE: u32 = 32;
    pub const FREE_CLASS: u32 = 64;
    pub const IMPORT: u32 = 128;
    pub const ANNOT: u32 = 256;
    pub const COMP_ITER: u32 = 512;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// How a name resolves in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    /// Not resolved (never happens after analysis for recorded names).
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    /// Functions, lambdas and comprehensions (CPython's FunctionBlock).
    Function,
}

/// What kind of comprehension a function scope is, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: SymScope,
}

/// One scope.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    pub children: Vec<usize>,
    /// Parameter names in `co_varnames` order.
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub nested: bool,
    pub has_free: bool,
    pub child_free: bool,
    pub needs_class_closure: bool,
    pub comprehension: Option<CompKind>,
    pub is_lambda: bool,
    pub loc: Loc,
    /// Location of the `global`/`nonlocal` statement naming each name.
    pub directives: HashMap<String, Loc>,
    /// Innermost enclosing class name, for private name mangling.
    pub private: Option<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, loc: Loc) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            children: Vec::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            varargs: false,
            varkeywords: false,
            nested: false,
            has_free: false,
            child_free: false,
            needs_class_closure: false,
            comprehension: None,
            is_lambda: false,
            loc,
            directives: HashMap::new(),
            private: None,
        }
    }

    /// Flags of `name` (0 when unknown).
    pub fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].flags)
    }

    /// Resolution of `name` (`Unknown` when the name is not recorded).
    pub fn scope_of(&self, name: &str) -> SymScope {
        self.index
            .get(name)
            .map_or(SymScope::Unknown, |&i| self.symbols[i].scope)
    }

    pub fn is_function(&self) -> bool {
        self.kind == ScopeKind::Function
    }

    /// Sorted names resolved as `scope` (and, for free, class-free names).
    pub fn names_sorted(&self, want: SymScope, free_class: bool) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == want || (free_class && s.flags & def::FREE_CLASS != 0))
            .map(|s| s.name.clone())
            .collect();
        v.sort();
        v
    }
}

/// The symbol table of one module.
#[derive(Debug, Default)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The scope created for the AST node at address `key`.
    pub fn scope_for<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// CPython's private-name mangling: `__x` inside class `C` is `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// CPython's RecursionError for too deeply nested code.
pub(crate) fn recursion_error(loc: Loc) -> SyntaxError {
    let _ = loc;
    // CPython reports no location for it (lineno 0 renders the message
    // alone).
    SyntaxError::new(
        crate::ErrorKind::RecursionError,
        "maximum recursion depth exceeded during compilation",
        0,
        0,
    )
}

/// A symtable error at `loc` (CPython reports col_offset + 1).
pub(crate) fn error_at(msg: impl Into<String>, loc: Loc) -> SyntaxError {
    let mut e = SyntaxError::new(
        crate::ErrorKind::SyntaxError,
        msg,
        loc.lineno,
        loc.col_offset + 1,
    );
    e.end_lineno = loc.end_lineno;
    e.end_offset = loc.end_col_offset + 1;
    e
}
