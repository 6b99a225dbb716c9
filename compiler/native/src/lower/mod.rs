//! Bytecode → CLIF: one Cranelift function per code object.
//!
//! A native function has the signature of the interpreter loop,
//! `fn(frame, throw) -> result`, and runs on the same heap frame: locals
//! are the frame's slots and the value stack lives in the frame at
//! positions fixed at compile time (the stack depth before every
//! instruction is known from `verify::stack_depths`), so tracebacks,
//! `f_locals`, generators and the shared error path all see exactly what
//! they see under the interpreter.
//!
//! * Control flow: one Cranelift block per leader instruction (jump and
//!   handler targets, resume points, instructions after branches).
//! * Inline: locals and constants, stack shuffles, incref/decref (tag and
//!   immortal checks), small-int `+ - & | ^` and comparisons with overflow
//!   checks, truth tests of bools and small ints, conditional branches,
//!   returns and yields (`ops_inline.rs`).
//! * Everything else calls the body the interpreter uses for that opcode
//!   (`pyrt_op_*`), so both tiers share one meaning per opcode.
//! * Errors: each failing site branches to a cold block that calls
//!   `pyrt_nat_unwind` (traceback entry, exception table) and continues at
//!   the handler or returns null.
//! * Generators: the entry block dispatches on the frame's `lasti` with a
//!   `br_table` over the resume points (the instruction after each
//!   `YIELD_VALUE` or `RETURN_GENERATOR`); a generator's `throw()` enters
//!   the error path of the suspended instruction the same way.

mod ops_inline;

use crate::abi::{self, layout};
use crate::NativeError;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, AbiParam, Block, BlockArg, FuncRef, Function, InstBuilder, JumpTableData, MemFlagsData,
    Signature, Type, UserFuncName, Value,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Linkage, Module};
use pyc_frontend::bytecode::{CodeObject, Opcode as Op};
use std::collections::HashMap;

/// The native signature of every code object: `(frame, throw) -> value`.
pub fn code_signature(ptr: Type, call_conv: CallConv) -> Signature {
    let mut sig = Signature::new(call_conv);
    sig.params.push(AbiParam::new(ptr));
    sig.params.push(AbiParam::new(ptr));
    sig.returns.push(AbiParam::new(ptr));
    sig
}

/// Runtime functions declared in the module so far (by symbol).
#[derive(Default)]
pub struct Imports {
    ids: HashMap<String, FuncId>,
}

impl Imports {
    /// The module-level id of runtime function `name`.
    pub fn get<M: Module>(&mut self, m: &mut M, name: &str) -> Result<FuncId, NativeError> {
        if let Some(&id) = self.ids.get(name) {
            return Ok(id);
        }
        let ptr = m.target_config().pointer_type();
        let sig = abi::signature(name, ptr, m.target_config().default_call_conv)
            .ok_or_else(|| NativeError(format!("the runtime has no entry point {name}")))?;
        let id = m
            .declare_function(name, Linkage::Import, &sig)
            .map_err(|e| NativeError(format!("declaring {name}: {e}")))?;
        self.ids.insert(name.to_string(), id);
        Ok(id)
    }
}

/// Lower `code` into a new Cranelift function named after `func_id`.
pub fn lower_code<M: Module>(
    m: &mut M,
    imports: &mut Imports,
    code: &CodeObject,
    func_id: FuncId,
) -> Result<Function, NativeError> {
    let ptr = m.target_config().pointer_type();
    let call_conv = m.target_config().default_call_conv;
    let depths = pyc_frontend::bytecode::verify::stack_depths(code)
        .map_err(|e| NativeError(format!("{}: {e}", code.qualname)))?;
    let mut func = Function::with_name_signature(
        UserFuncName::user(0, func_id.as_u32()),
        code_signature(ptr, call_conv),
    );
    let mut fctx = FunctionBuilderContext::new();
    let b = FunctionBuilder::new(&mut func, &mut fctx);
    let mut l = Lowerer {
        b,
        m,
        imports,
        code,
        depths,
        blocks: HashMap::new(),
        funcs: HashMap::new(),
        frame: Value::from_u32(0),
        consts: Value::from_u32(0),
        ptr,
        nlocalsplus: code.nlocalsplus() as i32,
        return_null: Block::from_u32(0),
        pending_errors: Vec::new(),
        lead: Vec::new(),
        fused_next: false,
    };
    l.lower()?;
    l.b.seal_all_blocks();
    let config = l.m.target_config();
    l.b.finalize(config);
    Ok(func)
}

