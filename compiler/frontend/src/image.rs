//! The program image: what a native executable carries about its Python
//! program — `sys.argv[0]` as the user named the script, and per module its
//! name, file path, source text (for traceback lines), whether it is a
//! package, and its marshalled code object tree. pyc-native writes it into
//! the executable's data; the runtime's start-up reads it back.
//!
//! Code objects are numbered in [`preorder`]: a module's code object, then
//! each code object nested in its constants, depth-first in constant
//! order; numbering continues across modules in image order. The native
//! entry point of code object `k` is entry `k` of the executable's entry
//! table, so both sides must walk the trees the same way (they do: both
//! call `preorder` or follow the same constant order).
//!
//! Format: `b"PYCI"`, a little-endian `u32` version, the argv0 string, a
//! `u32` module count, then per module: name, path, source (each a `u32`
//! byte length plus UTF-8), a package flag byte, and a `u32` length plus
//! the `marshal` bytes. `read` never panics on corrupt input.

use crate::bytecode::code::CodeObject;
use crate::marshal;

const MAGIC: &[u8; 4] = b"PYCI";
const VERSION: u32 = 1;

/// One module of the image.
#[derive(Debug, Clone)]
pub struct ImageModule {
    pub name: String,
    pub path: String,
    pub source: String,
    pub is_package: bool,
    pub code: CodeObject,
}

/// The decoded image.
#[derive(Debug, Clone)]
pub struct Image {
    pub argv0: String,
    pub modules: Vec<ImageModule>,
}

/// `code` and every code object nested in it, in entry-table order.
pub fn preorder(code: &CodeObject) -> Vec<&CodeObject> {
    let mut out = Vec::new();
    let mut stack = vec![code];
    while let Some(c) = stack.pop() {
        out.push(c);
        let nested: Vec<&CodeObject> = c.nested().collect();
        stack.extend(nested.into_iter().rev());
    }
    out
}

fn put_str(w: &mut Vec<u8>, s: &str) {
    w.extend_from_slice(&(s.len() as u32).to_le_bytes());
    w.extend_from_slice(s.as_bytes());
}

/// Serializes an image.
pub fn write(argv0: &str, modules: &[ImageModule]) -> Vec<u8> {
    let mut w = Vec::new();
    w.extend_from_slice(MAGIC);
    w.extend_from_slice(&VERSION.to_le_bytes());
    put_str(&mut w, argv0);
    w.extend_from_slice(&(modules.len() as u32).to_le_bytes());
    for m in modules {
        put_str(&mut w, &m.name);
        put_str(&mut w, &m.path);
        put_str(&mut w, &m.source);
        w.push(m.is_package as u8);
        let code = marshal::dumps(&m.code);
        w.extend_from_slice(&(code.len() as u32).to_le_bytes());
        w.extend_from_slice(&code);
    }
    w
}

struct Reader<'d> {
    data: &'d [u8],
    pos: usize,
}

impl<'d> Reader<'d> {
    fn take(&mut self, n: usize) -> Result<&'d [u8], String> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.data.len())
            .ok_or("truncated program image")?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn string(&mut self) -> Result<String, String> {
        let n = self.u32()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| "bad UTF-8 in program image".to_string())
    }
}

/// Decodes an image written by [`write`].
pub fn read(data: &[u8]) -> Result<Image, String> {
    let mut r = Reader { data, pos: 0 };
    if r.take(4)? != MAGIC {
        return Err("bad magic number in program image".into());
    }
    if r.u32()? != VERSION {
        return Err("program image written by another pyc version".into());
    }
    let argv0 = r.string()?;
    let n = r.u32()? as usize;
    let mut modules = Vec::with_capacity(n.min(1024));
    for _ in 0..n {
        let name = r.string()?;
        let path = r.string()?;
        let source = r.string()?;
        let is_package = r.take(1)?[0] != 0;
        let len = r.u32()? as usize;
        let code = marshal::loads(r.take(len)?)?;
        modules.push(ImageModule {
            name,
            path,
            source,
            is_package,
            code,
        });
    }
    if r.pos != data.len() {
        return Err("trailing bytes after program image".into());
    }
    Ok(Image { argv0, modules })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compile(src: &str) -> CodeObject {
        let m = crate::parser::parse_module(src).unwrap();
        crate::bytecode::compile_module(&m, "t.py").unwrap()
    }

    #[test]
    fn round_trip_and_preorder() {
        let code =
            compile("def f():\n    def g(): pass\n    return g\nclass C:\n    def m(self): pass\n");
        let names: Vec<&str> = preorder(&code)
            .iter()
            .map(|c| c.qualname.as_str())
            .collect();
        assert_eq!(names, ["<module>", "f", "f.<locals>.g", "C", "C.m"]);
        let m = ImageModule {
            name: "__main__".into(),
            path: "/x/t.py".into(),
            source: "pass\n".into(),
            is_package: false,
            code,
        };
        let bytes = write("t.py", &[m]);
        let img = read(&bytes).unwrap();
        assert_eq!(img.argv0, "t.py");
        assert_eq!(img.modules[0].path, "/x/t.py");
        assert_eq!(preorder(&img.modules[0].code).len(), 5);
        for cut in 0..bytes.len() {
            assert!(read(&bytes[..cut]).is_err());
        }
    }
}
