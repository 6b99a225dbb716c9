//! Exception-handling statements: try/except/else/finally, try/except*
//! and with/async with, laid out as CPython 3.11 does with handler regions
//! (SETUP_* pseudo instructions become exception-table entries) and the
//! cleanup blocks that restore the handled exception and re-raise.

use super::{CResult, Compiler, FBlock, Label, UnitKind};
use crate::ast::*;
use crate::bytecode::opcodes::Opcode::*;

impl<'a> Compiler<'a> {
    // ---- with ----------------------------------------------------------

    pub(crate) fn in_async_context(&self) -> bool {
        matches!(self.ur().kind, UnitKind::AsyncFunction)
    }

    pub(crate) fn with_stmt(
        &mut self,
        s: &'a Stmt,
        w: &'a With,
        pos: usize,
        is_async: bool,
    ) -> CResult {
        let item = &w.items[pos];
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_loc(s.loc);
        if is_async {
            self.op(BEFORE_ASYNC_WITH);
            self.emit(GET_AWAITABLE, 1);
            self.load_none();
            self.emit_yield_from(true);
        } else {
            self.op(BEFORE_WITH);
        }
        self.push_handler(SETUP_WITH, final_);
        self.push_fblock(FBlock::With {
            loc: s.loc,
            is_async,
        })?;
        match &item.optional_vars {
            Some(v) => self.expr(v)?,
            None => self.op(POP_TOP),
        }
        if pos + 1 == w.items.len() {
            self.stmts(&w.body)?;
        } else {
            self.with_stmt(s, w, pos + 1, is_async)?;
        }
        self.u().fblocks.pop();
        self.pop_handler();
        self.set_loc(s.loc);
        self.call_exit_with_nones();
        if is_async {
            self.emit(GET_AWAITABLE, 2);
            self.load_none();
            self.emit_yield_from(true);
        }
        self.op(POP_TOP);
        self.jump(JUMP_FORWARD, exit);
        self.bind(final_);
        self.push_handler(SETUP_CLEANUP, cleanup);
        self.op(PUSH_EXC_INFO);
        self.op(WITH_EXCEPT_START);
        if is_async {
            self.emit(GET_AWAITABLE, 2);
            self.load_none();
            self.emit_yield_from(true);
        }
        self.with_except_finish(cleanup);
        self.bind(exit);
        Ok(())
    }

    pub(crate) fn with_except_finish(&mut self, cleanup: Label) {
        let exit = self.new_label();
        self.jump(POP_JUMP_IF_TRUE, exit);
        self.emit(RERAISE, 2);
        self.bind(cleanup);
        let h = self.u().hstack.pop();
        self.pop_except_and_reraise();
        if let Some(h) = h {
            self.u().hstack.push(h);
        }
        self.bind(exit);
        self.op(POP_TOP);
        self.pop_handler();
        self.op(POP_EXCEPT);
        self.op(POP_TOP);
        self.op(POP_TOP);
    }

    pub(crate) fn pop_except_and_reraise(&mut self) {
        self.emit(COPY, 3);
        self.op(POP_EXCEPT);
        self.emit(RERAISE, 1);
    }

    // ---- try -----------------------------------------------------------

