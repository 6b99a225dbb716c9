//! `dis`-style listings of code objects, driven by the opcode table.
//!
//! The layout is CPython 3.11's `dis.dis`: source line column (printed on
//! the first instruction of each line, with a blank line between lines),
//! `>>` on jump targets, the offset, the opname padded to 20 columns, the
//! arg right-aligned in 5 columns and `(argrepr)`. Offsets are instruction
//! indices (pyc's jump operands), and code objects are shown without
//! addresses (`<code object f, file "x.py", line 3>`) so listings are
//! stable. Each code object's exception table follows its instructions;
//! nested code objects follow in `co_consts` order, recursively.

use crate::bytecode::code::{CodeObject, Constant};
use crate::bytecode::opcodes::{ArgKind, Opcode, CMP_OPS, NB_OPS};
use crate::repr;

/// A `dis`-style listing of `code` and every code object nested in it.
pub fn disassemble_all(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble(code, &mut out);
    let mut stack: Vec<&CodeObject> = code.nested().collect::<Vec<_>>();
    stack.reverse();
    while let Some(c) = stack.pop() {
        out.push_str(&format!("\nDisassembly of {}:\n", code_repr(c)));
        disassemble(c, &mut out);
        let mut kids: Vec<&CodeObject> = c.nested().collect();
        kids.reverse();
        stack.extend(kids);
    }
    out
}

fn code_repr(c: &CodeObject) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        c.name, c.filename, c.firstlineno
    )
}

/// The listing of one code object (no nested ones).
pub fn disassemble(code: &CodeObject, out: &mut String) {
    let n = code.instrs.len();
    let mut targets = vec![false; n];
    for ins in &code.instrs {
        if ins.op.is_jump() && (ins.arg as usize) < n {
            targets[ins.arg as usize] = true;
        }
    }
    for e in &code.exceptiontable {
        if (e.target as usize) < n {
            targets[e.target as usize] = true;
        }
    }
    let lp = code.localsplus_names();
    let offw = n.saturating_sub(1).to_string().len().max(4);
    let mut last_line = None;
    for (i, ins) in code.instrs.iter().enumerate() {
        let line = code.line_of(i);
        let starts = line != 0 && Some(line) != last_line;
        if starts {
            if i > 0 {
                out.push('\n');
            }
            last_line = Some(line);
        }
        let mut f = Vec::new();
        f.push(if starts {
            format!("{line:>3}")
        } else {
            "   ".to_string()
        });
        f.push("   ".to_string());
        f.push(if targets[i] { ">>" } else { "  " }.to_string());
        f.push(format!("{i:>offw$}"));
        let info = ins.op.info();
        f.push(format!("{:<20}", info.name));
        if info.arg != ArgKind::None {
            f.push(format!("{:>5}", ins.arg));
            let r = argrepr(code, &lp, ins.op, ins.arg);
            if !r.is_empty() {
                f.push(format!("({r})"));
            }
        }
        out.push_str(f.join(" ").trim_end());
        out.push('\n');
    }
    if !code.exceptiontable.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exceptiontable {
            out.push_str(&format!(
                "  {} to {} -> {} [{}]{}\n",
                e.start,
                e.end.saturating_sub(1),
                e.target,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            ));
        }
    }
}

fn argrepr(code: &CodeObject, lp: &[&str], op: Opcode, arg: u32) -> String {
    let get = |v: &[String], i: u32| v.get(i as usize).cloned().unwrap_or_else(|| "?".into());
    match op.info().arg {
        ArgKind::Const => code.consts.get(arg as usize).map_or("?".into(), const_repr),
        ArgKind::Name => get(&code.names, arg),
        ArgKind::GlobalName => {
            let n = get(&code.names, arg >> 1);
            if arg & 1 != 0 {
                format!("NULL + {n}")
            } else {
                n
            }
        }
        ArgKind::Local => get(&code.varnames, arg),
        ArgKind::Free => lp.get(arg as usize).map_or("?".into(), |s| s.to_string()),
        ArgKind::Jump => format!("to {arg}"),
        ArgKind::BinaryOp => NB_OPS.get(arg as usize).unwrap_or(&"?").to_string(),
        ArgKind::Compare => CMP_OPS.get(arg as usize).unwrap_or(&"?").to_string(),
        ArgKind::Int => match op {
            Opcode::FORMAT_VALUE => {
                let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
                match (conv.is_empty(), arg & 4 != 0) {
                    (true, true) => "with format".into(),
                    (false, true) => format!("{conv}, with format"),
                    _ => conv.into(),
                }
            }
            Opcode::MAKE_FUNCTION => {
                let names = ["defaults", "kwdefaults", "annotations", "closure"];
                names
                    .iter()
                    .enumerate()
                    .filter(|(b, _)| arg & (1 << b) != 0)
                    .map(|(_, n)| *n)
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            _ => String::new(),
        },
        ArgKind::None | ArgKind::Handler => String::new(),
    }
}

/// Python's `repr()` of a constant (scalars through `crate::repr`).
pub fn const_repr(c: &Constant) -> String {
    let join = |items: &[Constant]| items.iter().map(const_repr).collect::<Vec<_>>();
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => repr::float_repr(*f),
        Constant::Complex { real, imag } => repr::complex_repr(*real, *imag),
        Constant::Str(s) => repr::str_repr(s),
        Constant::Bytes(b) => repr::bytes_repr(b),
        Constant::Tuple(t) => {
            let items = join(t);
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Constant::FrozenSet(t) if t.is_empty() => "frozenset()".into(),
        Constant::FrozenSet(t) => format!("frozenset({{{}}})", join(t).join(", ")),
        Constant::Code(c) => code_repr(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn const_reprs() {
        let t = Constant::Tuple(vec![Constant::Float(1e16), Constant::Str("a'b".into())]);
        assert_eq!(const_repr(&t), "(1e+16, \"a'b\")");
        assert_eq!(
            const_repr(&Constant::Tuple(vec![Constant::None])),
            "(None,)"
        );
        assert_eq!(const_repr(&Constant::FrozenSet(vec![])), "frozenset()");
        assert_eq!(
            const_repr(&Constant::Bytes(b"a\x00'".to_vec())),
            "b\"a\\x00'\""
        );
    }
}
