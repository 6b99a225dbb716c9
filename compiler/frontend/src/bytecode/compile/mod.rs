//! The bytecode compiler: AST (after `optimize`) + symbol table -> a tree of
//! `CodeObject`s. This file owns the compiler state (one `Unit` per code
//! object being built), instruction emission, labels, exception-handler
//! regions, frame blocks for `break`/`continue`/`return` unwinding, name
//! resolution (`nameop`) and the entry points. Statements, expressions,
//! comprehensions and patterns live in the sibling files.
//!
//! Invariants:
//! - Jump args hold label ids until `assemble` resolves them.
//! - Every instruction is tagged with the innermost active exception
//!   handler block (or `NO_BLOCK`); a handler block's stack depth is
//!   defined by the `SETUP_*` pseudo instruction that opens it.
//! - Deref args (cell/free ops) hold indexes into `cellvars ++ freevars`
//!   until `assemble` maps them to localsplus slots.
//! - The order in which constants, names and local variables are first
//!   used follows CPython 3.11's compiler, because `co_consts`, `co_names`
//!   and `co_varnames` are observable.

mod comprehension;
mod exceptions;
mod expr;
mod pattern;
mod stmt;

use std::collections::HashMap;

use super::assemble::assemble;
use super::code::{CodeObject, Constant, Location};
use super::opcodes::Opcode;
use crate::ast::{self, Expr, ExprContext, Loc, Mod, Stmt};
use crate::error::SyntaxError;
use crate::symtable::{self, mangle, ScopeKind, SymScope, SymbolTable};

/// No active exception handler.
pub(crate) const NO_BLOCK: u32 = u32::MAX;

/// CPython's STACK_USE_GUIDELINE: above this many items, build
/// collections incrementally.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

/// An instruction under construction.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CInstr {
    pub op: Opcode,
    pub arg: u32,
    pub loc: Location,
    pub block: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// A label: an index into `Unit::labels`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(pub u32);

/// What a frame block is (CPython's fblocktype).
#[derive(Clone, Debug)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    ForLoop {
        start: Label,
        exit: Label,
    },
    TryExcept,
    FinallyTry {
        body: &'a [Stmt],
    },
    FinallyEnd,
    With {
        loc: Loc,
        is_async: bool,
    },
    HandlerCleanup {
        name: Option<String>,
        two_blocks: bool,
    },
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// One code object being compiled.
pub(crate) struct Unit<'a> {
    pub scope: usize,
    pub kind: UnitKind,
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    pub consts: Vec<Constant>,
    const_map: HashMap<Vec<u8>, u32>,
    pub names: Vec<String>,
    name_map: HashMap<String, u32>,
    pub varnames: Vec<String>,
    var_map: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    deref_map: HashMap<String, u32>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub instrs: Vec<CInstr>,
    pub labels: Vec<u32>,
    /// Handler blocks: target label and the SETUP opcode that opened it.
    pub handlers: Vec<(Label, Opcode)>,
    pub hstack: Vec<u32>,
    pub fblocks: Vec<FBlock<'a>>,
    pub loc: Location,
    pub private: Option<String>,
    /// Number of code constants created so far (unique const keys).
    code_serial: u32,
}

pub(crate) struct Compiler<'a> {
    pub st: &'a SymbolTable,
    pub filename: String,
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
    pub depth: u32,
    pub future_annotations: bool,
    /// Line of the last leading `from __future__` import (0 when none).
    pub future_lineno: u32,
    /// `co_flags` bits of the module's future features (on every code).
    pub future_flags: u32,
}

pub(crate) type CResult<T = ()> = Result<T, SyntaxError>;

impl Location {
    pub(crate) fn from_loc(l: Loc) -> Location {
        Location {
            line: l.lineno,
            end_line: l.end_lineno,
            col: l.col_offset,
            end_col: l.end_col_offset,
        }
    }
}

