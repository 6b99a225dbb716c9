//! The assembler: turns a compiled `Unit` (instructions with label jumps,
//! handler tags and pseudo instructions) into a finished `CodeObject`.
//!
//! Steps: resolve labels; fold `LOAD_CONST`s + `BUILD_TUPLE` into one
//! tuple constant (appended, as CPython's flow-graph optimizer does); run
//! the stack-depth analysis (which also yields each handler's depth and
//! reachability); drop unreachable and pseudo instructions and redundant
//! NOPs; remap jumps (choosing JUMP_FORWARD/JUMP_BACKWARD by direction);
//! build the exception table from handler tags; trim trailing unused
//! constants (CPython 3.11's trim_unused_consts); map cell/free operands to
//! localsplus slots. Every pass is linear.

use super::code::{CodeObject, Constant, ExceptionEntry, Instr, Location};
use super::compile::{CInstr, CResult, Unit, NO_BLOCK};
use super::opcodes::{flags, ArgKind, Opcode};
use super::stackdepth::{analyze, FlowSource};

struct Pre<'u> {
    instrs: &'u [CInstr],
    /// Handler id -> (target index, SETUP kind).
    handlers: Vec<(u32, Opcode)>,
    /// Handler id -> depth recorded at its SETUP.
    hdepth: Vec<Option<u32>>,
}

impl FlowSource for Pre<'_> {
    fn len(&self) -> usize {
        self.instrs.len()
    }
    fn instr(&self, i: usize) -> (Opcode, u32) {
        let ins = &self.instrs[i];
        if ins.op.info().arg == ArgKind::Handler {
            // SETUP pseudo: no effect, no jump of its own.
            (Opcode::NOP, 0)
        } else {
            (ins.op, ins.arg)
        }
    }
    fn extra_edges(&mut self, i: usize, d: u32, out: &mut Vec<(u32, u32)>) -> Result<(), String> {
        let ins = &self.instrs[i];
        if ins.op.info().arg == ArgKind::Handler {
            let id = ins.arg as usize;
            let (target, kind) = self.handlers[id];
            let hd = if kind == Opcode::SETUP_WITH {
                d.checked_sub(1).ok_or("SETUP_WITH on empty stack")?
            } else {
                d
            };
            match self.hdepth[id] {
                Some(old) if old != hd => {
                    return Err(format!("handler {id} reached with depths {old} and {hd}"))
                }
                _ => self.hdepth[id] = Some(hd),
            }
            let lasti = (kind != Opcode::SETUP_FINALLY) as u32;
            out.push((target, hd + lasti + 1));
        }
        if ins.block != NO_BLOCK {
            match self.hdepth[ins.block as usize] {
                Some(hd) if hd <= d => {}
                Some(hd) => {
                    return Err(format!(
                        "instruction {i} at depth {d} below handler depth {hd}"
                    ))
                }
                None => return Err(format!("instruction {i} protected before its SETUP")),
            }
        }
        Ok(())
    }
}

fn internal(unit: &Unit, msg: String) -> crate::error::SyntaxError {
    crate::error::SyntaxError::new(
        crate::ErrorKind::SyntaxError,
        format!("internal compiler error in {}: {msg}", unit.qualname),
        unit.firstlineno,
        0,
    )
}