    pub(crate) fn try_finally(&mut self, s: &'a Stmt, t: &'a Try, star: bool) -> CResult {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.push_handler(SETUP_FINALLY, end);
        self.push_fblock(FBlock::FinallyTry { body: &t.finalbody })?;
        if !t.handlers.is_empty() {
            if star {
                self.try_star_except(t)?;
            } else {
                self.try_except(t)?;
            }
        } else {
            self.stmts(&t.body)?;
        }
        self.pop_handler();
        self.u().fblocks.pop();
        self.stmts(&t.finalbody)?;
        self.emit_noline(JUMP_FORWARD, exit.0);
        // Exceptional path.
        self.bind(end);
        self.unset_loc();
        self.push_handler(SETUP_CLEANUP, cleanup);
        self.op(PUSH_EXC_INFO);
        self.push_fblock(FBlock::FinallyEnd)?;
        self.stmts(&t.finalbody)?;
        self.u().fblocks.pop();
        self.unset_loc();
        self.emit(RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        let _ = s;
        Ok(())
    }

    pub(crate) fn try_except(&mut self, t: &'a Try) -> CResult {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.push_handler(SETUP_FINALLY, except);
        self.push_fblock(FBlock::TryExcept)?;
        self.stmts(&t.body)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.emit_noline(JUMP_FORWARD, end.0);
        self.bind(except);
        self.unset_loc();
        let outer = self.push_handler(SETUP_CLEANUP, cleanup);
        self.op(PUSH_EXC_INFO);
        self.push_fblock(FBlock::ExceptionHandler)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_loc(h.loc);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", h.loc));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.set_loc(h.loc);
                self.op(CHECK_EXC_MATCH);
                self.jump(POP_JUMP_IF_FALSE, next);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_label();
                self.nameop(name, ExprContext::Store, h.loc)?;
                self.push_handler(SETUP_CLEANUP, cleanup_end);
                self.push_fblock(FBlock::HandlerCleanup {
                    name: Some(name.clone()),
                    two_blocks: true,
                })?;
                self.stmts(&h.body)?;
                self.u().fblocks.pop();
                self.unset_loc();
                self.pop_handler();
                self.pop_handler();
                self.op(POP_EXCEPT);
                self.load_none();
                self.nameop(name, ExprContext::Store, h.loc)?;
                self.nameop(name, ExprContext::Del, h.loc)?;
                self.jump(JUMP_FORWARD, end);
                self.u().hstack.push(outer);
                self.bind(cleanup_end);
                self.unset_loc();
                self.load_none();
                self.nameop(name, ExprContext::Store, h.loc)?;
                self.nameop(name, ExprContext::Del, h.loc)?;
                self.emit(RERAISE, 1);
            } else {
                self.op(POP_TOP);
                self.push_fblock(FBlock::HandlerCleanup {
                    name: None,
                    two_blocks: false,
                })?;
                self.stmts(&h.body)?;
                self.u().fblocks.pop();
                self.unset_loc();
                self.pop_handler();
                self.op(POP_EXCEPT);
                self.jump(JUMP_FORWARD, end);
                self.u().hstack.push(outer);
            }
            self.bind(next);
        }
        self.unset_loc();
        self.u().fblocks.pop();
        self.emit(RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    pub(crate) fn try_star_except(&mut self, t: &'a Try) -> CResult {
        let except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.push_handler(SETUP_FINALLY, except);
        self.push_fblock(FBlock::TryExcept)?;
        self.stmts(&t.body)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.emit_noline(JUMP_FORWARD, orelse.0);
        self.bind(except);
        self.unset_loc();
        self.push_handler(SETUP_CLEANUP, cleanup);
        self.op(PUSH_EXC_INFO);
        self.push_fblock(FBlock::ExceptionGroupHandler)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_loc(h.loc);
            let next = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                self.emit(COPY, 1);
                self.emit(BUILD_LIST, 0);
                self.emit(SWAP, 2);
            }
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.set_loc(h.loc);
                self.op(CHECK_EG_MATCH);
                self.emit(COPY, 1);
                self.jump(POP_JUMP_IF_NONE, no_match);
            } else {
                return Err(self.error("expected one or more exception types", h.loc));
            }
            let cleanup_end = self.new_label();
            match &h.name {
                Some(name) => self.nameop(name, ExprContext::Store, h.loc)?,
                None => self.op(POP_TOP),
            }
            self.push_handler(SETUP_CLEANUP, cleanup_end);
            self.push_fblock(FBlock::HandlerCleanup {
                name: h.name.clone(),
                two_blocks: false,
            })?;
            self.stmts(&h.body)?;
            self.u().fblocks.pop();
            self.pop_handler();
            if let Some(name) = &h.name {
                self.load_none();
                self.nameop(name, ExprContext::Store, h.loc)?;
                self.nameop(name, ExprContext::Del, h.loc)?;
            }
            self.jump(JUMP_FORWARD, next);
            self.bind(cleanup_end);
            if let Some(name) = &h.name {
                self.load_none();
                self.nameop(name, ExprContext::Store, h.loc)?;
                self.nameop(name, ExprContext::Del, h.loc)?;
            }
            self.emit(LIST_APPEND, 3);
            self.op(POP_TOP);
            self.jump(JUMP_FORWARD, except_with_error);
            self.bind(next);
            self.op(NOP);
            self.jump(JUMP_FORWARD, except_with_error);
            self.bind(no_match);
            self.op(POP_TOP);
            self.bind(except_with_error);
            if i + 1 == n {
                self.emit(LIST_APPEND, 1);
                self.jump(JUMP_FORWARD, reraise_star);
            }
        }
        self.unset_loc();
        self.u().fblocks.pop();
        let reraise = self.new_label();
        self.bind(reraise_star);
        self.op(PREP_RERAISE_STAR);
        self.emit(COPY, 1);
        self.jump(POP_JUMP_IF_NOT_NONE, reraise);
        self.op(POP_TOP);
        self.pop_handler();
        self.op(POP_EXCEPT);
        self.jump(JUMP_FORWARD, end);
        self.bind(reraise);
        self.emit(SWAP, 2);
        self.op(POP_EXCEPT);
        self.emit(RERAISE, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(orelse);
        self.stmts(&t.orelse)?;
        self.bind(end);
        Ok(())
    }
}
