//! Comprehensions and generator expressions. As in CPython 3.11 each one is
//! a nested function taking the outermost iterator as its only argument
//! (`.0`); list/set/dict comprehensions build their result on the stack
//! below the loop iterators, generator expressions yield each element.

use super::{CResult, Compiler, FBlock, UnitKind};
use crate::ast::*;
use crate::bytecode::code::Constant as C;
use crate::bytecode::opcodes::Opcode::*;
use crate::symtable::CompKind;

impl<'a> Compiler<'a> {
    pub(crate) fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (kind, gens, elt, val) = match &e.kind {
            ExprKind::ListComp { elt, generators } => (CompKind::List, generators, &**elt, None),
            ExprKind::SetComp { elt, generators } => (CompKind::Set, generators, &**elt, None),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (CompKind::Dict, generators, &**key, Some(&**value)),
            ExprKind::GeneratorExp { elt, generators } => (CompKind::Gen, generators, &**elt, None),
            _ => unreachable!("comprehension expected"),
        };
        let Some(outermost) = gens.first() else {
            return Err(self.error("comprehension with no generators", e.loc));
        };
        let outer_kind = self.ur().kind;
        let scope = self
            .st
            .scope_for(e)
            .ok_or_else(|| self.error("internal compiler error: no scope", e.loc))?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let is_async_gen = self.st.scopes[scope].is_coroutine;
        if is_async_gen
            && kind != CompKind::Gen
            && !matches!(
                outer_kind,
                UnitKind::AsyncFunction | UnitKind::Comprehension
            )
        {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                e.loc,
            ));
        }
        self.enter_scope(name, UnitKind::Comprehension, scope, e.loc.lineno)?;
        self.set_loc(e.loc);
        match kind {
            CompKind::List => self.emit(BUILD_LIST, 0),
            CompKind::Set => self.emit(BUILD_SET, 0),
            CompKind::Dict => self.emit(BUILD_MAP, 0),
            CompKind::Gen => {}
        }
        self.comp_generator(gens, 0, 0, elt, val, kind)?;
        if kind != CompKind::Gen {
            self.op(RETURN_VALUE);
        }
        let code = self.exit_scope(true)?;
        self.set_loc(e.loc);
        self.make_closure(code, 0)?;
        self.expr(&outermost.iter)?;
        self.set_loc(e.loc);
        if outermost.is_async {
            self.op(GET_AITER);
        } else {
            self.op(GET_ITER);
        }
        self.emit_call(0);
        if is_async_gen && kind != CompKind::Gen {
            self.emit(GET_AWAITABLE, 0);
            self.load_none();
            self.emit_yield_from(true);
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        if gens[index].is_async {
            self.async_comp_generator(gens, index, depth, elt, val, kind)
        } else {
            self.sync_comp_generator(gens, index, depth, elt, val, kind)
        }
    }

    fn comp_element(
        &mut self,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        match kind {
            CompKind::Gen => {
                self.expr(elt)?;
                if self.scope().is_coroutine {
                    self.op(ASYNC_GEN_WRAP);
                }
                self.op(YIELD_VALUE);
                self.emit(RESUME, 1);
                self.op(POP_TOP);
            }
            CompKind::List => {
                self.expr(elt)?;
                self.emit(LIST_APPEND, depth + 1);
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit(SET_ADD, depth + 1);
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = val {
                    self.expr(v)?;
                }
                self.emit(MAP_ADD, depth + 1);
            }
        }
        Ok(())
    }

    fn sync_comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        let gen = &gens[index];
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let mut has_loop = true;
        if index == 0 {
            self.u().argcount = 1;
            self.emit(LOAD_FAST, 0);
        } else {
            let single = match &gen.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } if elts.len() == 1 => {
                    if matches!(elts[0].kind, ExprKind::Starred { .. }) {
                        None
                    } else {
                        Some(&elts[0])
                    }
                }
                ExprKind::Constant {
                    value: Constant::Tuple(items),
                    ..
                } if items.len() == 1 => None,
                _ => None,
            };
            if let Some(x) = single {
                self.expr(x)?;
                has_loop = false;
            } else {
                self.expr(&gen.iter)?;
                self.op(GET_ITER);
            }
        }
        let start = self.new_label();
        if has_loop {
            depth += 1;
            self.bind(start);
            self.jump(FOR_ITER, anchor);
        }
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < gens.len() {
            self.comp_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            self.comp_element(depth, elt, val, kind)?;
        }
        self.bind(if_cleanup);
        if has_loop {
            self.jump(JUMP_BACKWARD, start);
            self.bind(anchor);
        }
        Ok(())
    }

    fn async_comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        let gen = &gens[index];
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        if index == 0 {
            self.u().argcount = 1;
            self.emit(LOAD_FAST, 0);
        } else {
            self.expr(&gen.iter)?;
            self.op(GET_AITER);
        }
        self.bind(start);
        self.push_fblock(FBlock::AsyncComprehensionGenerator)?;
        self.push_handler(SETUP_FINALLY, except);
        self.op(GET_ANEXT);
        self.load_const(C::None);
        self.emit_yield_from(true);
        self.pop_handler();
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        if index + 1 < gens.len() {
            self.comp_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            self.comp_element(depth, elt, val, kind)?;
        }
        self.bind(if_cleanup);
        self.jump(JUMP_BACKWARD, start);
        self.u().fblocks.pop();
        self.bind(except);
        self.op(END_ASYNC_FOR);
        Ok(())
    }
}
