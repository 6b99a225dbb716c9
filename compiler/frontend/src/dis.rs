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

/// Python's `repr()` of a constant.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => {
            let im = |x: f64| {
                let s = float_repr(x);
                s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
            };
            if *real == 0.0 && real.is_sign_positive() {
                format!("{}j", im(*imag))
            } else {
                let sign = if *imag >= 0.0 || imag.is_nan() {
                    "+"
                } else {
                    "-"
                };
                format!("({}{}{}j)", im(*real), sign, im(imag.abs()))
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Constant::FrozenSet(t) => {
            if t.is_empty() {
                "frozenset()".into()
            } else {
                let items: Vec<String> = t.iter().map(const_repr).collect();
                format!("frozenset({{{}}})", items.join(", "))
            }
        }
        Constant::Code(c) => code_repr(c),
    }
}

/// Python's `repr(float)`: shortest round-trip digits, exponent form when
/// the exponent is below -4 or at least 16.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let nd = digits.len() as i32;
        let s = if exp >= 0 {
            let int_len = exp + 1;
            if nd <= int_len {
                format!("{}{}.0", digits, "0".repeat((int_len - nd) as usize))
            } else {
                format!(
                    "{}.{}",
                    &digits[..int_len as usize],
                    &digits[int_len as usize..]
                )
            }
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        };
        format!("{sign}{s}")
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.clone()
        };
        format!(
            "{sign}{m}e{}{:02}",
            if exp < 0 { "-" } else { "+" },
            exp.abs()
        )
    }
}

/// Approximates Python's `str.isprintable` per character: control,
/// format, separator (other than space), surrogate, private-use and
/// noncharacter code points are not printable.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    let not = u < 0x20
        || (0x7f..=0xa0).contains(&u)
        || u == 0xad
        || matches!(u, 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x1680)
        || matches!(u, 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064 | 0x2066..=0x206f)
        || u == 0x3000
        || (0xd800..=0xdfff).contains(&u)
        || (0xe000..=0xf8ff).contains(&u)
        || (0xfdd0..=0xfdef).contains(&u)
        || matches!(u, 0xfeff | 0xfff9..=0xfffb)
        || u & 0xfffe == 0xfffe
        || matches!(u, 0x110bd | 0x110cd | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a)
        || matches!(u, 0xe0001 | 0xe0020..=0xe007f)
        || u >= 0xf0000;
    !not
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 {
                    out.push_str(&format!("\\x{u:02x}"));
                } else if u < 0x10000 {
                    out.push_str(&format!("\\u{u:04x}"));
                } else {
                    out.push_str(&format!("\\U{u:08x}"));
                }
            }
        }
    }
    out.push(q);
    out
}

/// Python's `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(q as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(q as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(123456.789), "123456.789");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-2.5), "-2.5");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
    }

    #[test]
    fn str_reprs() {
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a'\"b"), "'a\\'\"b'");
        assert_eq!(str_repr("\n\x01é"), "'\\n\\x01é'");
        assert_eq!(bytes_repr(b"a\x00'"), "b\"a\\x00'\"");
    }
}
