//! Program discovery for the native tier: compiles the script and every
//! module it imports (transitively) that exists next to it, into the
//! `pyc_native::Program` that `pyc build` and `pyc run` compile.
//!
//! Imports are found by walking the `Import`/`ImportFrom` statements of
//! each module's tree, at any depth (inside functions, classes, `if`,
//! `try`, ...). A dotted name is looked up the way CPython's path finder
//! does for `sys.path[0]` (the script's real folder): for each component,
//! a package folder with `__init__.py` first, then `NAME.py`. Relative
//! imports resolve against the importing module's package. Names that
//! CPython always takes from its built-in or start-up modules (`sys`, `os`,
//! ...) are never looked up, as a file of that name would not shadow them.
//! A name that is not found there but is one of the runtime's frozen
//! stdlib modules is compiled in as well (the runtime then runs the
//! compiled code instead of compiling the frozen source); any other name
//! is left to the runtime (its own modules, or ImportError at run time).
//!
//! Invariant: `modules[0]` is `__main__`; every other module appears once,
//! in discovery order, with parents before their submodules.

use pyc_frontend::ast::{Mod, Stmt, StmtKind};
use pyc_frontend::SyntaxError;
use pyc_native::{Program, ProgramModule};
use std::collections::{HashSet, VecDeque};
use std::path::{Path, PathBuf};

/// Top-level names CPython resolves before looking at the script's folder
/// (built into the interpreter, or frozen and imported at start-up).
const NOT_SHADOWABLE: &[&str] = &[
    "_abc",
    "_ast",
    "_codecs",
    "_collections",
    "_functools",
    "_imp",
    "_io",
    "_locale",
    "_operator",
    "_signal",
    "_sre",
    "_stat",
    "_string",
    "_symtable",
    "_thread",
    "_tokenize",
    "_tracemalloc",
    "_warnings",
    "_weakref",
    "atexit",
    "builtins",
    "errno",
    "faulthandler",
    "gc",
    "itertools",
    "marshal",
    "posix",
    "pwd",
    "sys",
    "time",
    "xxsubtype",
    "abc",
    "codecs",
    "io",
    "os",
    "stat",
    "posixpath",
    "genericpath",
    "site",
    "encodings",
    "_collections_abc",
    "_sitebuiltins",
    "zipimport",
    "_frozen_importlib",
    "_frozen_importlib_external",
];

/// Why discovery failed: a syntax error in one file (its path as shown),
/// or a message.
pub enum DiscoveryError {
    Syntax(String, SyntaxError),
    Message(String),
}

/// A module found on disk or in the runtime's frozen stdlib, not yet
/// compiled.
struct Found {
    name: String,
    path: PathBuf,
    is_package: bool,
    /// The source of a frozen stdlib module (its path is `<frozen NAME>`).
    frozen: Option<&'static str>,
}

/// Compiles `script` (named `shown` as the user gave it) and the modules it
/// imports from its folder. With `strict`, a module that fails to compile
/// fails the whole build; without, it is left out, so that importing it at
/// run time raises its error with CPython's traceback (`pyc run`).
pub fn discover(script: &Path, shown: &str, strict: bool) -> Result<Program, DiscoveryError> {
    let script_abs = std::path::absolute(script).map_err(|e| {
        DiscoveryError::Message(format!(
            "can't open file '{shown}': {}",
            crate::os_error(&e)
        ))
    })?;
    // sys.path[0]: the folder of the script, symlinks resolved.
    let root = script_abs
        .parent()
        .map(|dir| dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf()))
        .unwrap_or_else(|| PathBuf::from("/"));
    let mut modules = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    seen.insert("__main__".into());
    let mut queue = VecDeque::new();
    queue.push_back(Found {
        name: "__main__".into(),
        path: script_abs,
        is_package: false,
        frozen: None,
    });
    while let Some(found) = queue.pop_front() {
        let (module, tree) = match compile_one(&found) {
            Ok(done) => done,
            Err(_) if !strict && found.name != "__main__" => continue,
            Err(e) => return Err(e),
        };
        let mut wanted = Vec::new();
        collect_imports(body_of(&tree), &found, &mut wanted);
        drop(tree);
        for name in wanted {
            for prefix in prefixes(&name) {
                if !seen.insert(prefix.clone()) {
                    continue;
                }
                if let Some(hit) = locate(&root, &prefix).or_else(|| locate_frozen(&prefix)) {
                    queue.push_back(hit);
                } else {
                    // Not found here: neither it nor its submodules are
                    // ours to compile.
                    break;
                }
            }
        }
        modules.push(module);
    }
    Ok(Program {
        argv0: shown.to_string(),
        modules,
    })
}

