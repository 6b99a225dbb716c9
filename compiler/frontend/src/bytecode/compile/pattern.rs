//! `match` statements and every pattern kind, as CPython 3.11 compiles
//! them: captured values stay on the stack (newest deepest) until the whole
//! pattern matched, then are stored in capture order; failure paths pop a
//! known number of items through a chain of `fail_pop` labels.

use super::{CResult, Compiler, Label};
use crate::ast::*;
use crate::bytecode::code::Constant as C;
use crate::bytecode::opcodes::Opcode::{self, *};

/// CPython's pattern_context.
struct PCtx {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: u32,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar { name: None })
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.expr(subject)?;
        let end = self.new_label();
        let ncases = cases.len();
        let has_default = ncases > 1 && is_wildcard(&cases[ncases - 1].pattern);
        let nloop = ncases - has_default as usize;
        for (i, m) in cases[..nloop].iter().enumerate() {
            self.set_loc(m.pattern.loc);
            let last = i + 1 == nloop;
            if !last {
                self.emit(COPY, 1);
            }
            let mut pc = PCtx {
                stores: Vec::new(),
                allow_irrefutable: m.guard.is_some() || i + 1 == ncases,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(&m.pattern, &mut pc)?;
            let stores = std::mem::take(&mut pc.stores);
            for n in &stores {
                self.nameop(n, ExprContext::Store, m.pattern.loc)?;
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let l = pc.fail_pop[0];
                self.jump_if(g, l, false)?;
            }
            if !last {
                self.op(POP_TOP);
            }
            self.stmts(&m.body)?;
            self.jump(JUMP_FORWARD, end);
            self.set_loc(m.pattern.loc);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let m = &cases[ncases - 1];
            self.set_loc(m.pattern.loc);
            if ncases == 1 {
                self.op(POP_TOP);
            } else {
                self.op(NOP);
            }
            if let Some(g) = &m.guard {
                self.jump_if(g, end, false)?;
            }
            self.stmts(&m.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PCtx, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PCtx, op: Opcode) {
        let pops = pc.on_top as usize + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(op, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        let n = pc.fail_pop.len();
        for i in (1..n).rev() {
            self.bind(pc.fail_pop[i]);
            self.op(POP_TOP);
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, mut count: u32) {
        while count > 1 {
            self.emit(SWAP, count);
            count -= 1;
        }
    }

    fn store_capture(&mut self, name: Option<&str>, pc: &mut PCtx, loc: Loc) -> CResult {
        let Some(n) = name else {
            self.op(POP_TOP);
            return Ok(());
        };
        if n == "__debug__" {
            return Err(self.error("cannot assign to __debug__", loc));
        }
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.error(
                format!("multiple assignments to name '{n}' in pattern"),
                loc,
            ));
        }
        let rotations = pc.on_top + pc.stores.len() as u32 + 1;
        self.rotate(rotations);
        pc.stores.push(n.to_string());
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PCtx) -> CResult {
        let old = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = old;
        r
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PCtx) -> CResult {
        // Like CPython, the location is left at the last pattern compiled
        // (errors about alternatives point there).
        self.enter_nested(p.loc)?;
        self.set_loc(p.loc);
        let r = self.pattern_inner(p, pc);
        self.leave_nested();
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PCtx) -> CResult {
        match &p.kind {
            PatternKind::MatchValue { value } => {
                self.expr(value)?;
                self.emit(COMPARE_OP, 2);
                self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(C::from_ast(value));
                self.emit(IS_OP, 0);
                self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(msg, p.loc));
                    }
                    self.store_capture(name.as_deref(), pc, p.loc)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(COPY, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(name.as_deref(), pc, p.loc)?;
                }
            },
            PatternKind::MatchStar { name } => {
                self.store_capture(name.as_deref(), pc, p.loc)?;
            }
            PatternKind::MatchSequence { patterns } => self.match_sequence(patterns, pc, p.loc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.match_mapping(keys, patterns, rest.as_deref(), pc, p.loc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.match_class(cls, patterns, kwd_attrs, kwd_patterns, pc, p.loc)?,
            PatternKind::MatchOr { patterns } => self.match_or(patterns, pc, p.loc)?,
        }
        Ok(())
    }

    fn match_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PCtx, loc: Loc) -> CResult {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in patterns.iter().enumerate() {
            if matches!(q.kind, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", loc));
                }
                star_wildcard = is_star_wildcard(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(q);
        }
        pc.on_top += 1;
        self.op(MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.op(GET_LEN);
                self.load_const(C::Int(size.into()));
                self.emit(COMPARE_OP, 2);
                self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
            }
            Some(_) if !(star_wildcard && size == 1) => {
                self.op(GET_LEN);
                self.load_const(C::Int((size - 1).into()));
                self.emit(COMPARE_OP, 5);
                self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.op(POP_TOP);
        } else if star_wildcard {
            let star = star.unwrap_or(0);
            pc.on_top += 1;
            for (i, q) in patterns.iter().enumerate() {
                if is_wildcard(q) || i == star {
                    continue;
                }
                self.emit(COPY, 1);
                if i < star {
                    self.load_const(C::Int(i.into()));
                } else {
                    self.op(GET_LEN);
                    self.load_const(C::Int((size - i).into()));
                    self.emit(BINARY_OP, 10);
                }
                self.op(BINARY_SUBSCR);
                self.subpattern(q, pc)?;
            }
            pc.on_top -= 1;
            self.op(POP_TOP);
        } else {
            match star {
                Some(s) => self.emit(UNPACK_EX, (s + ((size - s - 1) << 8)) as u32),
                None => self.emit(UNPACK_SEQUENCE, size as u32),
            }
            pc.on_top += size as u32;
            for q in patterns {
                pc.on_top -= 1;
                self.subpattern(q, pc)?;
            }
        }
        Ok(())
    }

    fn match_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PCtx,
        loc: Loc,
    ) -> CResult {
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error(
                format!(
                    "keys ({}) / patterns ({}) length mismatch in mapping pattern",
                    size,
                    patterns.len()
                ),
                loc,
            ));
        }
        pc.on_top += 1;
        self.op(MATCH_MAPPING);
        self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.op(POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.op(GET_LEN);
            self.load_const(C::Int(size.into()));
            self.emit(COMPARE_OP, 5);
            self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<C> = Vec::new();
        for k in keys {
            match &k.kind {
                ExprKind::Constant { value, .. } => {
                    let c = C::from_ast(value);
                    if seen.iter().any(|s| const_equal(s, &c)) {
                        return Err(self.error(
                            format!(
                                "mapping pattern checks duplicate key ({})",
                                crate::dis::const_repr(&c)
                            ),
                            loc,
                        ));
                    }
                    seen.push(c);
                }
                ExprKind::Attribute { .. } => {}
                _ => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                        loc,
                    ))
                }
            }
            self.expr(k)?;
        }
        self.emit(BUILD_TUPLE, size as u32);
        self.op(MATCH_KEYS);
        pc.on_top += 2;
        self.emit(COPY, 1);
        self.load_none();
        self.emit(IS_OP, 1);
        self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        self.emit(UNPACK_SEQUENCE, size as u32);
        pc.on_top += size as u32;
        pc.on_top -= 1;
        for q in patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        pc.on_top -= 2;
        if let Some(r) = rest {
            self.emit(BUILD_MAP, 0);
            self.emit(SWAP, 3);
            self.emit(DICT_UPDATE, 2);
            self.emit(UNPACK_SEQUENCE, size as u32);
            let mut s = size as u32;
            while s > 0 {
                self.emit(COPY, 1 + s);
                s -= 1;
                self.emit(SWAP, 2);
                self.op(DELETE_SUBSCR);
            }
            self.store_capture(Some(r), pc, loc)?;
        } else {
            self.op(POP_TOP);
            self.op(POP_TOP);
        }
        Ok(())
    }

    fn match_class(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PCtx,
        loc: Loc,
    ) -> CResult {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(self.error(
                format!(
                    "kwd_attrs ({}) / kwd_patterns ({}) length mismatch in class pattern",
                    nattrs,
                    kwd_patterns.len()
                ),
                loc,
            ));
        }
        for (i, a) in kwd_attrs.iter().enumerate() {
            if a == "__debug__" {
                return Err(self.error("cannot assign to __debug__", kwd_patterns[i].loc));
            }
            if kwd_attrs[i + 1..].contains(a) {
                let dup = kwd_attrs[i + 1..].iter().position(|x| x == a).unwrap_or(0) + i + 1;
                return Err(self.error(
                    format!("attribute name repeated in class pattern: {a}"),
                    kwd_patterns[dup].loc,
                ));
            }
        }
        self.expr(cls)?;
        let names = kwd_attrs.iter().map(|a| C::Str(a.clone())).collect();
        self.load_const(C::Tuple(names));
        self.emit(MATCH_CLASS, nargs as u32);
        self.emit(COPY, 1);
        self.load_none();
        self.emit(IS_OP, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        let total = (nargs + nattrs) as u32;
        self.emit(UNPACK_SEQUENCE, total);
        pc.on_top += total;
        pc.on_top -= 1;
        for q in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(q) {
                self.op(POP_TOP);
                continue;
            }
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    fn match_or(&mut self, alts: &'a [Pattern], pc: &mut PCtx, loc: Loc) -> CResult {
        let end = self.new_label();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        let n = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.loc);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == n && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(COPY, 1);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != pc.stores.len() {
                        return Err(self.error_here("alternative patterns bind different names"));
                    }
                    let nstores = ctl.len();
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(
                                self.error_here("alternative patterns bind different names")
                            );
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol as u32 + 1);
                            }
                        }
                    }
                }
            }
            self.jump(JUMP_FORWARD, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        self.op(POP_TOP);
        self.jump_to_fail_pop(pc, JUMP_FORWARD);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nstores = control.len() as u32;
        let nrots = nstores + 1 + pc.on_top + pc.stores.len() as u32;
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    loc,
                ));
            }
            pc.stores.push(name);
        }
        self.op(POP_TOP);
        Ok(())
    }
}

/// Python equality of constant keys for duplicate detection in mapping
/// patterns (1 == 1.0 == True).
fn const_equal(a: &C, b: &C) -> bool {
    use num_traits::ToPrimitive;
    let num = |c: &C| -> Option<f64> {
        match c {
            C::Bool(b) => Some(*b as i64 as f64),
            C::Int(i) => i.to_f64(),
            C::Float(f) => Some(*f),
            _ => None,
        }
    };
    match (num(a), num(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}
