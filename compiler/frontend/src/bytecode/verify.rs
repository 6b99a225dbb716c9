//! The verifier: checks that a finished `CodeObject` is well formed —
//! operands in range, no pseudo instructions, one location per
//! instruction, a sorted exception table with valid targets, and a
//! consistent stack depth at every instruction across all edges (jumps,
//! fall-through and exception-table edges) never exceeding `co_stacksize`.
//! Run on every compiled code object in debug builds and in tests.

use super::code::{CodeObject, Constant};
use super::opcodes::{flags, ArgKind, Opcode};
use super::stackdepth::{analyze, FlowSource};

struct Final<'c>(&'c CodeObject);

impl FlowSource for Final<'_> {
    fn len(&self) -> usize {
        self.0.instrs.len()
    }
    fn instr(&self, i: usize) -> (Opcode, u32) {
        let ins = self.0.instrs[i];
        (ins.op, ins.arg)
    }
    fn extra_edges(&mut self, i: usize, d: u32, out: &mut Vec<(u32, u32)>) -> Result<(), String> {
        if let Some(h) = self.0.handler_for(i as u32) {
            if d < h.depth {
                return Err(format!(
                    "instruction {i} at depth {d} is below its handler depth {}",
                    h.depth
                ));
            }
            out.push((h.target, h.depth.saturating_add(h.lasti as u32 + 1)));
        }
        Ok(())
    }
}

/// Verifies `code` (not its nested code objects).
pub fn verify(code: &CodeObject) -> Result<(), String> {
    let n = code.instrs.len();
    let ctx = |m: String| format!("{} ({}): {m}", code.qualname, code.filename);
    if n == 0 {
        return Err(ctx("empty code".into()));
    }
    if code.locations.len() != n {
        return Err(ctx(
            "location table length differs from instruction count".into()
        ));
    }
    if code.cell2arg.len() != code.cellvars.len() {
        return Err(ctx("cell2arg length differs from cellvars".into()));
    }
    if code.varnames.len() < code.total_args() {
        return Err(ctx("fewer varnames than arguments".into()));
    }
    let nlp = code.nlocalsplus() as u32;
    for (i, ins) in code.instrs.iter().enumerate() {
        let info = ins.op.info();
        if info.flags & flags::PSEUDO != 0 {
            return Err(ctx(format!("pseudo instruction {} at {i}", info.name)));
        }
        let a = ins.arg;
        let ok = match info.arg {
            ArgKind::None => true,
            ArgKind::Int | ArgKind::BinaryOp | ArgKind::Compare | ArgKind::Handler => {
                match ins.op {
                    Opcode::BINARY_OP => a < 26,
                    Opcode::COMPARE_OP => a < 6,
                    Opcode::COPY | Opcode::SWAP => a >= 1,
                    _ => true,
                }
            }
            ArgKind::Const => (a as usize) < code.consts.len(),
            ArgKind::Name => (a as usize) < code.names.len(),
            ArgKind::GlobalName => ((a >> 1) as usize) < code.names.len(),
            ArgKind::Local => (a as usize) < code.varnames.len(),
            ArgKind::Free => a < nlp,
            ArgKind::Jump => (a as usize) < n,
        };
        if !ok {
            return Err(ctx(format!(
                "operand {a} out of range at {i} ({})",
                info.name
            )));
        }
        if ins.op == Opcode::KW_NAMES && !matches!(code.consts[a as usize], Constant::Tuple(_)) {
            return Err(ctx(format!("KW_NAMES operand is not a tuple at {i}")));
        }
    }
    let mut prev_end = 0;
    for e in &code.exceptiontable {
        if e.start >= e.end || e.start < prev_end || e.end as usize > n || e.target as usize >= n {
            return Err(ctx(format!("bad exception table entry {e:?}")));
        }
        prev_end = e.end;
    }
    let flow = analyze(&mut Final(code)).map_err(ctx)?;
    if flow.max > code.stacksize {
        return Err(ctx(format!(
            "stack depth {} exceeds co_stacksize {}",
            flow.max, code.stacksize
        )));
    }
    Ok(())
}

/// The value-stack depth before each instruction of `code` (`None` for an
/// unreachable instruction), following jumps, fall-through and
/// exception-table edges. The native lowering uses this to size and lay
/// out its stack slots; the compiler guarantees every instruction of a
/// verified code object has exactly one depth.
pub fn stack_depths(code: &CodeObject) -> Result<Vec<Option<u32>>, String> {
    let flow = analyze(&mut Final(code))?;
    Ok(flow
        .depth
        .iter()
        .map(|&d| if d < 0 { None } else { Some(d as u32) })
        .collect())
}

/// Verifies `code` and every code object nested in it.
pub fn verify_all(code: &CodeObject) -> Result<(), String> {
    verify(code)?;
    for c in code.nested() {
        verify_all(c)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::code::{ExceptionEntry, Instr, Location};

    fn code(instrs: Vec<Instr>) -> CodeObject {
        let n = instrs.len();
        CodeObject {
            name: "t".into(),
            qualname: "t".into(),
            consts: vec![Constant::None],
            stacksize: 4,
            instrs,
            locations: vec![Location::default(); n],
            ..Default::default()
        }
    }

    fn ins(op: Opcode, arg: u32) -> Instr {
        Instr { op, arg }
    }

    #[test]
    fn accepts_simple() {
        let c = code(vec![
            ins(Opcode::LOAD_CONST, 0),
            ins(Opcode::RETURN_VALUE, 0),
        ]);
        verify(&c).unwrap();
    }

    #[test]
    fn rejects_bad_code_without_panicking() {
        use Opcode::*;
        let cases = vec![
            vec![ins(RETURN_VALUE, 0)],
            vec![ins(LOAD_CONST, 0)],
            vec![ins(LOAD_CONST, 5), ins(RETURN_VALUE, 0)],
            vec![ins(BUILD_MAP, u32::MAX), ins(RETURN_VALUE, 0)],
            vec![ins(CALL, u32::MAX), ins(RETURN_VALUE, 0)],
            vec![ins(COPY, u32::MAX), ins(RETURN_VALUE, 0)],
            vec![ins(UNPACK_SEQUENCE, u32::MAX), ins(RETURN_VALUE, 0)],
            vec![ins(JUMP_FORWARD, 7)],
            vec![ins(SETUP_FINALLY, 0), ins(RETURN_VALUE, 0)],
            vec![
                ins(LOAD_CONST, 0),
                ins(POP_JUMP_IF_TRUE, 3),
                ins(LOAD_CONST, 0),
                ins(RETURN_VALUE, 0),
            ],
        ];
        for c in cases {
            assert!(verify(&code(c.clone())).is_err(), "{c:?}");
        }
        let mut c = code(vec![ins(LOAD_CONST, 0), ins(RETURN_VALUE, 0)]);
        c.exceptiontable.push(ExceptionEntry {
            start: 0,
            end: 1,
            target: 1,
            depth: u32::MAX,
            lasti: true,
        });
        assert!(verify(&c).is_err());
    }
}
