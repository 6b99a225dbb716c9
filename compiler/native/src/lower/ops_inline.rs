//! Lowering of each instruction: the opcodes native code does inline
//! (locals, constants, stack shuffles, small-int arithmetic and
//! comparisons, branches, returns, yields) and, for all others, a call to
//! the shared opcode body followed by the error check and, for branching
//! bodies, the branch.

use super::{mem, Lowerer};
use crate::abi::{layout, OP_BODIES};
use crate::NativeError;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, Value};
use cranelift_module::Module;
use pyc_frontend::bytecode::Opcode as Op;

/// BINARY_OP operands with an inline small-int path: add, subtract (and
/// their in-place forms), and, or, xor.
const NB_ADD: u32 = 0;
const NB_AND: u32 = 1;
const NB_FLOOR_DIVIDE: u32 = 2;
const NB_MUL: u32 = 5;
const NB_REMAINDER: u32 = 6;
const NB_RSHIFT: u32 = 9;
const NB_OR: u32 = 7;
const NB_SUB: u32 = 10;
const NB_XOR: u32 = 12;
const NB_INPLACE: u32 = 13;

impl<M: Module> Lowerer<'_, '_, M> {
    /// Lower instruction `i` (stack depth `d` before it). Returns whether
    /// control can fall through to the next instruction.
    pub(crate) fn lower_instr(&mut self, i: usize, d: u32) -> Result<bool, NativeError> {
        let ins = self.code.instrs[i];
        let arg = ins.arg;
        match ins.op {
            Op::NOP | Op::RESUME | Op::KW_NAMES => {}
            Op::LOAD_FAST => {
                let v = self.load_slot(arg);
                let bound = self.b.create_block();
                let unbound = self.b.create_block();
                self.b.set_cold_block(unbound);
                self.b.ins().brif(v, bound, &[], unbound, &[]);
                self.b.switch_to_block(unbound);
                // The shared body raises UnboundLocalError.
                self.call_body("load_fast", i, d)?;
                let done = self.b.create_block();
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(bound);
                self.incref(v, false);
                self.store_stack(d, v);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            Op::STORE_FAST => {
                let v = self.load_stack(d - 1);
                let old = self.load_slot(arg);
                self.store_slot(arg, v);
                self.decref(old, true)?;
            }
            Op::LOAD_CLOSURE => {
                let v = self.load_slot(arg);
                self.incref(v, true);
                self.store_stack(d, v);
            }
            Op::LOAD_CONST => {
                let v = self
                    .b
                    .ins()
                    .load(self.ptr, mem(), self.consts, 8 * arg as i32);
                self.incref(v, false);
                self.store_stack(d, v);
            }
            Op::POP_TOP => {
                let v = self.load_stack(d - 1);
                self.decref(v, true)?;
            }
            Op::PUSH_NULL => {
                let z = self.iconst(0);
                self.store_stack(d, z);
            }
            Op::COPY => {
                let v = self.load_stack(d - arg);
                self.incref(v, true);
                self.store_stack(d, v);
            }
            Op::SWAP => {
                let a = self.load_stack(d - 1);
                let b = self.load_stack(d - arg);
                self.store_stack(d - 1, b);
                self.store_stack(d - arg, a);
            }
            Op::JUMP_FORWARD | Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT => {
                let t = self.block_of(arg as usize);
                self.b.ins().jump(t, &[]);
                return Ok(false);
            }
            Op::POP_JUMP_IF_NONE | Op::POP_JUMP_IF_NOT_NONE => {
                let v = self.load_stack(d - 1);
                let none = self.data_addr("pyrt_None")?;
                let is_none = self.b.ins().icmp(IntCC::Equal, v, none);
                self.decref(v, false)?;
                let target = self.block_of(arg as usize);
                let next = self.block_of(i + 1);
                if ins.op == Op::POP_JUMP_IF_NONE {
                    self.b.ins().brif(is_none, target, &[], next, &[]);
                } else {
                    self.b.ins().brif(is_none, next, &[], target, &[]);
                }
                return Ok(false);
            }
            Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                self.lower_pop_jump(i, d)?;
                return Ok(false);
            }
            Op::BINARY_OP => self.lower_binary_op(i, d)?,
            Op::FOR_ITER => {
                self.lower_for_iter(i, d)?;
                return Ok(false);
            }
            Op::LOAD_GLOBAL => self.lower_load_global(i, d)?,
            Op::COMPARE_OP => {
                let next = self.code.instrs.get(i + 1).map(|n| n.op);
                let fusable = matches!(next, Some(Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE))
                    && !self.lead.get(i + 1).copied().unwrap_or(true);
                if fusable {
                    self.lower_compare_jump(i, d)?;
                    self.fused_next = true;
                    return Ok(false);
                }
                self.lower_compare(i, d)?;
            }
            Op::RETURN_VALUE => {
                let v = self.load_stack(d - 1);
                for k in (0..d - 1).rev() {
                    let e = self.load_stack(k);
                    self.decref(e, true)?;
                }
                let st = self
                    .b
                    .ins()
                    .iconst(types::I8, layout::FRAME_COMPLETED as i64);
                self.b
                    .ins()
                    .store(mem(), st, self.frame, layout::FRAME_STATE);
                self.b.ins().return_(&[v]);
                return Ok(false);
            }
            Op::YIELD_VALUE => {
                let v = self.load_stack(d - 1);
                self.set_lasti(i);
                let depth = self.i32const((d - 1) as i64);
                self.b
                    .ins()
                    .store(mem(), depth, self.frame, layout::FRAME_STACK_DEPTH);
                let st = self
                    .b
                    .ins()
                    .iconst(types::I8, layout::FRAME_SUSPENDED as i64);
                self.b
                    .ins()
                    .store(mem(), st, self.frame, layout::FRAME_STATE);
                self.b.ins().return_(&[v]);
                return Ok(false);
            }
            Op::RETURN_GENERATOR => {
                let lasti = self.i32const(i as i64);
                let depth = self.iconst(d as i64);
                let frame = self.frame;
                let g = self.call("pyrt_nat_return_generator", &[frame, lasti, depth])?[0];
                let ok = self.b.create_block();
                let rn = self.return_null;
                self.b.ins().brif(g, ok, &[], rn, &[]);
                self.b.switch_to_block(ok);
                self.b.ins().return_(&[g]);
                return Ok(false);
            }
            Op::CALL => {
                let kw = (i > 0 && self.code.instrs[i - 1].op == Op::KW_NAMES)
                    .then(|| self.code.instrs[i - 1].arg);
                match kw {
                    Some(k) => {
                        self.set_lasti(i);
                        let sp = self.stack_ptr(d);
                        let a = self.i32const(arg as i64);
                        let pc = self.at_const(i)?;
                        let kv = self.i32const(k as i64);
                        let frame = self.frame;
                        let r = self.call("pyrt_op_call_kw", &[frame, sp, a, pc, kv])?[0];
                        self.check_body_result(r, i, d)?;
                    }
                    None => {
                        self.call_body("call", i, d)?;
                    }
                }
            }
            Op::EXTENDED_ARG | Op::SETUP_FINALLY | Op::SETUP_CLEANUP | Op::SETUP_WITH => {
                return Err(NativeError(format!(
                    "{}: unexpected {} in a finished code object",
                    self.code.qualname,
                    ins.op.name()
                )));
            }
            op => {
                let name = body_name(op)
                    .ok_or_else(|| NativeError(format!("no lowering for opcode {}", op.name())))?;
                let r = self.call_body(name, i, d)?;
                if op.info().flags & pyc_frontend::bytecode::opcodes::flags::JUMP != 0 {
                    let taken = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
                    let target = self.block_of(arg as usize);
                    let next = self.block_of(i + 1);
                    self.b.ins().brif(taken, target, &[], next, &[]);
                    return Ok(false);
                }
                if op.info().flags & pyc_frontend::bytecode::opcodes::flags::TERMINATOR != 0 {
                    // RERAISE / RAISE_VARARGS always fail; the error branch
                    // was taken above.
                    self.b
                        .ins()
                        .trap(cranelift_codegen::ir::TrapCode::unwrap_user(2));
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }

    /// POP_JUMP_IF_FALSE / POP_JUMP_IF_TRUE: True, False, None and small
    /// ints are tested inline; anything else goes through the shared body
    /// (which calls `__bool__`/`__len__`).
    fn lower_pop_jump(&mut self, i: usize, d: u32) -> Result<(), NativeError> {
        self.lower_pop_jump_at(i, d)
    }

    /// The truth test and branch of POP_JUMP_IF_FALSE/TRUE at `i`, with
    /// the value at stack entry `d - 1`.
    fn lower_pop_jump_at(&mut self, i: usize, d: u32) -> Result<(), NativeError> {
        let ins = self.code.instrs[i];
        let if_true = ins.op == Op::POP_JUMP_IF_TRUE;
        let target = self.block_of(ins.arg as usize);
        let next = self.block_of(i + 1);
        let (on_true, on_false) = if if_true {
            (target, next)
        } else {
            (next, target)
        };
        let v = self.load_stack(d - 1);
        let t = self.data_addr("pyrt_True")?;
        let f = self.data_addr("pyrt_False")?;
        let not_true = self.b.create_block();
        let not_bool = self.b.create_block();
        let is_true = self.b.ins().icmp(IntCC::Equal, v, t);
        self.b.ins().brif(is_true, on_true, &[], not_true, &[]);
        self.b.switch_to_block(not_true);
        let is_false = self.b.ins().icmp(IntCC::Equal, v, f);
        self.b.ins().brif(is_false, on_false, &[], not_bool, &[]);
        self.b.switch_to_block(not_bool);
        let small = self.b.create_block();
        let other = self.b.create_block();
        let bit = self.b.ins().band_imm_s(v, 1);
        self.b.ins().brif(bit, small, &[], other, &[]);
        self.b.switch_to_block(small);
        // A small int is true unless it is 0 (word 1).
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, v, 1);
        self.b.ins().brif(zero, on_false, &[], on_true, &[]);
        self.b.switch_to_block(other);
        let r = self.call_body("pop_jump_if_false", i, d)?;
        let taken = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        self.b.ins().brif(taken, target, &[], next, &[]);
        Ok(())
    }

    /// BINARY_OP: two small ints take tagged arithmetic with an overflow
    /// check (for `+ - * & | ^`); everything else (or overflow) calls the
    /// runtime's operator directly.
    fn lower_binary_op(&mut self, i: usize, d: u32) -> Result<(), NativeError> {
        let arg = self.code.instrs[i].arg;
        let op = arg % NB_INPLACE;
        let a = self.load_stack(d - 2);
        let b = self.load_stack(d - 1);
        let slow = self.b.create_block();
        let done = self.b.create_block();
        if small_binop(arg) {
            let both = self.b.ins().band(a, b);
            let bit = self.b.ins().band_imm_s(both, 1);
            let fast = self.b.create_block();
            self.b.ins().brif(bit, fast, &[], slow, &[]);
            self.b.switch_to_block(fast);
            // Tagged words are 2x+1: (2x+1) + (2y+1) - 1 = 2(x+y)+1, etc.
            let r = match op {
                NB_ADD | NB_SUB => {
                    let b1 = self.b.ins().iadd_imm_s(b, -1);
                    let (r, of) = if op == NB_ADD {
                        self.b.ins().sadd_overflow(a, b1)
                    } else {
                        self.b.ins().ssub_overflow(a, b1)
                    };
                    let ok = self.b.create_block();
                    self.b.ins().brif(of, slow, &[], ok, &[]);
                    self.b.switch_to_block(ok);
                    r
                }
                NB_MUL => {
                    // (2x) * y + 1, with x = a >> 1 (as 2x = a - 1).
                    let a2 = self.b.ins().iadd_imm_s(a, -1);
                    let y = self.b.ins().sshr_imm_s(b, 1);
                    let (p, of) = self.b.ins().smul_overflow(a2, y);
                    let ok = self.b.create_block();
                    self.b.ins().brif(of, slow, &[], ok, &[]);
                    self.b.switch_to_block(ok);
                    self.b.ins().bor_imm_s(p, 1)
                }
                NB_AND => self.b.ins().band(a, b),
                NB_OR => self.b.ins().bor(a, b),
                NB_XOR => {
                    let x = self.b.ins().bxor(a, b);
                    self.b.ins().bor_imm_s(x, 1)
                }
                _ => self.lower_div_shift(op, a, b, slow)?,
            };
            self.store_stack(d - 2, r);
            self.b.ins().jump(done, &[]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.set_lasti(i);
        let (name, code) = if arg >= NB_INPLACE {
            ("pyrt_inplace_op", arg - NB_INPLACE)
        } else {
            ("pyrt_binary_op", arg)
        };
        let opv = self.i32const(code as i64);
        let r = self.call(name, &[a, b, opv])?[0];
        self.decref(b, false)?;
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
        let zero = self.iconst(0);
        self.check_error(failed, i, d - 1, zero)?;
        self.decref(a, false)?;
        self.store_stack(d - 2, r);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        Ok(())
    }

    /// `//`, `%` and `>>` on two small ints (the words `a`, `b`), with
    /// Python's floor semantics; a zero divisor, a negative or large shift
    /// and a quotient that leaves the small range go to `slow`. Returns
    /// the tagged result.
    fn lower_div_shift(
        &mut self,
        op: u32,
        a: Value,
        b: Value,
        slow: Block,
    ) -> Result<Value, NativeError> {
        let x = self.b.ins().sshr_imm_s(a, 1);
        let y = self.b.ins().sshr_imm_s(b, 1);
        let ok = self.b.create_block();
        let r = if op == NB_RSHIFT {
            // 0 <= y < 64 (unsigned compare also rejects negatives).
            let big = self
                .b
                .ins()
                .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, y, 64);
            self.b.ins().brif(big, slow, &[], ok, &[]);
            self.b.switch_to_block(ok);
            self.b.ins().sshr(x, y)
        } else {
            self.b.ins().brif(y, ok, &[], slow, &[]);
            self.b.switch_to_block(ok);
            let q = self.b.ins().sdiv(x, y);
            let m = self.b.ins().srem(x, y);
            // Floor: when the remainder is non-zero and its sign differs
            // from the divisor's, adjust.
            let sign = self.b.ins().bxor(m, y);
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sign, 0);
            let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, m, 0);
            let adjust = self.b.ins().band(neg, nz);
            if op == NB_REMAINDER {
                let my = self.b.ins().iadd(m, y);
                self.b.ins().select(adjust, my, m)
            } else {
                let q1 = self.b.ins().iadd_imm_s(q, -1);
                let q = self.b.ins().select(adjust, q1, q);
                // -2**62 // -1 leaves the 63-bit range.
                let back = self.b.ins().ishl_imm_u(q, 1);
                let back = self.b.ins().sshr_imm_s(back, 1);
                let fits = self.b.ins().icmp(IntCC::Equal, back, q);
                let ok2 = self.b.create_block();
                self.b.ins().brif(fits, ok2, &[], slow, &[]);
                self.b.switch_to_block(ok2);
                q
            }
        };
        let r2 = self.b.ins().ishl_imm_u(r, 1);
        Ok(self.b.ins().bor_imm_s(r2, 1))
    }

    /// FOR_ITER: the next item is pushed; an exhausted iterator is
    /// released and control jumps past the loop.
    fn lower_for_iter(&mut self, i: usize, d: u32) -> Result<(), NativeError> {
        let target = self.block_of(self.code.instrs[i].arg as usize);
        let next = self.block_of(i + 1);
        self.set_lasti(i);
        let it = self.load_stack(d - 1);
        let v = self.call("pyrt_nat_for_iter", &[it])?[0];
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, v, 0);
        let zero = self.iconst(0);
        self.check_error(failed, i, d, zero)?;
        let done = self.b.ins().icmp_imm_s(IntCC::Equal, v, 2);
        let more = self.b.create_block();
        let end = self.b.create_block();
        self.b.ins().brif(done, end, &[], more, &[]);
        self.b.switch_to_block(more);
        self.store_stack(d, v);
        self.b.ins().jump(next, &[]);
        self.b.switch_to_block(end);
        self.decref(it, false)?;
        self.b.ins().jump(target, &[]);
        Ok(())
    }

