//! Lossless serialization of `CodeObject` trees to bytes and back (code
//! objects are embedded in executables this way).
//!
//! Format: the magic `b"PYCB"`, a little-endian `u32` format version, then
//! one code object. All integers are little-endian; strings are a `u32`
//! byte length plus UTF-8; vectors a `u32` count plus items; constants a
//! tag byte plus payload. `loads` never panics: truncated or corrupt input,
//! bad UTF-8, unknown opcodes or tags, absurd lengths, trailing bytes and
//! excessive nesting are errors, and every decoded code object is run
//! through the verifier before it is returned.

use num_bigint::BigInt;

use crate::bytecode::code::{CodeObject, Constant, ExceptionEntry, Instr, Location};
use crate::bytecode::opcodes::Opcode;

const MAGIC: &[u8; 4] = b"PYCB";
/// Bumped whenever the format or the opcode table changes.
pub const VERSION: u32 = 1;
const MAX_NESTING: u32 = 2000;

/// Serializes `code` (and everything nested in it).
pub fn dumps(code: &CodeObject) -> Vec<u8> {
    let mut w = Vec::new();
    w.extend_from_slice(MAGIC);
    w.extend_from_slice(&VERSION.to_le_bytes());
    write_code(&mut w, code);
    w
}

fn put_u32(w: &mut Vec<u8>, v: u32) {
    w.extend_from_slice(&v.to_le_bytes());
}

fn put_len(w: &mut Vec<u8>, n: usize) {
    put_u32(w, n as u32);
}

pub(crate) fn put_str(w: &mut Vec<u8>, s: &str) {
    put_len(w, s.len());
    w.extend_from_slice(s.as_bytes());
}

fn put_strs(w: &mut Vec<u8>, v: &[String]) {
    put_len(w, v.len());
    for s in v {
        put_str(w, s);
    }
}

fn write_code(w: &mut Vec<u8>, c: &CodeObject) {
    put_str(w, &c.name);
    put_str(w, &c.qualname);
    put_str(w, &c.filename);
    for v in [
        c.firstlineno,
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.flags,
        c.stacksize,
    ] {
        put_u32(w, v);
    }
    put_strs(w, &c.varnames);
    put_strs(w, &c.cellvars);
    put_strs(w, &c.freevars);
    put_strs(w, &c.names);
    put_len(w, c.consts.len());
    for k in &c.consts {
        write_const(w, k);
    }
    put_len(w, c.instrs.len());
    for i in &c.instrs {
        w.push(i.op as u8);
        put_u32(w, i.arg);
    }
    put_len(w, c.locations.len());
    for l in &c.locations {
        for v in [l.line, l.end_line, l.col, l.end_col] {
            put_u32(w, v);
        }
    }
    put_len(w, c.exceptiontable.len());
    for e in &c.exceptiontable {
        for v in [e.start, e.end, e.target, e.depth] {
            put_u32(w, v);
        }
        w.push(e.lasti as u8);
    }
    put_len(w, c.cell2arg.len());
    for a in &c.cell2arg {
        put_u32(w, a.unwrap_or(u32::MAX));
    }
}

fn write_const(w: &mut Vec<u8>, k: &Constant) {
    match k {
        Constant::None => w.push(b'N'),
        Constant::Bool(false) => w.push(b'F'),
        Constant::Bool(true) => w.push(b'T'),
        Constant::Ellipsis => w.push(b'.'),
        Constant::Int(i) => {
            w.push(b'i');
            let b = i.to_signed_bytes_le();
            put_len(w, b.len());
            w.extend_from_slice(&b);
        }
        Constant::Float(f) => {
            w.push(b'g');
            w.extend_from_slice(&f.to_bits().to_le_bytes());
        }
        Constant::Complex { real, imag } => {
            w.push(b'y');
            w.extend_from_slice(&real.to_bits().to_le_bytes());
            w.extend_from_slice(&imag.to_bits().to_le_bytes());
        }
        Constant::Str(s) => {
            w.push(b'u');
            put_str(w, s);
        }
        Constant::Bytes(b) => {
            w.push(b's');
            put_len(w, b.len());
            w.extend_from_slice(b);
        }
        Constant::Tuple(t) | Constant::FrozenSet(t) => {
            w.push(if matches!(k, Constant::Tuple(_)) {
                b'('
            } else {
                b'>'
            });
            put_len(w, t.len());
            for x in t {
                write_const(w, x);
            }
        }
        Constant::Code(c) => {
            w.push(b'c');
            write_code(w, c);
        }
    }
}

/// Deserializes bytes produced by [`dumps`].
pub fn loads(data: &[u8]) -> Result<CodeObject, String> {
    let mut r = Reader { data, pos: 0 };
    if r.take(4)? != MAGIC {
        return Err("bad magic number in marshalled code".into());
    }
    let v = r.u32()?;
    if v != VERSION {
        return Err(format!(
            "unsupported marshal version {v} (expected {VERSION})"
        ));
    }
    let code = r.code(0)?;
    if r.pos != data.len() {
        return Err("trailing bytes after marshalled code".into());
    }
    Ok(code)
}