/// A hashable identity key for constant deduplication (type-aware, floats
/// bitwise, code objects never merged).
fn const_key(c: &Constant, out: &mut Vec<u8>, serial: &mut u32) {
    match c {
        Constant::None => out.push(0),
        Constant::Bool(b) => out.extend([1, *b as u8]),
        Constant::Ellipsis => out.push(2),
        Constant::Int(i) => {
            out.push(3);
            let b = i.to_signed_bytes_le();
            out.extend((b.len() as u32).to_le_bytes());
            out.extend(b);
        }
        Constant::Float(f) => {
            out.push(4);
            out.extend(f.to_bits().to_le_bytes());
        }
        Constant::Complex { real, imag } => {
            out.push(5);
            out.extend(real.to_bits().to_le_bytes());
            out.extend(imag.to_bits().to_le_bytes());
        }
        Constant::Str(s) => {
            out.push(6);
            out.extend((s.len() as u32).to_le_bytes());
            out.extend(s.as_bytes());
        }
        Constant::Bytes(s) => {
            out.push(7);
            out.extend((s.len() as u32).to_le_bytes());
            out.extend(s);
        }
        Constant::Tuple(t) | Constant::FrozenSet(t) => {
            out.push(if matches!(c, Constant::Tuple(_)) {
                8
            } else {
                9
            });
            out.extend((t.len() as u32).to_le_bytes());
            for x in t {
                const_key(x, out, serial);
            }
        }
        Constant::Code(_) => {
            out.push(10);
            *serial += 1;
            out.extend(serial.to_le_bytes());
        }
    }
}

impl<'a> Unit<'a> {
    fn new(scope: usize, kind: UnitKind, name: &str, firstlineno: u32) -> Unit<'a> {
        Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname: name.to_string(),
            firstlineno,
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: Vec::new(),
            var_map: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            deref_map: HashMap::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            instrs: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            hstack: Vec::new(),
            fblocks: Vec::new(),
            loc: Location::default(),
            private: None,
            code_serial: 0,
        }
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let mut key = Vec::new();
        const_key(&c, &mut key, &mut self.code_serial);
        if let Some(&i) = self.const_map.get(&key) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        self.const_map.insert(key, i);
        i
    }

    pub fn add_name(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.name_map.get(n) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(n.to_string());
        self.name_map.insert(n.to_string(), i);
        i
    }

    pub fn add_varname(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.var_map.get(n) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(n.to_string());
        self.var_map.insert(n.to_string(), i);
        i
    }

    pub fn deref_index(&self, n: &str) -> Option<u32> {
        self.deref_map.get(n).copied()
    }

    pub fn cell_index(&self, n: &str) -> Option<u32> {
        self.cellvars.iter().position(|c| c == n).map(|i| i as u32)
    }

    pub fn free_index(&self, n: &str) -> Option<u32> {
        self.freevars
            .iter()
            .position(|c| c == n)
            .map(|i| (i + self.cellvars.len()) as u32)
    }
}