/// Assembles `unit` into a code object with `co_flags` = `flags`.
pub(crate) fn assemble(mut unit: Unit, flags: u32, filename: &str) -> CResult<CodeObject> {
    // 1. Resolve labels.
    let labels = std::mem::take(&mut unit.labels);
    let resolve = |l: u32| -> u32 { labels.get(l as usize).copied().unwrap_or(u32::MAX) };
    let n = unit.instrs.len();
    for ins in unit.instrs.iter_mut() {
        if ins.op.is_jump() {
            ins.arg = resolve(ins.arg);
        }
    }
    if unit
        .instrs
        .iter()
        .any(|i| i.op.is_jump() && i.arg as usize >= n)
    {
        return Err(internal(&unit, "unbound label".into()));
    }
    let handlers: Vec<(u32, Opcode)> = unit
        .handlers
        .iter()
        .map(|&(l, k)| (resolve(l.0), k))
        .collect();
    if handlers.iter().any(|h| h.0 as usize >= n) {
        return Err(internal(&unit, "unbound handler label".into()));
    }
    let mut is_target = vec![false; n + 1];
    for ins in &unit.instrs {
        if ins.op.is_jump() {
            is_target[ins.arg as usize] = true;
        }
    }
    for h in &handlers {
        is_target[h.0 as usize] = true;
    }

    // 2. Fold constant tuples; `PUSH_NULL; LOAD_GLOBAL x` becomes
    // `LOAD_GLOBAL (NULL + x)`.
    fold_const_tuples(&mut unit, &is_target);
    for i in 0..n.saturating_sub(1) {
        let (a, b) = (unit.instrs[i], unit.instrs[i + 1]);
        if a.op == Opcode::PUSH_NULL
            && b.op == Opcode::LOAD_GLOBAL
            && b.arg & 1 == 0
            && !is_target[i + 1]
            && a.block == b.block
        {
            unit.instrs[i].op = Opcode::NOP;
            unit.instrs[i].loc = Location::default();
            unit.instrs[i + 1].arg |= 1;
        }
    }
    // `LOAD_CONST None; IS_OP k; POP_JUMP_IF_FALSE/TRUE` becomes
    // `POP_JUMP_IF_NONE/NOT_NONE`.
    for i in 0..n.saturating_sub(2) {
        let (a, b, c) = (unit.instrs[i], unit.instrs[i + 1], unit.instrs[i + 2]);
        if a.op == Opcode::LOAD_CONST
            && matches!(unit.consts.get(a.arg as usize), Some(Constant::None))
            && b.op == Opcode::IS_OP
            && matches!(c.op, Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE)
            && !is_target[i + 1]
            && !is_target[i + 2]
            && a.block == c.block
            && b.block == c.block
        {
            let jump_if_is = (c.op == Opcode::POP_JUMP_IF_TRUE) == (b.arg == 0);
            for j in [i, i + 1] {
                unit.instrs[j].op = Opcode::NOP;
                unit.instrs[j].arg = 0;
                unit.instrs[j].loc = Location::default();
            }
            unit.instrs[i + 2].op = if jump_if_is {
                Opcode::POP_JUMP_IF_NONE
            } else {
                Opcode::POP_JUMP_IF_NOT_NONE
            };
        }
    }

    // 3. Flow analysis.
    let mut pre = Pre {
        instrs: &unit.instrs,
        handlers: handlers.clone(),
        hdepth: vec![None; handlers.len()],
    };
    let flow = analyze(&mut pre).map_err(|m| internal(&unit, m))?;
    let hdepth = pre.hdepth;

    // 4. Choose what to keep.
    #[allow(clippy::needless_range_loop)]
    let (keep, as_nop) = {
        let mut keep = vec![false; n];
        let mut as_nop = vec![false; n];
        let mut prev_line = u32::MAX;
        for i in 0..n {
            if flow.depth[i] < 0 {
                continue;
            }
            let ins = &unit.instrs[i];
            if ins.op.info().flags & flags::PSEUDO != 0 {
                continue;
            }
            let mut nopish = ins.op == Opcode::NOP;
            if matches!(ins.op, Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD) {
                // A jump to what follows anyway becomes a NOP (kept only
                // when it marks a line).
                let t = ins.arg as usize;
                let dropped = |j: usize| {
                    let x = &unit.instrs[j];
                    flow.depth[j] < 0
                        || x.op.info().flags & flags::PSEUDO != 0
                        || (x.op == Opcode::NOP && x.loc.line == 0)
                };
                if t > i && (i + 1..t).all(dropped) {
                    nopish = true;
                    as_nop[i] = true;
                }
            }
            if nopish {
                let line = ins.loc.line;
                let next_line = unit.instrs[i + 1..]
                    .iter()
                    .zip(&flow.depth[i + 1..])
                    .find(|(x, &d)| d >= 0 && x.op.info().flags & flags::PSEUDO == 0)
                    .map(|(x, _)| x.loc.line);
                if line == 0 || line == prev_line || next_line == Some(line) {
                    continue;
                }
            }
            keep[i] = true;
            prev_line = ins.loc.line;
        }
        (keep, as_nop)
    };
    // new index of the first kept instruction at or after each old index.
    let mut new_at = vec![0u32; n + 1];
    let mut count = 0u32;
    for i in 0..n {
        new_at[i] = count;
        if keep[i] {
            count += 1;
        }
    }
    new_at[n] = count;
    let total = count as usize;

    // 5. Emit final instructions.
    let mut instrs = Vec::with_capacity(total);
    let mut locations = Vec::with_capacity(total);
    let mut tags = Vec::with_capacity(total);
    for (i, &kept) in keep.iter().enumerate() {
        if !kept {
            continue;
        }
        let ins = unit.instrs[i];
        let (mut op, mut arg) = if as_nop[i] {
            (Opcode::NOP, 0)
        } else {
            (ins.op, ins.arg)
        };
        if op.is_jump() {
            arg = new_at[arg as usize];
            if arg as usize >= total {
                return Err(internal(&unit, "jump past the end".into()));
            }
            let here = instrs.len() as u32;
            if op == Opcode::JUMP_FORWARD || op == Opcode::JUMP_BACKWARD {
                op = if arg <= here {
                    Opcode::JUMP_BACKWARD
                } else {
                    Opcode::JUMP_FORWARD
                };
            }
        }
        instrs.push(Instr { op, arg });
        locations.push(ins.loc);
        tags.push(ins.block);
    }

    // 6. Exception table.
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for (i, &b) in tags.iter().enumerate() {
        if b == NO_BLOCK {
            continue;
        }
        let (target, kind) = handlers[b as usize];
        let Some(depth) = hdepth[b as usize] else {
            return Err(internal(&unit, "handler without depth".into()));
        };
        let entry = ExceptionEntry {
            start: i as u32,
            end: i as u32 + 1,
            target: new_at[target as usize],
            depth,
            lasti: kind != Opcode::SETUP_FINALLY,
        };
        if entry.target as usize >= total {
            return Err(internal(&unit, "handler past the end".into()));
        }
        match table.last_mut() {
            Some(last)
                if last.end == entry.start
                    && last.target == entry.target
                    && last.depth == entry.depth
                    && last.lasti == entry.lasti =>
            {
                last.end = entry.end
            }
            _ => table.push(entry),
        }
    }

    // 7. Trim trailing unused constants.
    let mut max_const = 0usize;
    for ins in &instrs {
        if ins.op.has_flag(flags::HAS_CONST) {
            max_const = max_const.max(ins.arg as usize);
        }
    }
    unit.consts.truncate(max_const + 1);

    // 8. Cells and free variables -> localsplus slots.
    let nargs = {
        let mut t = (unit.argcount + unit.kwonlyargcount) as usize;
        if flags & super::code::co_flags::VARARGS != 0 {
            t += 1;
        }
        if flags & super::code::co_flags::VARKEYWORDS != 0 {
            t += 1;
        }
        t
    };
    let nlocals = unit.varnames.len() as u32;
    let cell2arg: Vec<Option<u32>> = unit
        .cellvars
        .iter()
        .map(|c| {
            unit.varnames[..nargs.min(unit.varnames.len())]
                .iter()
                .position(|v| v == c)
                .map(|p| p as u32)
        })
        .collect();
    let mut slot_of = Vec::with_capacity(unit.cellvars.len() + unit.freevars.len());
    let mut next = nlocals;
    for c in &cell2arg {
        match c {
            Some(a) => slot_of.push(*a),
            None => {
                slot_of.push(next);
                next += 1;
            }
        }
    }
    for _ in &unit.freevars {
        slot_of.push(next);
        next += 1;
    }
    for ins in instrs.iter_mut() {
        if ins.op.info().arg == ArgKind::Free {
            ins.arg = *slot_of
                .get(ins.arg as usize)
                .ok_or_else(|| internal(&unit, "bad cell index".into()))?;
        }
    }

    let code = CodeObject {
        name: unit.name,
        qualname: unit.qualname,
        filename: filename.to_string(),
        firstlineno: unit.firstlineno,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags,
        stacksize: flow.max,
        varnames: unit.varnames,
        cellvars: unit.cellvars,
        freevars: unit.freevars,
        names: unit.names,
        consts: unit.consts,
        instrs,
        locations,
        exceptiontable: table,
        cell2arg,
    };
    #[cfg(debug_assertions)]
    if let Err(m) = super::verify::verify(&code) {
        return Err(crate::error::SyntaxError::new(
            crate::ErrorKind::SyntaxError,
            format!("internal compiler error (verifier): {m}"),
            code.firstlineno,
            0,
        ));
    }
    Ok(code)
}