/// A bounds-checked little-endian reader (also used by `image`).
pub(crate) struct Reader<'d> {
    pub(crate) data: &'d [u8],
    pub(crate) pos: usize,
}

impl<'d> Reader<'d> {
    pub(crate) fn take(&mut self, n: usize) -> Result<&'d [u8], String> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.data.len())
            .ok_or("truncated marshal data")?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    pub(crate) fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Result<u64, String> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    /// A count of items each at least `min_size` bytes long.
    fn count(&mut self, min_size: usize) -> Result<usize, String> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size) > self.data.len() - self.pos {
            return Err("truncated marshal data (length too large)".into());
        }
        Ok(n)
    }

    pub(crate) fn str(&mut self) -> Result<String, String> {
        let n = self.count(1)?;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| "invalid UTF-8 in marshal data".to_string())
    }

    fn strs(&mut self) -> Result<Vec<String>, String> {
        let n = self.count(4)?;
        (0..n).map(|_| self.str()).collect()
    }

    fn code(&mut self, depth: u32) -> Result<CodeObject, String> {
        if depth > MAX_NESTING {
            return Err("marshal data nested too deeply".into());
        }
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let firstlineno = self.u32()?;
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let flags = self.u32()?;
        let stacksize = self.u32()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let names = self.strs()?;
        let nconsts = self.count(1)?;
        let mut consts = Vec::with_capacity(nconsts);
        for _ in 0..nconsts {
            consts.push(self.constant(depth + 1)?);
        }
        let ninstrs = self.count(5)?;
        let mut instrs = Vec::with_capacity(ninstrs);
        for _ in 0..ninstrs {
            let b = self.u8()?;
            let op = Opcode::from_u8(b).ok_or_else(|| format!("unknown opcode {b}"))?;
            let arg = self.u32()?;
            instrs.push(Instr { op, arg });
        }
        let nloc = self.count(16)?;
        let mut locations = Vec::with_capacity(nloc);
        for _ in 0..nloc {
            locations.push(Location {
                line: self.u32()?,
                end_line: self.u32()?,
                col: self.u32()?,
                end_col: self.u32()?,
            });
        }
        let nexc = self.count(17)?;
        let mut exceptiontable = Vec::with_capacity(nexc);
        for _ in 0..nexc {
            let start = self.u32()?;
            let end = self.u32()?;
            let target = self.u32()?;
            let depth = self.u32()?;
            let lasti = match self.u8()? {
                0 => false,
                1 => true,
                b => return Err(format!("bad lasti flag {b}")),
            };
            exceptiontable.push(ExceptionEntry {
                start,
                end,
                target,
                depth,
                lasti,
            });
        }
        let ncell = self.count(4)?;
        let mut cell2arg = Vec::with_capacity(ncell);
        for _ in 0..ncell {
            let a = self.u32()?;
            cell2arg.push(if a == u32::MAX { None } else { Some(a) });
        }
        let code = CodeObject {
            name,
            qualname,
            filename,
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            stacksize,
            varnames,
            cellvars,
            freevars,
            names,
            consts,
            instrs,
            locations,
            exceptiontable,
            cell2arg,
        };
        crate::bytecode::verify(&code).map_err(|e| format!("invalid code object: {e}"))?;
        if let Some(bad) = code
            .cell2arg
            .iter()
            .flatten()
            .find(|&&a| a as usize >= code.total_args())
        {
            return Err(format!("cell2arg entry {bad} is not an argument"));
        }
        Ok(code)
    }

    fn constant(&mut self, depth: u32) -> Result<Constant, String> {
        if depth > MAX_NESTING {
            return Err("marshal data nested too deeply".into());
        }
        let tag = self.u8()?;
        Ok(match tag {
            b'N' => Constant::None,
            b'F' => Constant::Bool(false),
            b'T' => Constant::Bool(true),
            b'.' => Constant::Ellipsis,
            b'i' => {
                let n = self.count(1)?;
                Constant::Int(BigInt::from_signed_bytes_le(self.take(n)?))
            }
            b'g' => Constant::Float(f64::from_bits(self.u64()?)),
            b'y' => Constant::Complex {
                real: f64::from_bits(self.u64()?),
                imag: f64::from_bits(self.u64()?),
            },
            b'u' => Constant::Str(self.str()?),
            b's' => {
                let n = self.count(1)?;
                Constant::Bytes(self.take(n)?.to_vec())
            }
            b'(' | b'>' => {
                let n = self.count(1)?;
                let mut v = Vec::with_capacity(n);
                for _ in 0..n {
                    v.push(self.constant(depth + 1)?);
                }
                if tag == b'(' {
                    Constant::Tuple(v)
                } else {
                    Constant::FrozenSet(v)
                }
            }
            b'c' => Constant::Code(Box::new(self.code(depth + 1)?)),
            t => return Err(format!("unknown constant tag {t}")),
        })
    }
}