    /// LOAD_GLOBAL: a hit in the code object's cache (both dict versions
    /// unchanged) is taken inline; a miss runs the shared body, which
    /// looks the name up and refills the cache.
    fn lower_load_global(&mut self, i: usize, d: u32) -> Result<(), NativeError> {
        let arg = self.code.instrs[i].arg;
        let push_null = arg & 1 != 0;
        let frame = self.frame;
        let globals = self
            .b
            .ins()
            .load(self.ptr, mem(), frame, layout::FRAME_GLOBALS);
        let builtins = self
            .b
            .ins()
            .load(self.ptr, mem(), frame, layout::FRAME_BUILTINS);
        let gv = self
            .b
            .ins()
            .load(types::I64, mem(), globals, layout::DICT_VERSION);
        let bv = self
            .b
            .ins()
            .load(types::I64, mem(), builtins, layout::DICT_VERSION);
        let codev = self
            .b
            .ins()
            .load(self.ptr, mem(), frame, layout::FRAME_CODE);
        let cache = self
            .b
            .ins()
            .load(self.ptr, mem(), codev, layout::CODE_GLOBAL_CACHE);
        let off = i as i32 * layout::GLOBAL_CACHE_ENTRY_SIZE;
        let cg = self.b.ins().load(
            types::I64,
            mem(),
            cache,
            off + layout::GLOBAL_CACHE_GLOBALS_VERSION,
        );
        let cb = self.b.ins().load(
            types::I64,
            mem(),
            cache,
            off + layout::GLOBAL_CACHE_BUILTINS_VERSION,
        );
        let cv = self
            .b
            .ins()
            .load(self.ptr, mem(), cache, off + layout::GLOBAL_CACHE_VALUE);
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let c1 = self.b.create_block();
        let c2 = self.b.create_block();
        let hit = self.b.create_block();
        let same_g = self.b.ins().icmp(IntCC::Equal, cg, gv);
        self.b.ins().brif(same_g, c1, &[], slow, &[]);
        self.b.switch_to_block(c1);
        let same_b = self.b.ins().icmp(IntCC::Equal, cb, bv);
        self.b.ins().brif(same_b, c2, &[], slow, &[]);
        self.b.switch_to_block(c2);
        // bv == 0 marks builtins that are not a plain dict: never cached.
        self.b.ins().brif(bv, hit, &[], slow, &[]);
        self.b.switch_to_block(hit);
        let have = self.b.create_block();
        self.b.ins().brif(cv, have, &[], slow, &[]);
        self.b.switch_to_block(have);
        self.incref(cv, false);
        if push_null {
            let z = self.iconst(0);
            self.store_stack(d, z);
            self.store_stack(d + 1, cv);
        } else {
            self.store_stack(d, cv);
        }
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        self.call_body("load_global", i, d)?;
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        Ok(())
    }

