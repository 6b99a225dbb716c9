//! Statement compilation: definitions (functions, classes), assignments,
//! control flow (if/while/for/async for, break/continue/return with
//! unwinding through `finally`/`with`/handlers), imports, raise, assert,
//! del, and call argument building. try/with live in `exceptions.rs`.

use super::{docstring, CResult, Compiler, FBlock, Label, UnitKind, STACK_USE_GUIDELINE};
use crate::ast::*;
use crate::bytecode::code::Constant as C;
use crate::bytecode::opcodes::Opcode::*;

/// Does `stmts` contain an annotated assignment (not inside nested
/// function/class definitions)? CPython's find_ann.
pub(crate) fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For(f) | StmtKind::AsyncFor(f) => find_ann(&f.body) || find_ann(&f.orelse),
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            find_ann(body) || find_ann(orelse)
        }
        StmtKind::With(w) | StmtKind::AsyncWith(w) => find_ann(&w.body),
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| find_ann(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    /// A module or class body: annotations setup, docstring, statements.
    pub(crate) fn body(&mut self, stmts: &'a [Stmt]) -> CResult {
        if let Some(first) = stmts.first() {
            self.set_loc(first.loc);
        }
        if find_ann(stmts) {
            self.op(SETUP_ANNOTATIONS);
        }
        let mut rest = stmts;
        if let Some(doc) = docstring(stmts) {
            self.set_loc(stmts[0].loc);
            self.load_const(C::Str(doc.to_string()));
            self.nameop("__doc__", ExprContext::Store, stmts[0].loc)?;
            rest = &stmts[1..];
        }
        self.stmts(rest)
    }

    pub(crate) fn stmts(&mut self, stmts: &'a [Stmt]) -> CResult {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.enter_nested(s.loc)?;
        self.set_loc(s.loc);
        let r = self.stmt_inner(s);
        self.leave_nested();
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f, false),
            StmtKind::AsyncFunctionDef(f) => self.function_def(s, f, true),
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => self.class_def(s, name, bases, keywords, body, decorator_list),
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.expr(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value, .. } => {
                self.expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(COPY, 1);
                    }
                    self.expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(s, target, annotation, value.as_deref(), *simple),
            StmtKind::For(f) => self.for_stmt(s, f),
            StmtKind::AsyncFor(f) => self.async_for(s, f),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_noline(JUMP_FORWARD, end.0);
                    self.bind(next);
                    self.stmts(orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            StmtKind::With(w) => self.with_stmt(s, w, 0, false),
            StmtKind::AsyncWith(w) => {
                if !self.in_async_context() {
                    return Err(self.error("'async with' outside async function", s.loc));
                }
                self.with_stmt(s, w, 0, true)
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(RAISE_VARARGS, n);
                Ok(())
            }
            StmtKind::Try(t) => {
                // Keeps the `try:` line visible to line tracing.
                self.op(NOP);
                if !t.finalbody.is_empty() {
                    self.try_finally(s, t, false)
                } else {
                    self.try_except(t)
                }
            }
            StmtKind::TryStar(t) => {
                self.op(NOP);
                if !t.finalbody.is_empty() {
                    self.try_finally(s, t, true)
                } else {
                    self.try_star_except(t)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                // CPython 3.11 raises at the last comparison the test's
                // jumps were built from (`assert v > 0` points at `v > 0`).
                if let Some(l) = last_jump_compare(test) {
                    self.set_loc(l);
                }
                self.op(LOAD_ASSERTION_ERROR);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit_call(0);
                }
                self.emit(RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            StmtKind::Import { names } => {
                for a in names {
                    self.load_const(C::Int(0.into()));
                    self.load_none();
                    let i = self.u().add_name(&a.name);
                    self.emit(IMPORT_NAME, i);
                    if let Some(asname) = &a.asname {
                        let parts: Vec<&str> = a.name.split('.').collect();
                        if parts.len() > 1 {
                            for (k, attr) in parts[1..].iter().enumerate() {
                                let i = self.u().add_name(attr);
                                self.emit(IMPORT_FROM, i);
                                if k + 2 < parts.len() {
                                    self.emit(SWAP, 2);
                                    self.op(POP_TOP);
                                }
                            }
                            self.nameop(asname, ExprContext::Store, a.loc)?;
                            self.op(POP_TOP);
                        } else {
                            self.nameop(asname, ExprContext::Store, a.loc)?;
                        }
                    } else {
                        let first = a.name.split('.').next().unwrap_or(&a.name).to_string();
                        self.nameop(&first, ExprContext::Store, a.loc)?;
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if module.as_deref() == Some("__future__") && s.loc.lineno > self.future_lineno {
                    return Err(self.error(
                        "from __future__ imports must occur at the beginning of the file",
                        s.loc,
                    ));
                }
                self.load_const(C::Int((*level).into()));
                let tuple = names.iter().map(|a| C::Str(a.name.clone())).collect();
                self.load_const(C::Tuple(tuple));
                let m = module.as_deref().unwrap_or("");
                let i = self.u().add_name(m);
                self.emit(IMPORT_NAME, i);
                for a in names {
                    if a.name == "*" {
                        self.op(IMPORT_STAR);
                        return Ok(());
                    }
                    let i = self.u().add_name(&a.name);
                    self.emit(IMPORT_FROM, i);
                    let store = a.asname.as_ref().unwrap_or(&a.name).clone();
                    self.nameop(&store, ExprContext::Store, a.loc)?;
                }
                self.op(POP_TOP);
                Ok(())
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(value)?;
                    self.op(PRINT_EXPR);
                } else if matches!(value.kind, ExprKind::Constant { .. }) {
                    self.op(NOP);
                } else {
                    self.expr(value)?;
                    self.op(POP_TOP);
                }
                Ok(())
            }
            StmtKind::Pass => {
                self.op(NOP);
                Ok(())
            }
            StmtKind::Break => {
                self.op(NOP);
                let Some(idx) = self.unwind_to_loop(s.loc)? else {
                    return Err(self.error("'break' outside loop", s.loc));
                };
                let fb = self.ur().fblocks[idx].clone();
                let (exit, _) = self.loop_labels(&fb);
                let saved = self.ur().hstack.clone();
                // Pop the blocks above the loop while unwinding.
                self.unwind_blocks(idx + 1, false)?;
                self.unwind_one(&fb, false)?;
                self.jump(JUMP_FORWARD, exit);
                self.u().hstack = saved;
                Ok(())
            }
            StmtKind::Continue => {
                self.op(NOP);
                let Some(idx) = self.unwind_to_loop(s.loc)? else {
                    return Err(self.error("'continue' not properly in loop", s.loc));
                };
                let fb = self.ur().fblocks[idx].clone();
                let (_, start) = self.loop_labels(&fb);
                let saved = self.ur().hstack.clone();
                self.unwind_blocks(idx + 1, false)?;
                self.jump(JUMP_BACKWARD, start);
                self.u().hstack = saved;
                Ok(())
            }
        }
    }

    fn loop_labels(&self, fb: &FBlock<'a>) -> (Label, Label) {
        match fb {
            FBlock::WhileLoop { start, exit } | FBlock::ForLoop { start, exit } => (*exit, *start),
            _ => unreachable!("loop block expected"),
        }
    }

    /// Finds the innermost loop block; errors on except* blocks on the way.
    fn unwind_to_loop(&self, loc: Loc) -> CResult<Option<usize>> {
        for (i, fb) in self.ur().fblocks.iter().enumerate().rev() {
            match fb {
                FBlock::ExceptionGroupHandler => {
                    return Err(self.error(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        loc,
                    ))
                }
                FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } => return Ok(Some(i)),
                _ => {}
            }
        }
        Ok(None)
    }

    /// Emits the unwinding code of every frame block from the innermost
    /// down to index `down_to` (inclusive), as CPython's
    /// compiler_unwind_fblock_stack. The handler stack is modified; callers
    /// restore it afterwards.
    fn unwind_blocks(&mut self, down_to: usize, preserve_tos: bool) -> CResult {
        let n = self.ur().fblocks.len();
        let mut i = n;
        while i > down_to {
            i -= 1;
            let fb = self.ur().fblocks[i].clone();
            if matches!(fb, FBlock::ExceptionGroupHandler) {
                return Err(self.error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    Loc {
                        lineno: self.ur().loc.line,
                        col_offset: self.ur().loc.col,
                        end_lineno: self.ur().loc.end_line,
                        end_col_offset: self.ur().loc.end_col,
                    },
                ));
            }
            // While unwinding block i, the blocks above it are not active.
            let saved_fb = self.u().fblocks.split_off(i);
            let r = self.unwind_one(&fb, preserve_tos);
            self.u().fblocks.extend(saved_fb);
            r?;
        }
        Ok(())
    }

    fn unwind_one(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match fb {
            FBlock::WhileLoop { .. }
            | FBlock::ExceptionHandler
            | FBlock::ExceptionGroupHandler
            | FBlock::AsyncComprehensionGenerator => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.op(POP_TOP);
            }
            FBlock::TryExcept => self.pop_handler(),
            FBlock::FinallyTry { body, .. } => {
                self.pop_handler();
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue)?;
                }
                let saved_loc = self.ur().loc;
                // The caller removed this block (and those above it) from
                // the frame-block stack, so the finally body compiles in
                // the enclosing context.
                self.stmts(body)?;
                self.u().loc = saved_loc;
                if preserve_tos {
                    self.u().fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.op(POP_TOP);
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.pop_handler();
                self.op(POP_EXCEPT);
            }
            FBlock::With { loc, is_async } => {
                self.pop_handler();
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                let saved = self.ur().loc;
                self.set_loc(*loc);
                self.call_exit_with_nones();
                if *is_async {
                    self.emit(GET_AWAITABLE, 2);
                    self.load_none();
                    self.emit_yield_from(true);
                }
                self.op(POP_TOP);
                self.u().loc = saved;
            }
            FBlock::HandlerCleanup { name, two_blocks } => {
                if *two_blocks {
                    self.pop_handler();
                }
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.pop_handler();
                self.op(POP_EXCEPT);
                if let Some(n) = name {
                    self.load_none();
                    self.nameop(n, ExprContext::Store, Loc::default())?;
                    self.nameop(n, ExprContext::Del, Loc::default())?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.op(POP_TOP);
            }
        }
        Ok(())
    }

    pub(crate) fn call_exit_with_nones(&mut self) {
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit_call(2);
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        let ste = self.scope();
        if !ste.is_function() {
            return Err(self.error("'return' outside function", s.loc));
        }
        if value.is_some() && ste.is_coroutine && ste.is_generator {
            return Err(self.error("'return' with value in async generator", s.loc));
        }
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant { .. }));
        if preserve_tos {
            self.expr(value.unwrap())?;
        } else if let Some(v) = value {
            self.set_loc(v.loc);
            self.op(NOP);
        }
        if value.is_none_or(|v| v.loc.lineno != s.loc.lineno) {
            self.set_loc(s.loc);
            self.op(NOP);
        }
        let saved = self.ur().hstack.clone();
        self.unwind_blocks(0, preserve_tos)?;
        match value {
            None => self.load_none(),
            Some(v) if !preserve_tos => {
                if let ExprKind::Constant { value, .. } = &v.kind {
                    self.load_const(C::from_ast(value));
                }
            }
            _ => {}
        }
        self.op(RETURN_VALUE);
        self.u().hstack = saved;
        Ok(())
    }

    // ---- definitions ---------------------------------------------------

    fn decorators(&mut self, decos: &'a [Expr]) -> CResult {
        for d in decos {
            self.expr(d)?;
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decos: &'a [Expr]) {
        for d in decos.iter().rev() {
            self.set_loc(d.loc);
            self.emit_call(0);
        }
    }

    /// Pushes defaults/kwdefaults; returns the MAKE_FUNCTION flags.
    pub(crate) fn default_arguments(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(BUILD_TUPLE, args.defaults.len() as u32);
            flags |= 1;
        }
        let mut keys = Vec::new();
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                keys.push(C::Str(self.mangle(&a.arg)));
                self.expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(C::Tuple(keys));
            self.emit(BUILD_CONST_KEY_MAP, n);
            flags |= 2;
        }
        Ok(flags)
    }

    fn annotation_value(&mut self, ann: &'a Expr) -> CResult {
        if self.future_annotations {
            self.load_const(C::Str(crate::bytecode::unparse::unparse(ann)));
            return Ok(());
        }
        if let ExprKind::Starred { value, .. } = &ann.kind {
            self.expr(value)?;
            self.emit(UNPACK_SEQUENCE, 1);
            return Ok(());
        }
        self.expr(ann)
    }

    /// Pushes the annotations tuple; returns whether there was one.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut n = 0;
        let list = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        for a in list {
            if let Some(ann) = &a.annotation {
                let m = self.mangle(&a.arg);
                self.load_const(C::Str(m));
                self.annotation_value(ann)?;
                n += 2;
            }
        }
        if let Some(r) = returns {
            self.load_const(C::Str("return".into()));
            self.annotation_value(r)?;
            n += 2;
        }
        if n > 0 {
            self.emit(BUILD_TUPLE, n);
        }
        Ok(n > 0)
    }

    fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef, is_async: bool) -> CResult {
        self.decorators(&f.decorator_list)?;
        let firstlineno = f
            .decorator_list
            .first()
            .map_or(s.loc.lineno, |d| d.loc.lineno);
        self.set_loc(s.loc);
        let mut flags = self.default_arguments(&f.args)?;
        if self.annotations(&f.args, f.returns.as_deref())? {
            flags |= 4;
        }
        let scope = self
            .st
            .scope_for(s)
            .ok_or_else(|| self.error("internal compiler error: no scope", s.loc))?;
        let kind = if is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_scope(&f.name, kind, scope, firstlineno)?;
        let doc = docstring(&f.body);
        self.u()
            .add_const(doc.map_or(C::None, |d| C::Str(d.to_string())));
        self.set_arg_counts(&f.args);
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.stmts(body)?;
        let code = self.exit_scope(true)?;
        self.set_loc(s.loc);
        self.make_closure(code, flags)?;
        self.apply_decorators(&f.decorator_list);
        self.set_loc(s.loc);
        self.nameop(&f.name, ExprContext::Store, s.loc)
    }

    pub(crate) fn set_arg_counts(&mut self, a: &Arguments) {
        let u = self.u();
        u.argcount = (a.posonlyargs.len() + a.args.len()) as u32;
        u.posonlyargcount = a.posonlyargs.len() as u32;
        u.kwonlyargcount = a.kwonlyargs.len() as u32;
    }

    fn class_def(
        &mut self,
        s: &'a Stmt,
        name: &'a str,
        bases: &'a [Expr],
        keywords: &'a [Keyword],
        body: &'a [Stmt],
        decos: &'a [Expr],
    ) -> CResult {
        self.decorators(decos)?;
        let firstlineno = decos.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        let scope = self
            .st
            .scope_for(s)
            .ok_or_else(|| self.error("internal compiler error: no scope", s.loc))?;
        self.enter_scope(name, UnitKind::Class, scope, firstlineno)?;
        // The prologue is on the first line (the first decorator's).
        self.set_loc(s.loc);
        self.u().loc.line = firstlineno;
        self.nameop("__name__", ExprContext::Load, s.loc)?;
        self.nameop("__module__", ExprContext::Store, s.loc)?;
        let q = self.ur().qualname.clone();
        self.load_const(C::Str(q));
        self.nameop("__qualname__", ExprContext::Store, s.loc)?;
        self.body(body)?;
        self.unset_loc();
        if self.scope().needs_class_closure {
            self.emit(LOAD_CLOSURE, 0);
            self.emit(COPY, 1);
            let i = self.u().add_name("__classcell__");
            self.emit(STORE_NAME, i);
        } else {
            self.load_none();
        }
        self.op(RETURN_VALUE);
        let code = self.exit_scope(true)?;
        self.set_loc(s.loc);
        self.op(PUSH_NULL);
        self.op(LOAD_BUILD_CLASS);
        self.make_closure(code, 0)?;
        self.load_const(C::Str(name.to_string()));
        self.call_helper(2, bases, keywords)?;
        self.apply_decorators(decos);
        self.set_loc(s.loc);
        self.nameop(name, ExprContext::Store, s.loc)
    }

    // ---- assignments ---------------------------------------------------

    fn aug_assign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        op: Operator,
        value: &'a Expr,
    ) -> CResult {
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                // The target's own operations carry the target's
                // location, the operator the statement's (as CPython).
                self.expr(obj)?;
                self.set_loc(target.loc);
                self.emit(COPY, 1);
                let m = self.mangle(attr);
                let i = self.u().add_name(&m);
                self.emit(LOAD_ATTR, i);
                self.expr(value)?;
                self.set_loc(s.loc);
                self.emit(
                    BINARY_OP,
                    super::expr::binop_arg(op) + crate::bytecode::opcodes::NB_INPLACE,
                );
                self.set_loc(target.loc);
                self.emit(SWAP, 2);
                let m = self.mangle(attr);
                let i = self.u().add_name(&m);
                self.emit(STORE_ATTR, i);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.set_loc(target.loc);
                self.emit(COPY, 2);
                self.emit(COPY, 2);
                self.op(BINARY_SUBSCR);
                self.expr(value)?;
                self.set_loc(s.loc);
                self.emit(
                    BINARY_OP,
                    super::expr::binop_arg(op) + crate::bytecode::opcodes::NB_INPLACE,
                );
                self.set_loc(target.loc);
                self.emit(SWAP, 3);
                self.emit(SWAP, 2);
                self.op(STORE_SUBSCR);
            }
            ExprKind::Name { id, .. } => {
                self.nameop(id, ExprContext::Load, target.loc)?;
                self.expr(value)?;
                self.set_loc(s.loc);
                self.emit(
                    BINARY_OP,
                    super::expr::binop_arg(op) + crate::bytecode::opcodes::NB_INPLACE,
                );
                self.nameop(id, ExprContext::Store, target.loc)?;
            }
            _ => {
                return Err(self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    target.loc,
                ))
            }
        }
        Ok(())
    }

    fn ann_assign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.expr(v)?;
            self.expr(target)?;
        }
        let at_top = matches!(self.ur().kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if simple && at_top {
                    self.set_loc(s.loc);
                    if self.future_annotations {
                        let text = crate::bytecode::unparse::unparse(annotation);
                        self.load_const(C::Str(text));
                    } else {
                        self.expr(annotation)?;
                    }
                    self.nameop("__annotations__", ExprContext::Load, s.loc)?;
                    let m = self.mangle(id);
                    self.load_const(C::Str(m));
                    self.op(STORE_SUBSCR);
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.op(POP_TOP);
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.op(POP_TOP);
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => return Err(self.error("invalid node type for annotated assignment", target.loc)),
        }
        // The annotation of a complex target is evaluated (and dropped) in
        // modules and classes, unless annotations are postponed.
        if !simple && at_top && !self.future_annotations {
            self.expr(annotation)?;
            self.op(POP_TOP);
        }
        Ok(())
    }

    /// Evaluates the parts of an annotated subscript target's index.
    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                    self.op(POP_TOP);
                }
            }
            ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.check_ann_subscr(x)?;
                }
            }
            _ => {
                self.expr(e)?;
                self.op(POP_TOP);
            }
        }
        Ok(())
    }

    // ---- loops ---------------------------------------------------------

    fn for_stmt(&mut self, s: &'a Stmt, f: &'a For) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.set_loc(s.loc);
        self.op(GET_ITER);
        self.bind(start);
        self.push_fblock(FBlock::ForLoop { start, exit: end })?;
        self.jump(FOR_ITER, cleanup);
        self.expr(&f.target)?;
        self.stmts(&f.body)?;
        self.unset_loc();
        self.jump(JUMP_BACKWARD, start);
        self.bind(cleanup);
        self.u().fblocks.pop();
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn async_for(&mut self, s: &'a Stmt, f: &'a For) -> CResult {
        if !self.in_async_context() {
            return Err(self.error("'async for' outside async function", s.loc));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.set_loc(s.loc);
        self.op(GET_AITER);
        self.bind(start);
        self.push_fblock(FBlock::ForLoop { start, exit: end })?;
        self.push_handler(SETUP_FINALLY, except);
        self.op(GET_ANEXT);
        self.load_none();
        self.emit_yield_from(true);
        self.pop_handler();
        self.expr(&f.target)?;
        self.stmts(&f.body)?;
        self.unset_loc();
        self.jump(JUMP_BACKWARD, start);
        self.u().fblocks.pop();
        self.bind(except);
        self.set_loc(f.iter.loc);
        self.op(END_ASYNC_FOR);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let start = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.push_fblock(FBlock::WhileLoop { start, exit: end })?;
        self.jump_if(test, anchor, false)?;
        self.stmts(body)?;
        self.unset_loc();
        self.jump(JUMP_BACKWARD, start);
        self.u().fblocks.pop();
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// Builds a call's arguments after `n` already-pushed positional
    /// values and emits the call (CPython's compiler_call_helper).
    pub(crate) fn call_helper(
        &mut self,
        n: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(super::is_starred)
            && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            if nkw > 0 {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.kw_names(keywords);
            }
            self.emit_call(n + (nelts + nkw) as u32);
            return Ok(());
        }
        if n == 0 && nelts == 1 {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.expr(value)?;
            } else {
                self.starunpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)?;
            }
        } else {
            self.starunpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&kw.value)?;
                    self.emit(DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[nkw - nseen..])?;
                if have_dict {
                    self.emit(DICT_MERGE, 1);
                }
            }
        }
        self.emit(CALL_FUNCTION_EX, (nkw > 0) as u32);
        Ok(())
    }

    pub(crate) fn kw_names(&mut self, keywords: &[Keyword]) {
        let names = keywords
            .iter()
            .map(|k| C::Str(k.arg.clone().unwrap_or_default()))
            .collect();
        let i = self.u().add_const(C::Tuple(names));
        self.emit(KW_NAMES, i);
    }

    fn subkwargs(&mut self, kws: &'a [Keyword]) -> CResult {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in kws {
                self.expr(&k.value)?;
            }
            let keys = kws
                .iter()
                .map(|k| C::Str(k.arg.clone().unwrap_or_default()))
                .collect();
            self.load_const(C::Tuple(keys));
            self.emit(BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit_noline(BUILD_MAP, 0);
        }
        for k in kws {
            self.load_const(C::Str(k.arg.clone().unwrap_or_default()));
            self.expr(&k.value)?;
            if big {
                self.emit_noline(MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(BUILD_MAP, n as u32);
        }
        Ok(())
    }

    pub(crate) fn validate_keywords(&self, keywords: &[Keyword]) -> CResult {
        let mut seen = std::collections::HashSet::new();
        for k in keywords {
            if let Some(a) = &k.arg {
                if !seen.insert(a.as_str()) {
                    return Err(self.error(format!("keyword argument repeated: {a}"), k.loc));
                }
            }
        }
        Ok(())
    }
}

/// The location of the last comparison `jump_if` compiles as a direct
/// test when decomposing `e` (through `not`, `and`/`or` and conditional
/// expressions), if any.
fn last_jump_compare(e: &Expr) -> Option<Loc> {
    match &e.kind {
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => last_jump_compare(operand),
        ExprKind::BoolOp { values, .. } => values.iter().rev().find_map(last_jump_compare),
        ExprKind::IfExp { test, body, orelse } => [orelse, body, test]
            .into_iter()
            .find_map(|x| last_jump_compare(x)),
        ExprKind::Compare { .. } => Some(e.loc),
        _ => None,
    }
}