/// `LOAD_CONST` x n + `BUILD_TUPLE n` (within one basic block) becomes a
/// single `LOAD_CONST` of the tuple (the others turn into NOPs).
fn fold_const_tuples(unit: &mut Unit, is_target: &[bool]) {
    let n = unit.instrs.len();
    for i in 0..n {
        let ins = unit.instrs[i];
        if ins.op != Opcode::BUILD_TUPLE {
            continue;
        }
        let k = ins.arg as usize;
        if k > i {
            continue;
        }
        let start = i - k;
        let ok = (start..i).all(|j| unit.instrs[j].op == Opcode::LOAD_CONST)
            && (start + 1..=i).all(|j| !is_target[j])
            && (start..=i).all(|j| unit.instrs[j].block == ins.block);
        if !ok {
            continue;
        }
        let items: Vec<Constant> = (start..i)
            .map(|j| unit.consts[unit.instrs[j].arg as usize].clone())
            .collect();
        let idx = unit.add_const(Constant::Tuple(items));
        // The loads become NOPs that keep their lines (line tracing).
        for j in start..i {
            unit.instrs[j].op = Opcode::NOP;
            unit.instrs[j].arg = 0;
        }
        unit.instrs[i].op = Opcode::LOAD_CONST;
        unit.instrs[i].arg = idx;
    }
}
