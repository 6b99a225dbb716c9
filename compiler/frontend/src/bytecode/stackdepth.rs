//! Stack-depth flow analysis shared by the assembler (to compute handler
//! depths and `co_stacksize`) and the verifier (to check a finished code
//! object). Linear in the number of instructions: each instruction is
//! visited once; a second arrival with a different depth is an error.

use super::opcodes::{flags, Opcode};

/// A sequence of instructions plus its exception edges.
pub(crate) trait FlowSource {
    fn len(&self) -> usize;
    fn instr(&self, i: usize) -> (Opcode, u32);
    /// Adds the extra (exception) successors of instruction `i`, reached
    /// at stack depth `d`, as `(target, depth at target)`.
    fn extra_edges(&mut self, i: usize, d: u32, out: &mut Vec<(u32, u32)>) -> Result<(), String>;
}

/// Result of the analysis: depth before each instruction (`-1` when the
/// instruction is unreachable) and the maximum depth reached.
pub(crate) struct Flow {
    pub depth: Vec<i64>,
    pub max: u32,
}

/// Deepest stack the analysis accepts (guards against absurd operands in
/// untrusted code objects).
const MAX_DEPTH: u64 = 1 << 24;

fn apply(d: u32, p: u32, q: u32, i: u32, name: &str) -> Result<u32, String> {
    if d < p {
        return Err(format!("stack underflow at instruction {i} ({name})"));
    }
    let nd = (d - p) as u64 + q as u64;
    if nd > MAX_DEPTH {
        return Err(format!("stack too deep at instruction {i} ({name})"));
    }
    Ok(nd as u32)
}

/// Runs the analysis from instruction 0 at depth 0.
pub(crate) fn analyze<S: FlowSource>(src: &mut S) -> Result<Flow, String> {
    let n = src.len();
    let mut depth = vec![-1i64; n];
    let mut max = 0u32;
    let mut work: Vec<(u32, u32)> = Vec::new();
    let mut extra = Vec::new();
    if n > 0 {
        work.push((0, 0));
    }
    while let Some((i, d)) = work.pop() {
        let iu = i as usize;
        if iu >= n {
            return Err(format!(
                "control flow reaches instruction {i}, past the end"
            ));
        }
        if depth[iu] >= 0 {
            if depth[iu] != d as i64 {
                return Err(format!(
                    "inconsistent stack depth at instruction {i}: {} vs {d}",
                    depth[iu]
                ));
            }
            continue;
        }
        depth[iu] = d as i64;
        max = max.max(d);
        let (op, arg) = src.instr(iu);
        extra.clear();
        src.extra_edges(iu, d, &mut extra)?;
        for &(t, td) in &extra {
            if td as u64 > MAX_DEPTH {
                return Err(format!("stack too deep at handler of instruction {i}"));
            }
            max = max.max(td);
            work.push((t, td));
        }
        let info = op.info();
        if info.flags & flags::JUMP != 0 {
            let (p, q) = op.effect(arg, true);
            let nd = apply(d, p, q, i, info.name)?;
            max = max.max(nd);
            work.push((arg, nd));
        }
        let (p, q) = op.effect(arg, false);
        let nd = apply(d, p, q, i, info.name)?;
        max = max.max(nd);
        if info.flags & flags::TERMINATOR == 0 {
            if iu + 1 >= n {
                return Err(format!("control falls off the end after instruction {i}"));
            }
            work.push((i + 1, nd));
        }
    }
    Ok(Flow { depth, max })
}