pub(crate) struct Lowerer<'a, 'f, M: Module> {
    pub b: FunctionBuilder<'f>,
    m: &'a mut M,
    imports: &'a mut Imports,
    pub code: &'a CodeObject,
    pub depths: Vec<Option<u32>>,
    /// Block of each leader instruction.
    blocks: HashMap<usize, Block>,
    funcs: HashMap<String, FuncRef>,
    /// The frame pointer (entry block parameter).
    pub frame: Value,
    /// `co_consts` of the running code object (runtime values).
    pub consts: Value,
    pub ptr: Type,
    nlocalsplus: i32,
    /// Block returning null (an exception left the frame).
    return_null: Block,
    /// Error blocks created but not yet filled: (block, instruction, depth).
    pending_errors: Vec<(Block, usize, u32)>,
    /// Whether each instruction starts a block.
    pub lead: Vec<bool>,
    /// Set by `lower_instr` when it also lowered the next instruction.
    pub fused_next: bool,
}

/// Memory flags for frame and object accesses (aligned, never trapping).
pub fn mem() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl<M: Module> Lowerer<'_, '_, M> {
    /// A reference to runtime function `name` usable in this function.
    pub fn func(&mut self, name: &str) -> Result<FuncRef, NativeError> {
        if let Some(&f) = self.funcs.get(name) {
            return Ok(f);
        }
        let id = self.imports.get(self.m, name)?;
        let f = self.m.declare_func_in_func(id, self.b.func);
        self.funcs.insert(name.to_string(), f);
        Ok(f)
    }

    /// Call runtime function `name`; its results.
    pub fn call(&mut self, name: &str, args: &[Value]) -> Result<Vec<Value>, NativeError> {
        let f = self.func(name)?;
        let inst = self.b.ins().call(f, args);
        Ok(self.b.inst_results(inst).to_vec())
    }

    /// Address of a runtime data symbol (`pyrt_None`, ...).
    pub fn data_addr(&mut self, name: &str) -> Result<Value, NativeError> {
        let id = self
            .m
            .declare_data(name, Linkage::Import, false, false)
            .map_err(|e| NativeError(format!("declaring {name}: {e}")))?;
        let gv = self.m.declare_data_in_func(id, self.b.func);
        Ok(self.b.ins().symbol_value(self.ptr, gv))
    }

    pub fn iconst(&mut self, v: i64) -> Value {
        self.b.ins().iconst(self.ptr, v)
    }

    pub fn i32const(&mut self, v: i64) -> Value {
        self.b.ins().iconst(types::I32, v)
    }

    /// Byte offset of localsplus slot `i` in the frame.
    pub fn slot_off(&self, i: u32) -> i32 {
        layout::FRAME_SLOTS + 8 * i as i32
    }

    /// Byte offset of value-stack entry `k` (0 = bottom) in the frame.
    pub fn stack_off(&self, k: u32) -> i32 {
        layout::FRAME_SLOTS + 8 * (self.nlocalsplus + k as i32)
    }

    pub fn load_stack(&mut self, k: u32) -> Value {
        let off = self.stack_off(k);
        self.b.ins().load(self.ptr, mem(), self.frame, off)
    }

    pub fn store_stack(&mut self, k: u32, v: Value) {
        let off = self.stack_off(k);
        self.b.ins().store(mem(), v, self.frame, off);
    }

    pub fn load_slot(&mut self, i: u32) -> Value {
        let off = self.slot_off(i);
        self.b.ins().load(self.ptr, mem(), self.frame, off)
    }

    pub fn store_slot(&mut self, i: u32, v: Value) {
        let off = self.slot_off(i);
        self.b.ins().store(mem(), v, self.frame, off);
    }

    /// Pointer to stack entry `k` (an `sp` for entry points).
    pub fn stack_ptr(&mut self, k: u32) -> Value {
        let off = self.stack_off(k);
        self.b.ins().iadd_imm_s(self.frame, off as i64)
    }

    /// Record instruction `i` as the frame's current one (so callees see
    /// the right `f_lineno` on this frame).
    pub fn set_lasti(&mut self, i: usize) {
        let v = self.i32const(i as i64);
        self.b
            .ins()
            .store(mem(), v, self.frame, layout::FRAME_LASTI);
    }

    /// Block of instruction `i` (a leader).
    pub fn block_of(&mut self, i: usize) -> Block {
        if let Some(&b) = self.blocks.get(&i) {
            return b;
        }
        let b = self.b.create_block();
        self.blocks.insert(i, b);
        b
    }

    /// Continue in a new block only when `v` is a heap object (not a small
    /// int; with `maybe_null`, not null either); returns the block where
    /// both paths meet, which the caller must jump to and switch to.
    fn when_heap_object(&mut self, v: Value, maybe_null: bool) -> Block {
        let done = self.b.create_block();
        let heap = self.b.create_block();
        let bit = self.b.ins().band_imm_s(v, 1);
        if maybe_null {
            let nz = self.b.create_block();
            self.b.ins().brif(bit, done, &[], nz, &[]);
            self.b.switch_to_block(nz);
            self.b.ins().brif(v, heap, &[], done, &[]);
        } else {
            self.b.ins().brif(bit, done, &[], heap, &[]);
        }
        self.b.switch_to_block(heap);
        done
    }

    /// Incref `v` unless it is a small int or immortal; `maybe_null`
    /// also skips null.
    pub fn incref(&mut self, v: Value, maybe_null: bool) {
        let done = self.when_heap_object(v, maybe_null);
        let rc = self.b.ins().load(types::I64, mem(), v, 0);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, rc, 0);
        let bump = self.b.create_block();
        self.b.ins().brif(neg, done, &[], bump, &[]);
        self.b.switch_to_block(bump);
        let rc1 = self.b.ins().iadd_imm_s(rc, 1);
        self.b.ins().store(mem(), rc1, v, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Decref `v` (freeing it through `pyrt_dealloc` at zero) unless it
    /// is a small int or immortal; `maybe_null` also skips null.
    pub fn decref(&mut self, v: Value, maybe_null: bool) -> Result<(), NativeError> {
        let dealloc = self.func("pyrt_dealloc")?;
        let done = self.when_heap_object(v, maybe_null);
        let rc = self.b.ins().load(types::I64, mem(), v, 0);
        let gt1 = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, rc, 1);
        let dec = self.b.create_block();
        let maybe_free = self.b.create_block();
        let free = self.b.create_block();
        self.b.ins().brif(gt1, dec, &[], maybe_free, &[]);
        self.b.switch_to_block(dec);
        let rc1 = self.b.ins().iadd_imm_s(rc, -1);
        self.b.ins().store(mem(), rc1, v, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(maybe_free);
        let one = self.b.ins().icmp_imm_s(IntCC::Equal, rc, 1);
        self.b.ins().brif(one, free, &[], done, &[]);
        self.b.switch_to_block(free);
        self.b.set_cold_block(free);
        self.b.ins().call(dealloc, &[v]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        Ok(())
    }

    /// Branch to the error path of instruction `i` when `failed` is
    /// non-zero: `depth` stack entries are live (owned or null) and
    /// `mode` is the raise kind (an i64). Continues in a new block.
    pub fn check_error(
        &mut self,
        failed: Value,
        i: usize,
        depth: u32,
        mode: Value,
    ) -> Result<(), NativeError> {
        let err = self.error_block(i, depth)?;
        let ok = self.b.create_block();
        self.b
            .ins()
            .brif(failed, err, &[BlockArg::Value(mode)], ok, &[]);
        self.b.switch_to_block(ok);
        Ok(())
    }

    /// A cold block (parameter: raise kind) that will run the error path
    /// of instruction `i` with `depth` live stack entries (filled in by
    /// `fill_error_blocks`, as a block being built cannot be left).
    fn error_block(&mut self, i: usize, depth: u32) -> Result<Block, NativeError> {
        let blk = self.b.create_block();
        self.b.set_cold_block(blk);
        self.b.append_block_param(blk, types::I64);
        self.pending_errors.push((blk, i, depth));
        Ok(blk)
    }

    fn fill_error_blocks(&mut self) -> Result<(), NativeError> {
        while let Some((blk, i, depth)) = self.pending_errors.pop() {
            self.b.switch_to_block(blk);
            let mode = self.b.block_params(blk)[0];
            let lasti = self.i32const(i as i64);
            let depth_v = self.iconst(depth as i64);
            let mode32 = self.b.ins().ireduce(types::I32, mode);
            let frame = self.frame;
            let r = self.call("pyrt_nat_unwind", &[frame, lasti, depth_v, mode32])?[0];
            let rn = self.return_null;
            match self.code.handler_for(i as u32) {
                Some(h) => {
                    let target = self.block_of(h.target as usize);
                    let ok = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, r, 0);
                    self.b.ins().brif(ok, target, &[], rn, &[]);
                }
                None => {
                    self.b.ins().jump(rn, &[]);
                }
            }
        }
        Ok(())
    }

    /// Call shared opcode body `name` for instruction `i` (stack depth
    /// `d` before it); returns the body's result (0 next, 1 jump), after
    /// branching to the error path on failure.
    pub fn call_body(&mut self, name: &str, i: usize, d: u32) -> Result<Value, NativeError> {
        self.set_lasti(i);
        let sp = self.stack_ptr(d);
        let arg = self.i32const(self.code.instrs[i].arg as i64);
        let pc = self.at_const(i)?;
        let frame = self.frame;
        let r = self.call(&format!("pyrt_op_{name}"), &[frame, sp, arg, pc])?[0];
        self.check_body_result(r, i, d)?;
        Ok(r)
    }

    /// The `at` operand of the `pyrt_op_*` entry points for instruction
    /// `i`: its index, and its opcode in the high 8 bits.
    pub fn at_const(&mut self, i: usize) -> Result<Value, NativeError> {
        if i >= 1 << 24 {
            return Err(NativeError(format!(
                "{}: more than 16 million instructions in one code object",
                self.code.qualname
            )));
        }
        let op = self.code.instrs[i].op as u8 as i64;
        Ok(self.i32const(i as i64 | (op << 24)))
    }

    /// After a shared body returned `r`: on failure (negative) go to the
    /// error path with the raise kind `-1 - r`.
    pub fn check_body_result(&mut self, r: Value, i: usize, d: u32) -> Result<(), NativeError> {
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        let neg = self.b.ins().ineg(r);
        let mode = self.b.ins().iadd_imm_s(neg, -1);
        self.check_error(failed, i, d, mode)
    }

    /// The instructions that start a block.
    fn leaders(&self) -> Vec<bool> {
        let n = self.code.instrs.len();
        let mut lead = vec![false; n + 1];
        lead[0] = true;
        for (i, ins) in self.code.instrs.iter().enumerate() {
            let info = ins.op.info();
            if info.flags & pyc_frontend::bytecode::opcodes::flags::JUMP != 0 {
                lead[ins.arg as usize] = true;
                lead[i + 1] = true;
            }
            if info.flags & pyc_frontend::bytecode::opcodes::flags::TERMINATOR != 0
                || matches!(ins.op, Op::YIELD_VALUE | Op::RETURN_GENERATOR)
            {
                lead[i + 1] = true;
            }
        }
        for h in &self.code.exceptiontable {
            lead[h.target as usize] = true;
        }
        lead.truncate(n);
        lead
    }

    fn lower(&mut self) -> Result<(), NativeError> {
        let n = self.code.instrs.len();
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        self.frame = self.b.block_params(entry)[0];
        let throw = self.b.block_params(entry)[1];
        let codev = self
            .b
            .ins()
            .load(self.ptr, mem(), self.frame, layout::FRAME_CODE);
        self.consts = self
            .b
            .ins()
            .load(self.ptr, mem(), codev, layout::CODE_CONSTS);
        self.return_null = self.b.create_block();
        self.b.set_cold_block(self.return_null);

        // Entry: a fresh frame starts at instruction 0; a resumed one
        // (generators) at the resume point after `lasti`; a throw() enters
        // the error path of the suspended instruction.
        let lasti = self
            .b
            .ins()
            .load(types::I32, mem(), self.frame, layout::FRAME_LASTI);
        let zero32 = self.i32const(0);
        self.b
            .ins()
            .store(mem(), zero32, self.frame, layout::FRAME_STACK_DEPTH);
        let resume_points: Vec<usize> = (0..n)
            .filter(|&i| {
                matches!(
                    self.code.instrs[i].op,
                    Op::YIELD_VALUE | Op::RETURN_GENERATOR
                )
            })
            .collect();
        let start = self.block_of(0);
        if resume_points.is_empty() {
            self.b.ins().jump(start, &[]);
        } else {
            let throw_blk = self.b.create_block();
            let resume_blk = self.b.create_block();
            let bad = self.b.create_block();
            self.b.ins().brif(throw, throw_blk, &[], resume_blk, &[]);
            // Resume: br_table on lasti + 1 (0 = fresh start).
            self.b.switch_to_block(resume_blk);
            let idx = self.b.ins().iadd_imm_s(lasti, 1);
            let mut table = vec![self.b.func.dfg.block_call(bad, &[]); n + 1];
            table[0] = self.b.func.dfg.block_call(start, &[]);
            for &i in &resume_points {
                let blk = self.block_of(i + 1);
                table[i + 1] = self.b.func.dfg.block_call(blk, &[]);
            }
            let def = self.b.func.dfg.block_call(bad, &[]);
            let jt = self.b.create_jump_table(JumpTableData::new(def, &table));
            self.b.ins().br_table(idx, jt);
            // Throw: raise at the suspended instruction.
            self.b.switch_to_block(throw_blk);
            self.call("pyrt_err_restore", &[throw])?;
            let mut ttable = vec![self.b.func.dfg.block_call(bad, &[]); n + 1];
            for &i in &resume_points {
                let d = self.depths[i].unwrap_or(0);
                // YIELD_VALUE has popped its value; RETURN_GENERATOR
                // leaves the stack as it was.
                let d = if self.code.instrs[i].op == Op::YIELD_VALUE {
                    d.saturating_sub(1)
                } else {
                    d
                };
                let tb = self.error_block(i, d)?;
                // Raise kind 3: thrown in, not chained to the handled one.
                let thrown = self.iconst(3);
                ttable[i + 1] = self.b.func.dfg.block_call(tb, &[BlockArg::Value(thrown)]);
            }
            let tdef = self.b.func.dfg.block_call(bad, &[]);
            let tjt = self.b.create_jump_table(JumpTableData::new(tdef, &ttable));
            let tidx = self.b.ins().iadd_imm_s(lasti, 1);
            self.b.ins().br_table(tidx, tjt);
            // A resumption point that does not exist: refuse loudly.
            self.b.switch_to_block(bad);
            self.b.set_cold_block(bad);
            self.call("pyrt_nat_bad_resume", &[])?;
            let rn = self.return_null;
            self.b.ins().jump(rn, &[]);
        }

        let lead = self.leaders();
        self.lead = lead.clone();
        let mut open = false; // whether the current block can fall through
        let mut skip = false;
        for (i, &leader) in lead.iter().enumerate().take(n) {
            if std::mem::take(&mut skip) {
                continue; // fused into the previous instruction
            }
            if leader {
                let blk = self.block_of(i);
                if open {
                    self.b.ins().jump(blk, &[]);
                }
                self.b.switch_to_block(blk);
                open = true;
            }
            if !open {
                continue; // unreachable code after a terminator
            }
            let Some(d) = self.depths[i] else {
                // Unreachable instruction inside a reachable block cannot
                // happen; an unreachable leader block is left empty.
                self.b
                    .ins()
                    .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
                open = false;
                continue;
            };
            open = self.lower_instr(i, d)?;
            skip = std::mem::take(&mut self.fused_next);
        }
        if open {
            self.b
                .ins()
                .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
        }
        // Blocks created for leaders never reached (unreachable code)
        // still need a terminator.
        let pending: Vec<Block> = self.blocks.values().copied().collect();
        for blk in pending {
            if self.b.func.layout.first_inst(blk).is_none() {
                self.b.switch_to_block(blk);
                self.b
                    .ins()
                    .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
            }
        }
        self.fill_error_blocks()?;
        self.b.switch_to_block(self.return_null);
        let z = self.iconst(0);
        self.b.ins().return_(&[z]);
        Ok(())
    }
}
