//! Golden test: for every `tests/emit/code/NAME.py` and
//! `tests/emit/seed/NAME.py`, the attributes of every
//! code object we compile (co_name, co_qualname, co_firstlineno, argument
//! counts, co_nlocals, co_flags, co_varnames, co_cellvars, co_freevars,
//! co_names, co_consts) must equal what CPython 3.11 reports, recorded in
//! `NAME.codeattrs` by `tests/record_codeattrs.py`. Every compiled tree is
//! also verified, disassembled and round-tripped through marshal.
//!
//! All mismatches are collected and reported together.

use pyc_frontend::bytecode::{self, CodeObject, Constant};
use pyc_frontend::{dis, marshal, parser, tokenizer};
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn crepr(c: &Constant) -> String {
    match c {
        Constant::Code(code) => format!("<code {}>", code.qualname),
        Constant::Tuple(t) => {
            let items: Vec<String> = t.iter().map(crepr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Constant::FrozenSet(t) => {
            if t.is_empty() {
                return "frozenset()".into();
            }
            let mut items: Vec<String> = t.iter().map(crepr).collect();
            items.sort();
            items.dedup();
            format!("frozenset({{{}}})", items.join(", "))
        }
        other => dis::const_repr(other),
    }
}

fn names(v: &[String]) -> String {
    let items: Vec<String> = v.iter().map(|s| pyc_frontend::repr::str_repr(s)).collect();
    format!(
        "({}{})",
        items.join(", "),
        if items.len() == 1 { "," } else { "" }
    )
}

fn dump(code: &CodeObject, out: &mut Vec<String>) {
    out.push(format!("== {}", code.qualname));
    out.push(format!("name: {}", code.name));
    out.push(format!("firstlineno: {}", code.firstlineno));
    out.push(format!(
        "argcount: {} posonly: {} kwonly: {} nlocals: {}",
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.nlocals()
    ));
    out.push(format!("flags: 0x{:x}", code.flags));
    out.push(format!("varnames: {}", names(&code.varnames)));
    out.push(format!("cellvars: {}", names(&code.cellvars)));
    out.push(format!("freevars: {}", names(&code.freevars)));
    out.push(format!("names: {}", names(&code.names)));
    out.push(format!(
        "consts: {}",
        crepr(&Constant::Tuple(code.consts.clone()))
    ));
    for c in code.nested() {
        dump(c, out);
    }
}

/// Compiles `path` and checks verify/dis/marshal; returns the code tree.
pub fn compile_file(path: &Path) -> Result<CodeObject, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let source = tokenizer::decode_source(&bytes).map_err(|e| e.render(&name))?;
    let module = parser::parse_module(&source).map_err(|e| e.render(&name))?;
    let code = bytecode::compile_module_with_source(&module, &name, &source)
        .map_err(|e| e.render(&name))?;
    bytecode::verify_all(&code)?;
    let listing = dis::disassemble_all(&code);
    assert!(!listing.is_empty());
    let bytes = marshal::dumps(&code);
    let back = marshal::loads(&bytes)?;
    if back != code {
        return Err("marshal round trip changed the code object".into());
    }
    if marshal::dumps(&back) != bytes {
        return Err("marshal round trip changed the bytes".into());
    }
    Ok(code)
}

fn run() {
    let mut files: Vec<PathBuf> = Vec::new();
    // PYC_CODEATTRS_DIR=dir checks another folder of NAME.py + NAME.codeattrs
    // (recorded with tests/record_codeattrs.py) instead of the corpus.
    let dirs: Vec<PathBuf> = match std::env::var_os("PYC_CODEATTRS_DIR") {
        Some(d) => vec![PathBuf::from(d)],
        None => ["tests/emit/code", "tests/emit/seed"]
            .iter()
            .map(|s| repo_root().join(s))
            .collect(),
    };
    for dir in dirs {
        files.extend(
            std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "py")),
        );
    }
    files.sort();
    let mut failures = Vec::new();
    let mut ok = 0;
    for path in &files {
        let golden = match std::fs::read_to_string(path.with_extension("codeattrs")) {
            Ok(g) => g,
            Err(_) => {
                failures.push(format!("{}: missing .codeattrs golden", path.display()));
                continue;
            }
        };
        let code = match compile_file(path) {
            Ok(c) => c,
            Err(e) => {
                failures.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        let mut out = Vec::new();
        dump(&code, &mut out);
        let ours = out.join("\n") + "\n";
        if ours == golden {
            ok += 1;
            continue;
        }
        let (gl, ol): (Vec<&str>, Vec<&str>) = (golden.lines().collect(), ours.lines().collect());
        let mut ctx = "";
        for i in 0..gl.len().max(ol.len()) {
            let (g, o) = (gl.get(i).copied(), ol.get(i).copied());
            if let Some(l) = g.filter(|l| l.starts_with("== ")) {
                ctx = l;
            }
            if g != o {
                failures.push(format!(
                    "{}: in {ctx}\n  cpython: {}\n  ours:    {}",
                    path.display(),
                    g.unwrap_or("<missing>"),
                    o.unwrap_or("<missing>")
                ));
                break;
            }
        }
    }
    eprintln!("codeattrs: {ok}/{} files match CPython", files.len());
    if !failures.is_empty() {
        panic!("{} mismatches:\n{}", failures.len(), failures.join("\n"));
    }
}

#[test]
fn code_attributes_match_cpython() {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
}
