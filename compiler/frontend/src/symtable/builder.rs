//! First symtable pass: walk the AST, create scopes, record definition
//! flags of every name (CPython's symtable_visit_*), then run the analysis.

use super::{def, error_at, mangle, CompKind, Scope, ScopeKind, SymbolTable};
use crate::ast::*;
use crate::error::SyntaxError;

type R = Result<(), SyntaxError>;

use super::MAX_NESTING as MAX_DEPTH;

struct Builder {
    table: SymbolTable,
    stack: Vec<usize>,
    /// > 0 while visiting the target of a comprehension `for`.
    comp_iter_target: bool,
    /// > 0 while visiting a comprehension's iterable expression.
    comp_iter_expr: u32,
    depth: u32,
    future_annotations: bool,
}

/// Builds and analyzes the symbol table of `m`.
pub fn build(m: &Mod) -> Result<SymbolTable, SyntaxError> {
    build_with_future(m, false)
}

/// Like [`build`]; `future_annotations` is whether the module has
/// `from __future__ import annotations` (annotations are then not
/// visited: they compile to strings).
pub fn build_with_future(m: &Mod, future_annotations: bool) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder {
        table: SymbolTable::default(),
        stack: Vec::new(),
        comp_iter_target: false,
        comp_iter_expr: 0,
        depth: 0,
        future_annotations,
    };
    let root = b.enter(
        ScopeKind::Module,
        "top",
        m as *const Mod as usize,
        Loc::default(),
    );
    let _ = root;
    match m {
        Mod::Module { body, .. } | Mod::Interactive { body } => b.stmts(body)?,
        Mod::Expression { body } => b.expr(body)?,
        Mod::FunctionType { argtypes, returns } => {
            for a in argtypes {
                b.expr(a)?;
            }
            b.expr(returns)?;
        }
    }
    b.stack.pop();
    super::analyze::analyze(&mut b.table)?;
    Ok(b.table)
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().expect("scope stack");
        &mut self.table.scopes[i]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize, loc: Loc) -> usize {
        let id = self.table.scopes.len();
        let mut s = Scope::new(kind, name, loc);
        if let Some(&parent) = self.stack.last() {
            let p = &self.table.scopes[parent];
            s.nested = p.nested || p.kind == ScopeKind::Function;
            s.private = p.private.clone();
            self.table.scopes[parent].children.push(id);
        }
        self.table.scopes.push(s);
        self.table.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> R {
        let private = self.cur().private.clone();
        let name = mangle(private.as_deref(), name);
        let s = self.cur();
        let idx = match s.index.get(&name) {
            Some(&i) => i,
            None => {
                s.symbols.push(super::Symbol {
                    name: name.clone(),
                    flags: 0,
                    scope: super::SymScope::Unknown,
                });
                s.index.insert(name.clone(), s.symbols.len() - 1);
                s.symbols.len() - 1
            }
        };
        let old = s.symbols[idx].flags;
        if flag & def::PARAM != 0 && old & def::PARAM != 0 {
            return Err(error_at(
                format!("duplicate argument '{name}' in function definition"),
                loc,
            ));
        }
        s.symbols[idx].flags = old | flag;
        if flag & def::PARAM != 0 {
            s.params.push(name.clone());
        }
        if flag & def::GLOBAL != 0 {
            // As CPython, a `global` declaration anywhere also marks the
            // module-level name as explicitly global.
            self.add_def_in(0, &name, def::GLOBAL);
        }
        Ok(())
    }

    fn lookup(&mut self, name: &str) -> u32 {
        let private = self.cur().private.clone();
        let name = mangle(private.as_deref(), name);
        self.cur().flags(&name)
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> R {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn guard(&mut self, loc: Loc) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(super::recursion_error(loc));
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.guard(s.loc)?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.add_def(&f.name, def::LOCAL, s.loc)?;
                self.arg_defaults(&f.args)?;
                self.annotations(&f.args, f.returns.as_deref())?;
                self.exprs(&f.decorator_list)?;
                self.enter(
                    ScopeKind::Function,
                    &f.name,
                    s as *const Stmt as usize,
                    s.loc,
                );
                if matches!(s.kind, StmtKind::AsyncFunctionDef(_)) {
                    self.cur().is_coroutine = true;
                }
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.stack.pop();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add_def(name, def::LOCAL, s.loc)?;
                self.exprs(bases)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(decorator_list)?;
                self.enter(ScopeKind::Class, name, s as *const Stmt as usize, s.loc);
                self.cur().private = Some(name.clone());
                self.stmts(body)?;
                self.stack.pop();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup(id);
                    let at_module = self.cur().kind == ScopeKind::Module;
                    if cur & (def::GLOBAL | def::NONLOCAL) != 0 && !at_module && *simple {
                        let what = if cur & def::GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(error_at(
                            format!("annotated name '{id}' can't be {what}"),
                            s.loc,
                        ));
                    }
                    if *simple {
                        self.add_def(id, def::ANNOT | def::LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, def::LOCAL, target.loc)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation_block(|b| b.expr(annotation))?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.stmts(&t.body)?;
                self.stmts(&t.orelse)?;
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, def::LOCAL, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } => self.imports(names)?,
            StmtKind::ImportFrom { names, .. } => self.imports(names)?,
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                let global = matches!(s.kind, StmtKind::Global { .. });
                let kw = if global { "global" } else { "nonlocal" };
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                        let msg = if cur & def::PARAM != 0 {
                            format!("name '{name}' is parameter and {kw}")
                        } else if cur & def::USE != 0 {
                            format!("name '{name}' is used prior to {kw} declaration")
                        } else if cur & def::ANNOT != 0 {
                            format!("annotated name '{name}' can't be {kw}")
                        } else {
                            format!("name '{name}' is assigned to before {kw} declaration")
                        };
                        return Err(error_at(msg, s.loc));
                    }
                    let flag = if global { def::GLOBAL } else { def::NONLOCAL };
                    self.add_def(name, flag, s.loc)?;
                    let private = self.cur().private.clone();
                    let m = mangle(private.as_deref(), name);
                    self.cur().directives.entry(m).or_insert(s.loc);
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn imports(&mut self, names: &[Alias]) -> R {
        for a in names {
            if a.name == "*" {
                if self.cur().kind != ScopeKind::Module {
                    return Err(error_at("import * only allowed at module level", a.loc));
                }
                continue;
            }
            let bound = match &a.asname {
                Some(n) => n.as_str(),
                None => a.name.split('.').next().unwrap_or(&a.name),
            };
            let bound = bound.to_string();
            self.add_def(&bound, def::IMPORT, a.loc)?;
        }
        Ok(())
    }

    fn arg_defaults(&mut self, a: &Arguments) -> R {
        self.exprs(&a.defaults)?;
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    /// Visits annotations with `f`, unless they are postponed (PEP 563):
    /// CPython 3.11 then records none of their names in any scope.
    fn annotation_block(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        if self.future_annotations {
            return Ok(());
        }
        f(self)
    }

    fn annotations(&mut self, a: &Arguments, returns: Option<&Expr>) -> R {
        self.annotation_block(|b| b.annotations_inner(a, returns))
    }

    fn annotations_inner(&mut self, a: &Arguments, returns: Option<&Expr>) -> R {
        let all = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .chain(a.vararg.as_deref())
            .chain(&a.kwonlyargs)
            .chain(a.kwarg.as_deref());
        for arg in all {
            if let Some(ann) = &arg.annotation {
                self.expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments) -> R {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, def::PARAM, arg.loc)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, def::PARAM, v.loc)?;
            self.cur().varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.arg, def::PARAM, k.loc)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R {
        self.guard(e.loc)?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn comp_block_error(&self, what: &str, loc: Loc) -> R {
        let s = &self.table.scopes[*self.stack.last().unwrap_or(&0)];
        if let Some(k) = s.comprehension {
            let kind = match k {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Gen => "generator expression",
            };
            return Err(error_at(format!("'{what}' inside {kind}"), loc));
        }
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                if self.comp_iter_expr > 0 {
                    return Err(error_at(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.loc,
                    ));
                }
                self.expr(value)?;
                self.named_target(target)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arg_defaults(args)?;
                self.enter(
                    ScopeKind::Function,
                    "lambda",
                    e as *const Expr as usize,
                    e.loc,
                );
                self.cur().is_lambda = true;
                self.params(args)?;
                self.expr(body)?;
                self.stack.pop();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Set { elts } => self.exprs(elts)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, generators, elt, None)?
            }
            ExprKind::Await { value } => {
                self.expr(value)?;
                self.cur().is_coroutine = true;
            }
            ExprKind::Yield { value } => {
                self.comp_block_error("yield", e.loc)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.cur().is_generator = true;
            }
            ExprKind::YieldFrom { value } => {
                self.comp_block_error("yield", e.loc)?;
                self.expr(value)?;
                self.cur().is_generator = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } => self.exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => {
                let mut flag = if *ctx == ExprContext::Load {
                    def::USE
                } else {
                    def::LOCAL
                };
                if self.comp_iter_target {
                    flag |= def::COMP_ITER;
                }
                self.add_def(id, flag, e.loc)?;
                if *ctx == ExprContext::Load && self.cur().is_function() && id == "super" {
                    self.add_def("__class__", def::USE, e.loc)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    /// The target of `:=`: inside comprehensions it binds in the nearest
    /// enclosing function or module scope.
    fn named_target(&mut self, target: &Expr) -> R {
        let ExprKind::Name { id, .. } = &target.kind else {
            return self.expr(target);
        };
        if self.cur().comprehension.is_none() {
            return self.expr(target);
        }
        let private = self.cur().private.clone();
        let name = mangle(private.as_deref(), id);
        for i in (0..self.stack.len()).rev() {
            let sid = self.stack[i];
            let ste = &self.table.scopes[sid];
            if ste.comprehension.is_some() {
                if ste.flags(&name) & def::COMP_ITER != 0 {
                    return Err(error_at(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{id}'"
                        ),
                        target.loc,
                    ));
                }
                continue;
            }
            match ste.kind {
                ScopeKind::Function => {
                    let flag = if ste.flags(&name) & def::GLOBAL != 0 {
                        def::GLOBAL
                    } else {
                        def::NONLOCAL
                    };
                    self.add_def(id, flag, target.loc)?;
                    self.cur()
                        .directives
                        .entry(name.clone())
                        .or_insert(target.loc);
                    self.add_def_in(sid, &name, def::LOCAL);
                    return Ok(());
                }
                ScopeKind::Module => {
                    self.add_def(id, def::GLOBAL, target.loc)?;
                    self.add_def_in(sid, &name, def::GLOBAL);
                    return Ok(());
                }
                ScopeKind::Class => {
                    return Err(error_at(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.loc,
                    ));
                }
            }
        }
        Ok(())
    }

    fn add_def_in(&mut self, sid: usize, name: &str, flag: u32) {
        let s = &mut self.table.scopes[sid];
        match s.index.get(name) {
            Some(&i) => s.symbols[i].flags |= flag,
            None => {
                s.symbols.push(super::Symbol {
                    name: name.to_string(),
                    flags: flag,
                    scope: super::SymScope::Unknown,
                });
                s.index.insert(name.to_string(), s.symbols.len() - 1);
            }
        }
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        gens: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(first) = gens.first() else {
            return Ok(());
        };
        self.comp_iter_expr += 1;
        self.expr(&first.iter)?;
        self.comp_iter_expr -= 1;
        let name = match kind {
            CompKind::List => "listcomp",
            CompKind::Set => "setcomp",
            CompKind::Dict => "dictcomp",
            CompKind::Gen => "genexpr",
        };
        self.enter(ScopeKind::Function, name, e as *const Expr as usize, e.loc);
        self.cur().comprehension = Some(kind);
        if first.is_async {
            self.cur().is_coroutine = true;
        }
        self.add_def(".0", def::PARAM, e.loc)?;
        self.comp_target(&first.target)?;
        self.exprs(&first.ifs)?;
        for g in &gens[1..] {
            self.comp_target(&g.target)?;
            self.comp_iter_expr += 1;
            self.expr(&g.iter)?;
            self.comp_iter_expr -= 1;
            self.exprs(&g.ifs)?;
            if g.is_async {
                self.cur().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(elt)?;
            self.expr(v)?;
        } else {
            self.expr(elt)?;
        }
        if kind == CompKind::Gen {
            self.cur().is_generator = true;
        }
        let is_async = self.cur().is_coroutine && kind != CompKind::Gen;
        self.stack.pop();
        if is_async {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> R {
        let old = self.comp_iter_target;
        self.comp_iter_target = true;
        let r = self.expr(t);
        self.comp_iter_target = old;
        r
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        self.guard(p.loc)?;
        let r = self.pattern_inner(p);
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self, p: &Pattern) -> R {
        match &p.kind {
            PatternKind::MatchValue { value } => self.expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, def::LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, def::LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, def::LOCAL, p.loc)?;
                }
            }
        }
        Ok(())
    }
}
