//! Frozen stdlib modules: the pure-Python modules under `runtime/lib`,
//! embedded into the runtime as source text and run on the interpreter
//! when an import finds neither a built-in Rust module nor a `.py` file on
//! `sys.path`.
//!
//! Invariants: every file under `runtime/lib` has exactly one entry in
//! `FROZEN` (packages as `NAME/__init__.py` with `is_package`); a frozen
//! module is executed like a file module (registered in `sys.modules`
//! before its body runs, removed again if the body raises), its code is
//! compiled under the pseudo file name `<frozen NAME>`, and it has no
//! `__file__` (as CPython's frozen modules). A native executable may carry
//! a frozen module already compiled (`program::find_frozen`). Packages get an empty
//! `__path__`, so their submodules are found through this table too.

use crate::interp::imports::{compile_source, exec_code};
use crate::interp::state::runtime;
use crate::object::{decref, new_ref, xdecref, Value};
use crate::objects::module::{self, module_dict};
use crate::objects::{dict, list, str as pystr};

/// One frozen module: dotted name, source text, and whether it is a package.
pub struct Frozen {
    pub name: &'static str,
    pub source: &'static str,
    pub is_package: bool,
}

macro_rules! frozen {
    ($($name:literal => $path:literal, $pkg:literal;)*) => {
        /// Every module under `runtime/lib`.
        pub static FROZEN: &[Frozen] = &[
            $(Frozen { name: $name, source: include_str!(concat!("../../lib/", $path)), is_package: $pkg },)*
        ];
    };
}

frozen! {
    "__future__" => "__future__.py", false;
    "_dt_calendar" => "_dt_calendar.py", false;
    "_dt_datetime" => "_dt_datetime.py", false;
    "abc" => "abc.py", false;
    "base64" => "base64.py", false;
    "binascii" => "binascii.py", false;
    "bisect" => "bisect.py", false;
    "collections" => "collections/__init__.py", true;
    "collections.abc" => "collections/abc.py", false;
    "contextlib" => "contextlib.py", false;
    "copy" => "copy.py", false;
    "csv" => "csv.py", false;
    "dataclasses" => "dataclasses.py", false;
    "datetime" => "datetime.py", false;
    "enum" => "enum.py", false;
    "fnmatch" => "fnmatch.py", false;
    "fractions" => "fractions.py", false;
    "functools" => "functools.py", false;
    "glob" => "glob.py", false;
    "hashlib" => "hashlib.py", false;
    "heapq" => "heapq.py", false;
    "importlib" => "importlib/__init__.py", true;
    "importlib.machinery" => "importlib/machinery.py", false;
    "importlib.util" => "importlib/util.py", false;
    "io" => "io.py", false;
    "itertools" => "itertools.py", false;
    "json" => "json/__init__.py", true;
    "json.decoder" => "json/decoder.py", false;
    "json.encoder" => "json/encoder.py", false;
    "keyword" => "keyword.py", false;
    "logging" => "logging/__init__.py", true;
    "numbers" => "numbers.py", false;
    "operator" => "operator.py", false;
    "os" => "os.py", false;
    "pathlib" => "pathlib.py", false;
    "posixpath" => "posixpath.py", false;
    "pprint" => "pprint.py", false;
    "random" => "random.py", false;
    "re" => "re/__init__.py", true;
    "re._engine" => "re/_engine.py", false;
    "re._flags" => "re/_flags.py", false;
    "re._parser" => "re/_parser.py", false;
    "shutil" => "shutil.py", false;
    "stat" => "stat.py", false;
    "statistics" => "statistics.py", false;
    "string" => "string.py", false;
    "tempfile" => "tempfile.py", false;
    "textwrap" => "textwrap.py", false;
    "traceback" => "traceback.py", false;
    "tracemalloc" => "tracemalloc.py", false;
    "types" => "types.py", false;
    "warnings" => "warnings.py", false;
    "typing" => "typing.py", false;
}

/// The frozen module called `name`, if any.
pub fn find(name: &str) -> Option<&'static Frozen> {
    FROZEN.iter().find(|f| f.name == name)
}

/// Import the frozen module `fullname`: None when there is no such frozen
/// module; otherwise the module (new reference) or null with an exception.
pub fn import_frozen(fullname: &str) -> Option<Value> {
    let fz = find(fullname)?;
    Some(exec_frozen(fz))
}

fn exec_frozen(fz: &Frozen) -> Value {
    // A natively compiled program carries the frozen modules it imports,
    // compiled; otherwise compile the source now (interpreter tier).
    let code = match crate::program::find_frozen(fz.name) {
        Some(code) => code,
        None => compile_source(fz.source, &format!("<frozen {}>", fz.name)),
    };
    if code.is_null() {
        return code;
    }
    let m = module::new_module(fz.name);
    if m.is_null() {
        decref(code);
        return m;
    }
    let d = module_dict(m);
    let package = if fz.is_package {
        fz.name
    } else {
        fz.name.rsplit_once('.').map(|p| p.0).unwrap_or("")
    };
    let pkg_v = pystr::new_str(package);
    let mut ok = !pkg_v.is_null() && dict::set_str(d, "__package__", pkg_v) == 0;
    xdecref(pkg_v);
    if ok && fz.is_package {
        let pl = list::list_from_vec(Vec::new());
        ok = !pl.is_null() && dict::set_str(d, "__path__", pl) == 0;
        xdecref(pl);
    }
    // SAFETY: the GIL is held by every caller of the importer.
    let modules = unsafe { (*runtime()).modules };
    let key = pystr::new_str(fz.name);
    ok = ok && !key.is_null() && dict::set_item(modules, key, m) == 0;
    if !ok {
        xdecref(key);
        decref(code);
        decref(m);
        return Value::NULL;
    }
    let r = exec_code(code, d, d);
    decref(code);
    if r.is_null() {
        let _ = dict::del_item(modules, key);
        decref(key);
        decref(m);
        return Value::NULL;
    }
    decref(r);
    // The module may have replaced itself in sys.modules.
    let result = match dict::get_item(modules, key) {
        Ok(Some(v)) => new_ref(v),
        _ => new_ref(m),
    };
    decref(key);
    decref(m);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_frozen_module_compiles() {
        for fz in FROZEN {
            let filename = format!("<frozen {}>", fz.name);
            let parsed = pyc_frontend::parser::parse_module(fz.source).and_then(|m| {
                pyc_frontend::bytecode::compile_module_with_source(&m, &filename, fz.source)
            });
            assert!(parsed.is_ok(), "{} does not compile", fz.name);
        }
    }

    #[test]
    fn names_are_unique_and_packages_match_paths() {
        for (i, a) in FROZEN.iter().enumerate() {
            assert!(
                FROZEN[i + 1..].iter().all(|b| b.name != a.name),
                "{}",
                a.name
            );
            if let Some((parent, _)) = a.name.rsplit_once('.') {
                assert!(find(parent).is_some_and(|p| p.is_package), "{}", a.name);
            }
        }
        assert!(find("functools").is_some());
        assert!(find("no_such_module").is_none());
    }
}