fn body_of(tree: &Mod) -> &[Stmt] {
    match tree {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => &[],
    }
}

/// Reads, decodes, parses and compiles one module; the code object's file
/// name is the module's absolute path, as CPython's `co_filename`.
fn compile_one(found: &Found) -> Result<(ProgramModule, Mod), DiscoveryError> {
    let path = found.path.display().to_string();
    let syntax = |e| DiscoveryError::Syntax(path.clone(), e);
    let source = match found.frozen {
        Some(text) => text.to_string(),
        None => {
            let bytes = std::fs::read(&found.path).map_err(|e| {
                DiscoveryError::Message(format!(
                    "can't open file '{path}': {}",
                    crate::os_error(&e)
                ))
            })?;
            pyc_frontend::tokenizer::decode_source_named(&bytes, &path).map_err(syntax)?
        }
    };
    let tree = pyc_frontend::parser::parse_module(&source).map_err(syntax)?;
    let code = pyc_frontend::bytecode::compile_module_with_source(&tree, &path, &source)
        .map_err(syntax)?;
    Ok((
        ProgramModule {
            name: found.name.clone(),
            path,
            source,
            is_package: found.is_package,
            code,
        },
        tree,
    ))
}

/// The runtime's frozen stdlib module `name`, which the runtime imports
/// when no file shadows it; compiled into the program like its own modules
/// (under the pseudo path `<frozen NAME>`, the runtime's file name for it).
fn locate_frozen(name: &str) -> Option<Found> {
    let fz = pyrt::modules::frozen::find(name)?;
    Some(Found {
        name: name.to_string(),
        path: PathBuf::from(format!("<frozen {name}>")),
        is_package: fz.is_package,
        frozen: Some(fz.source),
    })
}

/// `a.b.c` → `a`, `a.b`, `a.b.c`.
fn prefixes(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut end = 0;
    for part in name.split('.') {
        end += part.len();
        out.push(name[..end].to_string());
        end += 1;
    }
    out
}

/// Finds module `name` under `root`: for each dotted component a package
/// folder (`NAME/__init__.py`) first, then `NAME.py`; every component but
/// the last must be a package.
fn locate(root: &Path, name: &str) -> Option<Found> {
    let parts: Vec<&str> = name.split('.').collect();
    if parts.iter().any(|p| p.is_empty()) || NOT_SHADOWABLE.contains(&parts[0]) {
        return None;
    }
    let mut dir = root.to_path_buf();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let package = dir.join(part);
        let init = package.join("__init__.py");
        if init.is_file() {
            if last {
                return Some(Found {
                    name: name.to_string(),
                    path: init,
                    is_package: true,
                    frozen: None,
                });
            }
            dir = package;
            continue;
        }
        let file = dir.join(format!("{part}.py"));
        if last && file.is_file() {
            return Some(Found {
                name: name.to_string(),
                path: file,
                is_package: false,
                frozen: None,
            });
        }
        return None;
    }
    None
}

/// The package a relative import of `level` dots in `module` starts from,
/// or None when it climbs past the top (or `module` has no package).
fn relative_base(module: &Found, level: u32) -> Option<String> {
    if module.name == "__main__" {
        return None;
    }
    let mut package: Vec<&str> = module.name.split('.').collect();
    if !module.is_package {
        package.pop();
    }
    for _ in 1..level {
        package.pop()?;
    }
    if package.is_empty() {
        return None;
    }
    Some(package.join("."))
}