impl<'a> Compiler<'a> {
    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("compiler unit")
    }

    pub fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("compiler unit")
    }

    pub fn scope(&self) -> &'a symtable::Scope {
        &self.st.scopes[self.ur().scope]
    }

    pub fn error(&self, msg: impl Into<String>, loc: Loc) -> SyntaxError {
        symtable::error_at(msg, loc)
    }

    /// An error at the current location.
    pub fn error_here(&self, msg: impl Into<String>) -> SyntaxError {
        let l = self.ur().loc;
        self.error(
            msg,
            Loc {
                lineno: l.line,
                col_offset: l.col,
                end_lineno: l.end_line,
                end_col_offset: l.end_col,
            },
        )
    }

    // ---- emission ------------------------------------------------------

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.u();
        let block = u.hstack.last().copied().unwrap_or(NO_BLOCK);
        let loc = u.loc;
        u.instrs.push(CInstr {
            op,
            arg,
            loc,
            block,
        });
    }

    pub fn op(&mut self, op: Opcode) {
        self.emit(op, 0)
    }

    /// Emits with no line number (artificial instructions).
    pub fn emit_noline(&mut self, op: Opcode, arg: u32) {
        let saved = self.u().loc;
        self.u().loc = Location::default();
        self.emit(op, arg);
        self.u().loc = saved;
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(u32::MAX);
        Label(u.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0 as usize] = u.instrs.len() as u32;
    }

    pub fn jump(&mut self, op: Opcode, l: Label) {
        self.emit(op, l.0)
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.u().add_const(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    pub fn load_none(&mut self) {
        self.load_const(Constant::None)
    }

    pub fn set_loc(&mut self, l: Loc) {
        self.u().loc = Location::from_loc(l);
    }

    pub fn unset_loc(&mut self) {
        self.u().loc = Location::default();
    }

    /// Opens an exception-handler region whose handler is at `target`.
    pub fn push_handler(&mut self, setup: Opcode, target: Label) -> u32 {
        let u = self.u();
        let id = u.handlers.len() as u32;
        u.handlers.push((target, setup));
        self.emit(setup, id);
        self.u().hstack.push(id);
        id
    }

    /// Closes the innermost handler region (CPython's POP_BLOCK).
    pub fn pop_handler(&mut self) {
        self.u().hstack.pop();
    }

    pub fn emit_yield_from(&mut self, is_await: bool) {
        let send = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.jump(Opcode::SEND, exit);
        self.op(Opcode::YIELD_VALUE);
        self.emit(Opcode::RESUME, if is_await { 3 } else { 2 });
        self.jump(Opcode::JUMP_BACKWARD_NO_INTERRUPT, send);
        self.bind(exit);
    }

    pub fn emit_call(&mut self, n: u32) {
        self.emit(Opcode::CALL, n);
    }

    // ---- units ---------------------------------------------------------

    /// Starts compiling the code object of scope `key` (an AST node).
    pub fn enter_scope(
        &mut self,
        name: &str,
        kind: UnitKind,
        scope: usize,
        firstlineno: u32,
    ) -> CResult {
        let ste = &self.st.scopes[scope];
        let mut u = Unit::new(scope, kind, name, firstlineno);
        for p in &ste.params {
            u.add_varname(p);
        }
        if ste.kind == ScopeKind::Class && ste.needs_class_closure {
            u.cellvars.push("__class__".to_string());
        } else {
            // Cells that are arguments come first, in argument order (they
            // live in the argument's slot), then the others sorted by name.
            let sorted = ste.names_sorted(SymScope::Cell, false);
            u.cellvars = ste
                .params
                .iter()
                .filter(|p| sorted.contains(p))
                .cloned()
                .collect();
            for c in sorted {
                if !ste.params.contains(&c) {
                    u.cellvars.push(c);
                }
            }
        }
        u.freevars = ste.names_sorted(SymScope::Free, true);
        for (i, n) in u.cellvars.iter().chain(&u.freevars).enumerate() {
            u.deref_map.entry(n.clone()).or_insert(i as u32);
        }
        u.private = match ste.kind {
            ScopeKind::Class => Some(name.to_string()),
            _ => self.units.last().and_then(|p| p.private.clone()),
        };
        self.units.push(u);
        self.set_qualname();
        // Prefix: cells, free variables, generator creation, RESUME.
        self.u().loc = Location {
            line: firstlineno,
            end_line: firstlineno,
            col: 0,
            end_col: 0,
        };
        if kind == UnitKind::Module {
            self.u().loc = Location::default();
        }
        let nfree = self.ur().freevars.len();
        if nfree > 0 {
            self.emit(Opcode::COPY_FREE_VARS, nfree as u32);
        }
        let ncells = self.ur().cellvars.len();
        for i in 0..ncells {
            self.emit(Opcode::MAKE_CELL, i as u32);
        }
        if ste.is_function() && (ste.is_generator || ste.is_coroutine) {
            self.op(Opcode::RETURN_GENERATOR);
        }
        self.emit(Opcode::RESUME, 0);
        Ok(())
    }

    fn set_qualname(&mut self) {
        let n = self.units.len();
        if n <= 2 {
            return;
        }
        let (kind, name) = (self.units[n - 1].kind, self.units[n - 1].name.clone());
        let parent = &self.units[n - 2];
        let mut force_global = false;
        if matches!(
            kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class
        ) {
            let mangled = mangle(parent.private.as_deref(), &name);
            if self.st.scopes[parent.scope].scope_of(&mangled) == SymScope::GlobalExplicit {
                force_global = true;
            }
        }
        if !force_global {
            let base = if matches!(
                parent.kind,
                UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda
            ) {
                format!("{}.<locals>", parent.qualname)
            } else {
                parent.qualname.clone()
            };
            self.units[n - 1].qualname = format!("{base}.{name}");
        }
    }

    /// Finishes the current unit: appends the implicit `return None` when
    /// the end is reachable, assembles and pops it.
    pub fn exit_scope(&mut self, add_none: bool) -> CResult<CodeObject> {
        // As CPython: unless the code ends with a return, append
        // `return None` (unreachable copies are removed by the assembler and
        // a trailing unused None constant is trimmed).
        let last_is_term = self
            .ur()
            .instrs
            .last()
            .map(|i| i.op == Opcode::RETURN_VALUE)
            .unwrap_or(false);
        let end_label_bound = {
            let u = self.ur();
            let n = u.instrs.len() as u32;
            u.labels.contains(&n)
        };
        if !last_is_term || end_label_bound {
            self.unset_loc();
            if add_none {
                self.load_none();
            }
            self.op(Opcode::RETURN_VALUE);
        }
        let u = self.units.pop().expect("unit");
        let ste = &self.st.scopes[u.scope];
        let flags = compute_flags(ste) | self.future_flags;
        assemble(u, flags, &self.filename)
    }

    /// Pushes a function object for `code` (with closure when it has free
    /// variables) — CPython's compiler_make_closure.
    pub fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> CResult {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let u = self.ur();
                let class_cell = u.kind == UnitKind::Class && name == "__class__";
                let idx = if class_cell || self.scope().scope_of(name) == SymScope::Cell {
                    u.cell_index(name)
                } else {
                    u.free_index(name)
                };
                let Some(idx) = idx else {
                    return Err(self.error(
                        format!("internal compiler error: no closure slot for '{name}'"),
                        Loc::default(),
                    ));
                };
                self.emit(Opcode::LOAD_CLOSURE, idx);
            }
            let n = code.freevars.len() as u32;
            self.emit(Opcode::BUILD_TUPLE, n);
            flags |= 8;
        }
        self.load_const(Constant::Code(Box::new(code)));
        self.emit(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    // ---- names ---------------------------------------------------------

    pub fn mangle(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }

    /// Load/store/delete of a variable, resolved through the symbol table.
    pub fn nameop(&mut self, name: &str, ctx: ExprContext, loc: Loc) -> CResult {
        if ctx != ExprContext::Load && name == "__debug__" {
            let what = if ctx == ExprContext::Del {
                "cannot delete __debug__"
            } else {
                "cannot assign to __debug__"
            };
            return Err(self.error(what, loc));
        }
        let mangled = self.mangle(name);
        let ste = self.scope();
        let is_func = ste.is_function();
        let sc = ste.scope_of(&mangled);
        enum K {
            Fast,
            Global,
            Deref,
            Name,
        }
        let k = match sc {
            SymScope::Free | SymScope::Cell => K::Deref,
            SymScope::Local if is_func => K::Fast,
            SymScope::GlobalImplicit if is_func => K::Global,
            SymScope::GlobalExplicit => K::Global,
            _ => K::Name,
        };
        use Opcode::*;
        match k {
            K::Fast => {
                let i = self.u().add_varname(&mangled);
                let op = match ctx {
                    ExprContext::Load => LOAD_FAST,
                    ExprContext::Store => STORE_FAST,
                    ExprContext::Del => DELETE_FAST,
                };
                self.emit(op, i);
            }
            K::Global => {
                let i = self.u().add_name(&mangled);
                match ctx {
                    ExprContext::Load => self.emit(LOAD_GLOBAL, i << 1),
                    ExprContext::Store => self.emit(STORE_GLOBAL, i),
                    ExprContext::Del => self.emit(DELETE_GLOBAL, i),
                }
            }
            K::Deref => {
                let Some(i) = self.ur().deref_index(&mangled) else {
                    return Err(self.error(
                        format!("internal compiler error: no cell for '{mangled}'"),
                        loc,
                    ));
                };
                let op = match ctx {
                    ExprContext::Load if ste.kind == ScopeKind::Class => LOAD_CLASSDEREF,
                    ExprContext::Load => LOAD_DEREF,
                    ExprContext::Store => STORE_DEREF,
                    ExprContext::Del => DELETE_DEREF,
                };
                self.emit(op, i);
            }
            K::Name => {
                let i = self.u().add_name(&mangled);
                let op = match ctx {
                    ExprContext::Load => LOAD_NAME,
                    ExprContext::Store => STORE_NAME,
                    ExprContext::Del => DELETE_NAME,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    /// True when a call `name(...)` would load `name` with LOAD_GLOBAL.
    pub fn is_global_load(&self, name: &str) -> bool {
        let mangled = self.mangle(name);
        let ste = self.scope();
        match ste.scope_of(&mangled) {
            SymScope::GlobalExplicit => true,
            SymScope::GlobalImplicit => ste.is_function(),
            _ => false,
        }
    }

    /// Pushes a frame block; CPython allows at most 20 (CO_MAXBLOCKS).
    pub fn push_fblock(&mut self, fb: FBlock<'a>) -> CResult {
        if self.ur().fblocks.len() >= 20 {
            return Err(self.error_here("too many statically nested blocks"));
        }
        self.u().fblocks.push(fb);
        Ok(())
    }

    /// Depth guard for recursive compilation.
    pub fn enter_nested(&mut self, loc: Loc) -> CResult {
        self.depth += 1;
        if self.depth > symtable::MAX_NESTING {
            return Err(symtable::recursion_error(loc));
        }
        Ok(())
    }

    pub fn leave_nested(&mut self) {
        self.depth -= 1;
    }
}

/// `co_flags` for a scope (CPython's compute_code_flags).
pub(crate) fn compute_flags(ste: &symtable::Scope) -> u32 {
    use super::code::co_flags::*;
    let mut f = 0;
    if ste.is_function() {
        f |= NEWLOCALS | OPTIMIZED;
        if ste.nested {
            f |= NESTED;
        }
        match (ste.is_generator, ste.is_coroutine) {
            (true, false) => f |= GENERATOR,
            (false, true) => f |= COROUTINE,
            (true, true) => f |= ASYNC_GENERATOR,
            _ => {}
        }
        if ste.varargs {
            f |= VARARGS;
        }
        if ste.varkeywords {
            f |= VARKEYWORDS;
        }
    }
    f
}

/// Is `stmts[0]` a docstring?
pub(crate) fn docstring(stmts: &[Stmt]) -> Option<&str> {
    match &stmts.first()?.kind {
        ast::StmtKind::Expr { value } => match &value.kind {
            ast::ExprKind::Constant {
                value: ast::Constant::Str(s),
                ..
            } => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Future features CPython 3.11 knows.
const FUTURE_FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Checks the leading `from __future__ import ...` statements (CPython's
/// future.c); returns whether `annotations` is enabled and the line of the
/// last valid future import (0 when none).
fn check_future(body: &[Stmt]) -> CResult<(u32, u32)> {
    let mut flags = 0;
    let mut last_line = 0;
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            ast::StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                for a in names {
                    if a.name == "braces" {
                        return Err(future_error("not a chance", s.loc));
                    }
                    if !FUTURE_FEATURES.contains(&a.name.as_str()) {
                        return Err(future_error(
                            &format!("future feature {} is not defined", a.name),
                            s.loc,
                        ));
                    }
                    match a.name.as_str() {
                        "annotations" => flags |= super::code::co_flags::FUTURE_ANNOTATIONS,
                        "barry_as_FLUFL" => flags |= super::code::co_flags::FUTURE_BARRY_AS_BDFL,
                        _ => {}
                    }
                }
                last_line = s.loc.lineno;
            }
            ast::StmtKind::Expr { value } if i == 0 && docstring(body).is_some() => {
                let _ = value;
            }
            _ => break,
        }
    }
    Ok((flags, last_line))
}

fn future_error(msg: &str, loc: Loc) -> SyntaxError {
    let mut e = SyntaxError::new(
        crate::ErrorKind::SyntaxError,
        msg,
        loc.lineno,
        loc.col_offset + 1,
    );
    e.end_lineno = loc.lineno;
    e.end_offset = loc.col_offset + 1;
    e
}

/// Which kind of top-level code to produce.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// Compiles a parsed module (any `Mod` kind) to its code-object tree.
pub fn compile(m: &Mod, filename: &str, mode: Mode) -> CResult<CodeObject> {
    let (future_flags, future_lineno) = match m {
        Mod::Module { body, .. } | Mod::Interactive { body } => check_future(body)?,
        _ => (0, 0),
    };
    let future_annotations = future_flags & super::code::co_flags::FUTURE_ANNOTATIONS != 0;
    let folded = super::optimize::optimize_mod(m, future_annotations);
    let st = symtable::build_with_future(&folded, future_annotations)?;
    let mut c = Compiler {
        st: &st,
        filename: filename.to_string(),
        units: Vec::new(),
        interactive: mode == Mode::Single,
        depth: 0,
        future_annotations,
        future_lineno,
        future_flags,
    };
    c.enter_scope("<module>", UnitKind::Module, 0, 1)?;
    match (&folded, mode) {
        (Mod::Expression { body }, _) => {
            c.expr(body)?;
            c.op(Opcode::RETURN_VALUE);
            return c.exit_scope(false);
        }
        (Mod::Module { body, .. }, _) | (Mod::Interactive { body }, _) => {
            if mode == Mode::Single {
                if stmt::find_ann(body) {
                    c.op(Opcode::SETUP_ANNOTATIONS);
                }
                c.stmts(body)?;
            } else {
                c.body(body)?;
            }
        }
        (Mod::FunctionType { .. }, _) => {
            return Err(c.error("cannot compile a FunctionType node", Loc::default()));
        }
    }
    c.exit_scope(true)
}

/// Helper so sibling modules can name `Expr` lists.
pub(crate) fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ast::ExprKind::Starred { .. })
}
