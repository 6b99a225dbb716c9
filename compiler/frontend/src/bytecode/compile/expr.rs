//! Expression compilation: operators, comparisons (chained), boolean
//! short-circuits and conditional jumps, calls (simple, method, starred and
//! keyword forms), displays with unpacking, subscripts and slices,
//! attributes, lambdas, f-strings, yield/await, assignment targets.

use super::{is_starred, CResult, Compiler, Label, UnitKind, STACK_USE_GUIDELINE};
use crate::ast::*;
use crate::bytecode::code::Constant as C;
use crate::bytecode::code::Location;
use crate::bytecode::opcodes::Opcode::{self, *};
use crate::symtable::def;

/// CPython's NB_* number of a binary operator.
pub(crate) fn binop_arg(op: Operator) -> u32 {
    match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    }
}

fn is_const(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant { .. })
}

fn const_of(e: &Expr) -> C {
    match &e.kind {
        ExprKind::Constant { value, .. } => C::from_ast(value),
        _ => C::None,
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult {
        self.enter_nested(e.loc)?;
        let saved = self.ur().loc;
        self.set_loc(e.loc);
        let r = self.expr_inner(e);
        self.u().loc = saved;
        self.leave_nested();
        r
    }

    fn compare_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Eq => self.emit(COMPARE_OP, 2),
            CmpOp::NotEq => self.emit(COMPARE_OP, 3),
            CmpOp::Lt => self.emit(COMPARE_OP, 0),
            CmpOp::LtE => self.emit(COMPARE_OP, 1),
            CmpOp::Gt => self.emit(COMPARE_OP, 4),
            CmpOp::GtE => self.emit(COMPARE_OP, 5),
            CmpOp::Is => self.emit(IS_OP, 0),
            CmpOp::IsNot => self.emit(IS_OP, 1),
            CmpOp::In => self.emit(CONTAINS_OP, 0),
            CmpOp::NotIn => self.emit(CONTAINS_OP, 1),
        }
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let jop = if *op == BoolOp::And {
                    JUMP_IF_FALSE_OR_POP
                } else {
                    JUMP_IF_TRUE_OR_POP
                };
                let end = self.new_label();
                let n = values.len();
                for v in &values[..n - 1] {
                    self.expr(v)?;
                    self.jump(jop, end);
                }
                self.expr(&values[n - 1])?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(COPY, 1);
                self.expr(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(BINARY_OP, binop_arg(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.op(match op {
                    UnaryOp::Invert => UNARY_INVERT,
                    UnaryOp::Not => UNARY_NOT,
                    UnaryOp::UAdd => UNARY_POSITIVE,
                    UnaryOp::USub => UNARY_NEGATIVE,
                });
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.emit_noline(JUMP_FORWARD, end.0);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set { elts } => {
                self.starunpack(elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false)?
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e)?,
            ExprKind::Await { value } => {
                let ste = self.scope();
                if !ste.is_function() {
                    return Err(self.error("'await' outside function", e.loc));
                }
                if !matches!(
                    self.ur().kind,
                    UnitKind::AsyncFunction | UnitKind::Comprehension
                ) {
                    return Err(self.error("'await' outside async function", e.loc));
                }
                self.expr(value)?;
                self.emit(GET_AWAITABLE, 0);
                self.load_none();
                self.emit_yield_from(true);
            }
            ExprKind::Yield { value } => {
                let ste = self.scope();
                if !ste.is_function() {
                    return Err(self.error("'yield' outside function", e.loc));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_none(),
                }
                if ste.is_coroutine {
                    self.op(ASYNC_GEN_WRAP);
                }
                self.op(YIELD_VALUE);
                self.emit(RESUME, 1);
            }
            ExprKind::YieldFrom { value } => {
                let ste = self.scope();
                if !ste.is_function() {
                    return Err(self.error("'yield' outside function", e.loc));
                }
                if self.ur().kind == UnitKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function", e.loc));
                }
                self.expr(value)?;
                self.op(GET_YIELD_FROM_ITER);
                self.load_none();
                self.emit_yield_from(false);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut flags = match *conversion {
                    115 => 1, // 's'
                    114 => 2, // 'r'
                    97 => 3,  // 'a'
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= 4;
                }
                self.emit(FORMAT_VALUE, flags);
            }
            ExprKind::JoinedStr { values } => {
                if values.len() > STACK_USE_GUIDELINE {
                    self.load_const(C::Str(String::new()));
                    let i = self.u().add_name("join");
                    self.emit(LOAD_METHOD, i);
                    self.emit(BUILD_LIST, 0);
                    for v in values {
                        self.expr(v)?;
                        self.emit(LIST_APPEND, 1);
                    }
                    self.emit_call(1);
                } else {
                    for v in values {
                        self.expr(v)?;
                    }
                    if values.len() != 1 {
                        self.emit(BUILD_STRING, values.len() as u32);
                    }
                }
            }
            ExprKind::Constant { value, .. } => self.load_const(C::from_ast(value)),
            ExprKind::Attribute { value, attr, ctx } => {
                self.expr(value)?;
                let m = self.mangle(attr);
                let i = self.u().add_name(&m);
                match ctx {
                    ExprContext::Load => self.emit(LOAD_ATTR, i),
                    ExprContext::Store => self.emit(STORE_ATTR, i),
                    ExprContext::Del => self.emit(DELETE_ATTR, i),
                }
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.expr(value)?;
                self.expr(slice)?;
                match ctx {
                    ExprContext::Load => self.op(BINARY_SUBSCR),
                    ExprContext::Store => self.op(STORE_SUBSCR),
                    ExprContext::Del => self.op(DELETE_SUBSCR),
                }
            }
            ExprKind::Starred { ctx, .. } => {
                let msg = if *ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                };
                return Err(self.error(msg, e.loc));
            }
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx, e.loc)?,
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Store => self.assign_unpack(elts, e.loc)?,
                ExprContext::Del => {
                    for x in elts {
                        self.expr(x)?;
                    }
                }
                ExprContext::Load => {
                    self.starunpack(elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false)?
                }
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.assign_unpack(elts, e.loc)?,
                ExprContext::Del => {
                    for x in elts {
                        self.expr(x)?;
                    }
                }
                ExprContext::Load => {
                    self.starunpack(elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)?
                }
            },
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                match lower {
                    Some(x) => self.expr(x)?,
                    None => self.load_none(),
                }
                match upper {
                    Some(x) => self.expr(x)?,
                    None => self.load_none(),
                }
                if let Some(s) = step {
                    self.expr(s)?;
                    n = 3;
                }
                self.emit(BUILD_SLICE, n);
            }
        }
        Ok(())
    }

    fn compare(&mut self, left: &'a Expr, ops: &'a [CmpOp], comps: &'a [Expr]) -> CResult {
        self.expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.expr(&comps[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.expr(&comps[i])?;
            self.emit(SWAP, 2);
            self.emit(COPY, 2);
            self.compare_op(ops[i]);
            self.jump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.expr(&comps[n])?;
        self.compare_op(ops[n]);
        let end = self.new_label();
        self.emit_noline(JUMP_FORWARD, end.0);
        self.bind(cleanup);
        self.emit(SWAP, 2);
        self.op(POP_TOP);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` when `e`'s truth equals `cond`, else falls
    /// through (CPython's compiler_jump_if).
    pub(crate) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        self.enter_nested(e.loc)?;
        let r = self.jump_if_inner(e, target, cond);
        self.leave_nested();
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    Some(self.new_label())
                } else {
                    None
                };
                let t2 = next2.unwrap_or(target);
                let n = values.len();
                for v in &values[..n - 1] {
                    self.jump_if(v, t2, cond2)?;
                }
                self.jump_if(&values[n - 1], target, cond)?;
                if let Some(l) = next2 {
                    self.bind(l);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.emit_noline(JUMP_FORWARD, end.0);
                self.bind(next2);
                self.jump_if(orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                let saved = self.ur().loc;
                self.set_loc(e.loc);
                self.expr(left)?;
                let n = ops.len() - 1;
                let cleanup = self.new_label();
                for i in 0..n {
                    self.expr(&comparators[i])?;
                    self.emit(SWAP, 2);
                    self.emit(COPY, 2);
                    self.compare_op(ops[i]);
                    self.jump(POP_JUMP_IF_FALSE, cleanup);
                }
                self.expr(&comparators[n])?;
                self.compare_op(ops[n]);
                self.jump(
                    if cond {
                        POP_JUMP_IF_TRUE
                    } else {
                        POP_JUMP_IF_FALSE
                    },
                    target,
                );
                let end = self.new_label();
                self.emit_noline(JUMP_FORWARD, end.0);
                self.bind(cleanup);
                self.op(POP_TOP);
                if !cond {
                    self.emit_noline(JUMP_FORWARD, target.0);
                }
                self.bind(end);
                self.u().loc = saved;
                return Ok(());
            }
            ExprKind::Constant { value, .. } => {
                // CPython loads the constant and lets the flow-graph
                // optimizer drop the test, so the constant still takes its
                // place in co_consts.
                self.u().add_const(C::from_ast(value));
                if let Some(t) = C::from_ast(value).truthy() {
                    let saved = self.ur().loc;
                    self.set_loc(e.loc);
                    if t == cond {
                        self.jump(JUMP_FORWARD, target);
                    } else {
                        self.op(NOP);
                    }
                    self.u().loc = saved;
                    return Ok(());
                }
            }
            _ => {}
        }
        self.expr(e)?;
        // The test's jump carries the test's location (as CPython).
        let saved = self.ur().loc;
        self.set_loc(e.loc);
        self.jump(
            if cond {
                POP_JUMP_IF_TRUE
            } else {
                POP_JUMP_IF_FALSE
            },
            target,
        );
        self.u().loc = saved;
        Ok(())
    }

    /// Builds a list/tuple/set from `elts` with starred items (CPython's
    /// starunpack_helper). `pushed` items are already on the stack.
    pub(crate) fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> CResult {
        let n = elts.len();
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        if n > 2 && elts.iter().all(is_const) {
            let items: Vec<C> = elts.iter().map(const_of).collect();
            if tuple && pushed == 0 {
                self.load_const(C::Tuple(items));
            } else {
                let folded = if add == SET_ADD {
                    C::FrozenSet(items)
                } else {
                    C::Tuple(items)
                };
                self.emit(build, pushed);
                self.load_const(folded);
                self.emit(extend, 1);
                if tuple {
                    self.op(LIST_TO_TUPLE);
                }
            }
            return Ok(());
        }
        let seen_star = elts.iter().any(is_starred);
        if !seen_star && !big {
            for x in elts {
                self.expr(x)?;
            }
            if tuple {
                self.emit(BUILD_TUPLE, n as u32 + pushed);
            } else {
                self.emit(build, n as u32 + pushed);
            }
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &x.kind {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(value)?;
                self.emit(extend, 1);
            } else {
                self.expr(x)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.op(LIST_TO_TUPLE);
        }
        Ok(())
    }

    /// Unpacking assignment to a list/tuple target.
    fn assign_unpack(&mut self, elts: &'a [Expr], loc: Loc) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, x) in elts.iter().enumerate() {
            if is_starred(x) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment", loc));
                }
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", loc)
                    );
                }
                self.emit(UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(UNPACK_SEQUENCE, n as u32);
        }
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(x)?,
            }
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let mut elements = 0usize;
        let mut have_dict = false;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(BUILD_MAP, 0);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit(DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(BUILD_MAP, 0);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let all_const = keys[begin..end]
            .iter()
            .all(|k| k.as_ref().is_some_and(is_const));
        if n > 1 && !big && all_const {
            for v in &values[begin..end] {
                self.expr(v)?;
            }
            let ks = keys[begin..end]
                .iter()
                .map(|k| k.as_ref().map_or(C::None, const_of))
                .collect();
            self.load_const(C::Tuple(ks));
            self.emit(BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit(BUILD_MAP, 0);
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.expr(k)?;
            }
            self.expr(&values[i])?;
            if big {
                self.emit(MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(BUILD_MAP, n as u32);
        }
        Ok(())
    }

    fn is_import_originated(&self, e: &Expr) -> bool {
        if let ExprKind::Name { id, .. } = &e.kind {
            return self.st.scopes[0].flags(id) & def::IMPORT != 0;
        }
        false
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        // Method-call form: obj.meth(args) -> LOAD_METHOD + CALL.
        if let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        {
            let nargs = args.len();
            let nkw = keywords.len();
            if !self.is_import_originated(value)
                && nargs + nkw + usize::from(nkw != 0) < STACK_USE_GUIDELINE
                && !args.iter().any(is_starred)
                && keywords.iter().all(|k| k.arg.is_some())
            {
                self.validate_keywords(keywords)?;
                self.expr(value)?;
                let saved = self.ur().loc;
                // LOAD_METHOD covers the attribute expression; a multi-line
                // one starts at the attribute name (as CPython 3.11 does).
                let mut loc = Location::from_loc(func.loc);
                if loc.line != loc.end_line {
                    loc.line = loc.end_line;
                    loc.col = loc.end_col.saturating_sub(attr.chars().count() as u32);
                }
                self.u().loc = loc;
                let m = self.mangle(attr);
                let i = self.u().add_name(&m);
                self.emit(LOAD_METHOD, i);
                for a in args {
                    self.expr(a)?;
                }
                if nkw > 0 {
                    for k in keywords {
                        self.expr(&k.value)?;
                    }
                    self.kw_names(keywords);
                }
                self.u().loc = saved;
                self.set_loc(e.loc);
                self.emit_call((nargs + nkw) as u32);
                return Ok(());
            }
        }
        match &func.kind {
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            } if self.is_global_load(id) => {
                let m = self.mangle(id);
                let i = self.u().add_name(&m);
                self.set_loc(func.loc);
                self.emit(LOAD_GLOBAL, (i << 1) | 1);
                self.set_loc(e.loc);
            }
            _ => {
                self.set_loc(func.loc);
                self.op(PUSH_NULL);
                self.set_loc(e.loc);
                self.expr(func)?;
            }
        }
        self.call_helper(0, args, keywords)
    }

    fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        let flags = self.default_arguments(args)?;
        let scope = self
            .st
            .scope_for(e)
            .ok_or_else(|| self.error("internal compiler error: no scope", e.loc))?;
        self.enter_scope("<lambda>", UnitKind::Lambda, scope, e.loc.lineno)?;
        self.u().add_const(C::None);
        self.set_arg_counts(args);
        self.expr(body)?;
        self.op(RETURN_VALUE);
        let code = self.exit_scope(false)?;
        self.set_loc(e.loc);
        self.make_closure(code, flags)
    }
}