/// Appends every module name `body` may import (and, for `from X import
/// y`, the candidates `X.y`, since `y` may be a submodule).
fn collect_imports(body: &[Stmt], module: &Found, out: &mut Vec<String>) {
    for stmt in body {
        match &stmt.kind {
            StmtKind::Import { names } => {
                out.extend(names.iter().map(|a| a.name.clone()));
            }
            StmtKind::ImportFrom {
                module: from,
                names,
                level,
            } => {
                let base = if *level == 0 {
                    from.clone()
                } else {
                    relative_base(module, *level).map(|base| match from {
                        Some(m) => format!("{base}.{m}"),
                        None => base,
                    })
                };
                if let Some(base) = base {
                    out.push(base.clone());
                    for alias in names {
                        if alias.name != "*" {
                            out.push(format!("{base}.{}", alias.name));
                        }
                    }
                }
            }
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                collect_imports(&f.body, module, out)
            }
            StmtKind::ClassDef { body, .. } => collect_imports(body, module, out),
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                collect_imports(&f.body, module, out);
                collect_imports(&f.orelse, module, out);
            }
            StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                collect_imports(body, module, out);
                collect_imports(orelse, module, out);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => collect_imports(&w.body, module, out),
            StmtKind::Match { cases, .. } => {
                for case in cases {
                    collect_imports(&case.body, module, out);
                }
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                collect_imports(&t.body, module, out);
                for handler in &t.handlers {
                    collect_imports(&handler.body, module, out);
                }
                collect_imports(&t.orelse, module, out);
                collect_imports(&t.finalbody, module, out);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(name: &str, is_package: bool) -> Found {
        Found {
            name: name.into(),
            path: PathBuf::new(),
            is_package,
            frozen: None,
        }
    }

    #[test]
    fn prefixes_of_a_dotted_name() {
        assert_eq!(prefixes("a.b.c"), ["a", "a.b", "a.b.c"]);
        assert_eq!(prefixes("x"), ["x"]);
    }

    #[test]
    fn relative_imports_resolve_against_the_package() {
        assert_eq!(
            relative_base(&found("p.q.m", false), 1).as_deref(),
            Some("p.q")
        );
        assert_eq!(
            relative_base(&found("p.q.m", false), 2).as_deref(),
            Some("p")
        );
        assert_eq!(relative_base(&found("p.q.m", false), 3), None);
        assert_eq!(
            relative_base(&found("p.q", true), 1).as_deref(),
            Some("p.q")
        );
        assert_eq!(relative_base(&found("__main__", false), 1), None);
        assert_eq!(relative_base(&found("top", false), 1), None);
    }

    #[test]
    fn discovers_modules_packages_and_relative_imports() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let write = |rel: &str, text: &str| {
            let p = root.join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        };
        write(
            "main.py",
            "import helper\ndef f():\n    from pkg.sub import thing\nimport sys, os\nimport missing.mod\n",
        );
        write("helper.py", "x = 1\n");
        write("pkg/__init__.py", "from . import util\n");
        write("pkg/util.py", "from .sub import thing as t\n");
        write("pkg/sub/__init__.py", "from ..util import *\n");
        write("pkg/sub/thing.py", "y = 2\n");
        write("os.py", "raise SystemExit('shadowed')\n");
        write("unused.py", "z = 3\n");
        let program = discover(&root.join("main.py"), "main.py", true)
            .ok()
            .unwrap();
        assert_eq!(program.argv0, "main.py");
        let names: Vec<_> = program.modules.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "__main__",
                "helper",
                "pkg",
                "pkg.sub",
                "pkg.sub.thing",
                "pkg.util"
            ]
        );
        let pkg = &program.modules[2];
        assert!(pkg.is_package && pkg.path.ends_with("pkg/__init__.py"));
        assert!(Path::new(&pkg.path).is_absolute());
        assert_eq!(program.modules[1].source, "x = 1\n");
    }

    #[test]
    fn a_syntax_error_in_an_imported_module_names_its_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("main.py"), "import bad\n").unwrap();
        std::fs::write(dir.path().join("bad.py"), "x = (\n").unwrap();
        match discover(&dir.path().join("main.py"), "main.py", true) {
            Err(DiscoveryError::Syntax(file, _)) => assert!(file.ends_with("bad.py"), "{file}"),
            _ => panic!("expected a syntax error"),
        }
        // Leniently, the module is left for the runtime to import (and fail).
        let program = discover(&dir.path().join("main.py"), "main.py", false)
            .ok()
            .unwrap();
        assert_eq!(program.modules.len(), 1);
    }
}