    /// The condition code of COMPARE_OP `arg` on tagged small ints (their
    /// words order like the ints).
    fn compare_cc(arg: u32) -> IntCC {
        match arg {
            0 => IntCC::SignedLessThan,
            1 => IntCC::SignedLessThanOrEqual,
            2 => IntCC::Equal,
            3 => IntCC::NotEqual,
            4 => IntCC::SignedGreaterThan,
            _ => IntCC::SignedGreaterThanOrEqual,
        }
    }

    /// COMPARE_OP's general case: the runtime's rich comparison of the two
    /// top entries (released afterwards); the result, owned.
    fn compare_slow(&mut self, i: usize, d: u32, a: Value, b: Value) -> Result<Value, NativeError> {
        self.set_lasti(i);
        let opv = self.i32const(self.code.instrs[i].arg as i64);
        let r = self.call("pyrt_compare", &[a, b, opv])?[0];
        self.decref(b, false)?;
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
        let zero = self.iconst(0);
        self.check_error(failed, i, d - 1, zero)?;
        self.decref(a, false)?;
        Ok(r)
    }

    /// COMPARE_OP: two small ints compare inline; other operands call the
    /// runtime's rich comparison.
    fn lower_compare(&mut self, i: usize, d: u32) -> Result<(), NativeError> {
        let cc = Self::compare_cc(self.code.instrs[i].arg);
        let a = self.load_stack(d - 2);
        let b = self.load_stack(d - 1);
        let both = self.b.ins().band(a, b);
        let bit = self.b.ins().band_imm_s(both, 1);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(bit, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let c = self.b.ins().icmp(cc, a, b);
        let t = self.data_addr("pyrt_True")?;
        let f = self.data_addr("pyrt_False")?;
        let r = self.b.ins().select(c, t, f);
        self.store_stack(d - 2, r);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        let r = self.compare_slow(i, d, a, b)?;
        self.store_stack(d - 2, r);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        Ok(())
    }

    /// COMPARE_OP followed by POP_JUMP_IF_FALSE/TRUE (not a jump target):
    /// small ints branch on the machine comparison without making a bool;
    /// otherwise the comparison's result is tested as the jump would.
    fn lower_compare_jump(&mut self, i: usize, d: u32) -> Result<(), NativeError> {
        let cc = Self::compare_cc(self.code.instrs[i].arg);
        let jump = self.code.instrs[i + 1];
        let target = self.block_of(jump.arg as usize);
        let next = self.block_of(i + 2);
        let (on_true, on_false) = if jump.op == Op::POP_JUMP_IF_TRUE {
            (target, next)
        } else {
            (next, target)
        };
        let a = self.load_stack(d - 2);
        let b = self.load_stack(d - 1);
        let both = self.b.ins().band(a, b);
        let bit = self.b.ins().band_imm_s(both, 1);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(bit, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let c = self.b.ins().icmp(cc, a, b);
        self.b.ins().brif(c, on_true, &[], on_false, &[]);
        self.b.switch_to_block(slow);
        let r = self.compare_slow(i, d, a, b)?;
        // The jump's truth test, as POP_JUMP_IF_* does it (at depth d - 1).
        self.store_stack(d - 2, r);
        self.lower_pop_jump_at(i + 1, d - 1)?;
        Ok(())
    }
}

/// Whether BINARY_OP `arg` has an inline small-int path.
fn small_binop(arg: u32) -> bool {
    matches!(
        arg % NB_INPLACE,
        NB_ADD
            | NB_SUB
            | NB_MUL
            | NB_AND
            | NB_OR
            | NB_XOR
            | NB_FLOOR_DIVIDE
            | NB_REMAINDER
            | NB_RSHIFT
    )
}

/// The shared body that implements `op` (`pyrt_op_<name>`): the body of
/// the first opcode of a family serves the whole family.
fn body_name(op: Op) -> Option<&'static str> {
    let name = match op {
        Op::UNARY_NEGATIVE | Op::UNARY_INVERT => "unary_positive",
        Op::POP_JUMP_IF_TRUE => "pop_jump_if_false",
        Op::JUMP_IF_TRUE_OR_POP => "jump_if_false_or_pop",
        _ => {
            return OP_BODIES
                .iter()
                .copied()
                .find(|b| b.eq_ignore_ascii_case(op.name()))
        }
    };
    Some(name)
}
