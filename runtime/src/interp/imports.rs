//! Imports: `import a.b.c`, `from . import x`, `from m import *`, and
//! running a module's code. Modules are looked up in `sys.modules`, then
//! found as `NAME.py` or `NAME/__init__.py` on `sys.path` (submodules in
//! the parent package's `__path__`), compiled with the frontend and
//! executed on the interpreter with the module dict as globals.

use super::state::runtime;
use crate::errors::exceptions::{IMPORT_ERROR, MODULE_NOT_FOUND_ERROR};
use crate::errors::*;
use crate::object::{decref, new_ref, xdecref, Value};
use crate::objects::frame::{self, FrameObject};
use crate::objects::module::{self, module_dict};
use crate::objects::{dict, int, list, singletons::none, str as pystr, tuple};

/// Compile `source` (from `filename`) to a runtime code object, raising
/// SyntaxError (or its subclasses) on failure.
pub fn compile_source(source: &str, filename: &str) -> Value {
    let parsed = pyc_frontend::parser::parse_module(source)
        .and_then(|m| pyc_frontend::bytecode::compile_module_with_source(&m, filename, source));
    match parsed {
        Ok(code) => {
            crate::traceback::register_source(filename, source);
            crate::objects::code::new_code(code)
        }
        Err(e) => raise_syntax_error(&e, filename),
    }
}

/// Raise the Python exception for a frontend syntax error.
pub fn raise_syntax_error(e: &pyc_frontend::SyntaxError, filename: &str) -> Value {
    use crate::errors::exceptions::*;
    use pyc_frontend::ErrorKind;
    let a = e.attributes(filename);
    let ty = match e.kind {
        ErrorKind::SyntaxError => SYNTAX_ERROR.ptr(),
        ErrorKind::IndentationError => INDENTATION_ERROR.ptr(),
        ErrorKind::TabError => TAB_ERROR.ptr(),
        ErrorKind::MemoryError => return raise_memory_error(),
        ErrorKind::RecursionError => {
            return crate::errors::raise_str(RECURSION_ERROR.ptr(), &e.msg)
        }
    };
    let text = match &a.text {
        Some(t) => pystr::new_str(t),
        None => none(),
    };
    let details = tuple::tuple_pack_steal(&[
        pystr::new_str(&a.filename),
        int::from_i64(a.lineno as i64),
        int::from_i64(a.offset as i64),
        text,
        int::from_i64(a.end_lineno as i64),
        int::from_i64(a.end_offset as i64),
    ]);
    let msg = pystr::new_str(&a.msg);
    let args = tuple::tuple_pack_steal(&[msg, details]);
    if args.is_null() {
        return Value::NULL;
    }
    let items = tuple::as_slice(args).to_vec();
    let exc = crate::call::vectorcall::call(Value::from_obj(ty), &items, Value::NULL);
    decref(args);
    if !exc.is_null() {
        set_exception(exc);
    }
    Value::NULL
}

/// Run a code object with the given globals and locals (borrowed;
/// `locals` may be null for function-like code). New reference or null.
pub fn exec_code(code: Value, globals: Value, locals: Value) -> Value {
    // SAFETY: GIL held.
    unsafe {
        let builtins = match dict::get_str(globals, "__builtins__") {
            Some(b) if dict::is_dict(b) => b,
            Some(b) if module::is_module(b) => module_dict(b),
            _ => {
                let b = (*runtime()).builtins;
                if dict::set_str(globals, "__builtins__", (*runtime()).builtins_module) < 0 {
                    return Value::NULL;
                }
                b
            }
        };
        let f = frame::new_frame(code, globals, builtins, locals, Value::NULL);
        if f.is_null() {
            return Value::NULL;
        }
        // A module or exec body is a Python frame: one recursion level,
        // as every frame is in CPython.
        let r = crate::errors::threadstate::with_recursion_guard("", Value::NULL, || {
            super::eval_frame(f, Value::NULL)
        });
        decref(Value::from_obj(f));
        r
    }
}

fn sys_modules() -> Value {
    // SAFETY: GIL held.
    unsafe { (*runtime()).modules }
}

fn module_not_found(name: &str) -> Value {
    raise_with_name(
        MODULE_NOT_FOUND_ERROR.ptr(),
        format!("No module named '{name}'"),
        name,
    )
}

/// Raises `ty(msg, name=name)` (ImportError and subclasses); returns null.
fn raise_with_name(
    ty: *mut crate::types::typeobject::TypeObject,
    msg: String,
    name: &str,
) -> Value {
    let msg = pystr::from_string(msg);
    if msg.is_null() {
        return msg;
    }
    let n = pystr::new_str(name);
    let kw = tuple::tuple_pack_steal(&[pystr::intern("name")]);
    let e = crate::call::vectorcall::call(Value::from_obj(ty), &[msg, n], kw);
    decref(msg);
    decref(n);
    decref(kw);
    if !e.is_null() {
        set_exception(e);
    }
    Value::NULL
}

/// Directories to search for a top-level module (`sys.path` entries that
/// are str).
fn search_path(parent: Option<Value>) -> Result<Vec<String>, ()> {
    let path = match parent {
        Some(p) => {
            let d = module_dict(p);
            match dict::get_str(d, "__path__") {
                Some(v) => v,
                None => return Ok(Vec::new()),
            }
        }
        None => {
            // SAFETY: GIL held.
            let sys = unsafe { (*runtime()).sys };
            match dict::get_str(module_dict(sys), "path") {
                Some(v) => v,
                None => return Ok(Vec::new()),
            }
        }
    };
    let items = crate::ops::protocol::sequence_to_vec(path).ok_or(())?;
    let mut out = Vec::new();
    for v in items {
        if pystr::is_str(v) {
            out.push(pystr::as_str(v).to_string());
        }
        decref(v);
    }
    Ok(out)
}

/// Load module `fullname` (last component `leaf`) from the filesystem,
/// registering it in sys.modules. New reference, or null (ModuleNotFound
/// when no file exists).
fn load_from_path(fullname: &str, leaf: &str, parent: Option<Value>) -> Value {
    // A module compiled into the executable comes first.
    if let Some((path, is_pkg, code)) = crate::program::find_module(fullname) {
        if code.is_null() {
            return code;
        }
        return exec_module_code(fullname, std::path::Path::new(&path), is_pkg, code);
    }
    let Ok(dirs) = search_path(parent) else {
        return Value::NULL;
    };
    for d in dirs {
        let base = if d.is_empty() {
            std::path::PathBuf::from(".")
        } else {
            std::path::PathBuf::from(&d)
        };
        let pkg_init = base.join(leaf).join("__init__.py");
        let file = base.join(format!("{leaf}.py"));
        let (path, is_pkg) = if pkg_init.is_file() {
            (pkg_init, true)
        } else if file.is_file() {
            (file, false)
        } else {
            continue;
        };
        return exec_module_file(fullname, &path, is_pkg);
    }
    if let Some(m) = crate::modules::frozen::import_frozen(fullname) {
        return m;
    }
    module_not_found(fullname)
}

fn exec_module_file(fullname: &str, path: &std::path::Path, is_pkg: bool) -> Value {
    let filename = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            return raise_str(
                IMPORT_ERROR.ptr(),
                &format!("cannot read '{filename}': {e}"),
            )
        }
    };
    let source = match pyc_frontend::tokenizer::decode_source(&bytes) {
        Ok(s) => s,
        Err(e) => return raise_syntax_error(&e, &filename),
    };
    let code = compile_source(&source, &filename);
    if code.is_null() {
        return code;
    }
    exec_module_code(fullname, path, is_pkg, code)
}

/// Run `code` (a new reference, consumed) as module `fullname` loaded from
/// `path`, registering it in sys.modules. New reference or null.
fn exec_module_code(fullname: &str, path: &std::path::Path, is_pkg: bool, code: Value) -> Value {
    let filename = path.display().to_string();
    let m = module::new_module(fullname);
    if m.is_null() {
        decref(code);
        return m;
    }
    let d = module_dict(m);
    let package = if is_pkg {
        fullname.to_string()
    } else {
        fullname
            .rsplit_once('.')
            .map(|p| p.0)
            .unwrap_or("")
            .to_string()
    };
    let pkg_v = pystr::new_str(&package);
    let file_v = pystr::new_str(&filename);
    let mut ok =
        dict::set_str(d, "__file__", file_v) == 0 && dict::set_str(d, "__package__", pkg_v) == 0;
    decref(pkg_v);
    decref(file_v);
    if ok && is_pkg {
        let dir = path
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let pl = list::list_from_vec(vec![pystr::from_string(dir)]);
        ok = !pl.is_null() && dict::set_str(d, "__path__", pl) == 0;
        xdecref(pl);
    }
    let key = pystr::new_str(fullname);
    ok = ok && dict::set_item(sys_modules(), key, m) == 0;
    if !ok {
        decref(key);
        decref(code);
        decref(m);
        return Value::NULL;
    }
    let r = exec_code(code, d, d);
    decref(code);
    if r.is_null() {
        let _ = dict::del_item(sys_modules(), key);
        if occurred() {
            // keep the original error
        }
        decref(key);
        decref(m);
        return Value::NULL;
    }
    decref(r);
    // The module may have replaced itself in sys.modules.
    let result = match dict::get_item(sys_modules(), key) {
        Ok(Some(v)) => new_ref(v),
        _ => new_ref(m),
    };
    decref(key);
    decref(m);
    result
}

/// Import `fullname` (absolute), importing parents first. New reference to
/// the module itself.
pub fn import_absolute(fullname: &str) -> Value {
    if fullname.is_empty() {
        return raise_value_error("Empty module name");
    }
    let mut parent: Option<Value> = None;
    let mut result = Value::NULL;
    let mut prefix = String::new();
    for part in fullname.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        let existing = dict::get_str(sys_modules(), &prefix);
        let m = match existing {
            Some(m) if !crate::objects::singletons::is_none(m) => new_ref(m),
            _ => {
                if let Some(p) = parent {
                    if dict::get_str(module_dict(p), "__path__").is_none() {
                        xdecref(result);
                        let pname = prefix.rsplit_once('.').map(|x| x.0).unwrap_or("");
                        return module_not_found_in(&prefix, pname);
                    }
                }
                match parent
                    .is_none()
                    .then(|| crate::modules::create_builtin_module(&prefix))
                    .flatten()
                {
                    Some(m) => {
                        if !m.is_null() && dict::set_str(sys_modules(), &prefix, m) < 0 {
                            decref(m);
                            xdecref(result);
                            return Value::NULL;
                        }
                        m
                    }
                    None => load_from_path(&prefix, part, parent),
                }
            }
        };
        if m.is_null() {
            xdecref(result);
            return m;
        }
        if let Some(p) = parent {
            if module::is_module(p) {
                // Bind the submodule as an attribute of its package.
                let key = pystr::intern(part);
                let _ = dict::set_item(module_dict(p), key, m);
            }
        }
        xdecref(result);
        result = m;
        parent = Some(m);
    }
    result
}

fn module_not_found_in(name: &str, parent: &str) -> Value {
    let r = module_not_found(name);
    let _ = parent;
    r
}

/// Resolve a relative import against the importing module's package.
fn resolve_name(name: &str, globals: Value, level: usize) -> Result<String, ()> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package = match dict::get_str(globals, "__package__") {
        Some(p) if pystr::is_str(p) => pystr::as_str(p).to_string(),
        _ => {
            let n = dict::get_str(globals, "__name__")
                .filter(|n| pystr::is_str(*n))
                .map(|n| pystr::as_str(n).to_string())
                .unwrap_or_default();
            if dict::get_str(globals, "__path__").is_some() {
                n
            } else {
                n.rsplit_once('.')
                    .map(|p| p.0.to_string())
                    .unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        raise_str(
            IMPORT_ERROR.ptr(),
            "attempted relative import with no known parent package",
        );
        return Err(());
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((b, _)) => base = b,
            None => {
                raise_str(
                    IMPORT_ERROR.ptr(),
                    "attempted relative import beyond top-level package",
                );
                return Err(());
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// `__import__(name, globals, locals, fromlist, level)` semantics.
pub fn import_module_level(name: &str, globals: Value, fromlist: Value, level: usize) -> Value {
    let Ok(full) = resolve_name(name, globals, level) else {
        return Value::NULL;
    };
    let m = import_absolute(&full);
    if m.is_null() {
        return m;
    }
    let has_fromlist = !fromlist.is_null()
        && !crate::objects::singletons::is_none(fromlist)
        && crate::ops::protocol::is_true(fromlist) == 1;
    if !has_fromlist {
        if level == 0 && name.contains('.') {
            // `import a.b.c` binds `a`.
            let top = name.split('.').next().unwrap_or(name);
            decref(m);
            return match dict::get_str(sys_modules(), top) {
                Some(t) => new_ref(t),
                None => module_not_found(top),
            };
        }
        return m;
    }
    // `from pkg import sub`: import submodules named in the fromlist.
    if module::is_module(m) && dict::get_str(module_dict(m), "__path__").is_some() {
        if let Some(items) = crate::ops::protocol::sequence_to_vec(fromlist) {
            for it in items {
                if pystr::is_str(it) {
                    let s = pystr::as_str(it);
                    if s != "*" && dict::get_item(module_dict(m), it).ok().flatten().is_none() {
                        let sub = import_absolute(&format!("{full}.{s}"));
                        if sub.is_null() {
                            if matches(MODULE_NOT_FOUND_ERROR.ptr()) {
                                clear();
                            } else {
                                decref(it);
                                decref(m);
                                return Value::NULL;
                            }
                        } else {
                            decref(sub);
                        }
                    }
                }
                decref(it);
            }
        } else {
            decref(m);
            return Value::NULL;
        }
    }
    m
}

/// `IMPORT_NAME` (borrowed args; new reference).
pub unsafe fn import_name(
    f: *mut FrameObject,
    name: Value,
    fromlist: Value,
    level: Value,
) -> Value {
    let lvl = if level.is_small() {
        level.as_small().max(0) as usize
    } else {
        0
    };
    // A user-replaced builtins.__import__ takes over.
    let imp = dict::get_str((*f).builtins, "__import__");
    if let Some(imp) = imp {
        if !crate::builtins::is_builtin_import(imp) {
            let locals = if (*f).locals.is_null() {
                none()
            } else {
                (*f).locals
            };
            let imp = new_ref(imp);
            let r = crate::call::vectorcall::call(
                imp,
                &[name, (*f).globals, locals, fromlist, level],
                Value::NULL,
            );
            decref(imp);
            return r;
        }
    }
    import_module_level(pystr::as_str(name), (*f).globals, fromlist, lvl)
}

/// `IMPORT_FROM`: `module.name`, falling back to the submodule
/// `module.__name__ + "." + name` in sys.modules.
pub fn import_from(m: Value, name: Value) -> Value {
    match crate::ops::attr::lookup_attr(m, name) {
        Ok(Some(v)) => return v,
        Ok(None) => {}
        Err(()) => return Value::NULL,
    }
    let mname = match crate::ops::attr::lookup_attr(m, crate::id!(__name__)) {
        Ok(Some(n)) if pystr::is_str(n) => {
            let s = pystr::as_str(n).to_string();
            decref(n);
            Some(s)
        }
        Ok(Some(n)) => {
            decref(n);
            None
        }
        Ok(None) => None,
        Err(()) => return Value::NULL,
    };
    if let Some(mn) = &mname {
        if let Some(v) = dict::get_str(sys_modules(), &format!("{mn}.{}", pystr::as_str(name))) {
            return new_ref(v);
        }
    }
    let mn = mname.unwrap_or_else(|| "<unknown module name>".to_string());
    let file = if module::is_module(m) {
        dict::get_str(module_dict(m), "__file__")
            .filter(|f| pystr::is_str(*f))
            .map(|f| pystr::as_str(f).to_string())
    } else {
        None
    };
    let msg = match file {
        Some(f) => format!(
            "cannot import name '{}' from '{mn}' ({f})",
            pystr::as_str(name)
        ),
        None => format!(
            "cannot import name '{}' from '{mn}' (unknown location)",
            pystr::as_str(name)
        ),
    };
    raise_with_name(IMPORT_ERROR.ptr(), msg, &mn)
}

/// `from m import *` into the frame's locals.
pub unsafe fn import_star(f: *mut FrameObject, m: Value) -> i32 {
    let locals = (*f).locals;
    if locals.is_null() {
        raise_system_error("no locals found during 'import *'");
        return -1;
    }
    let (names, public_only) = match crate::ops::attr::lookup_attr(m, crate::id!(__all__)) {
        Ok(Some(all)) => {
            let v = crate::ops::protocol::sequence_to_vec(all);
            decref(all);
            match v {
                Some(v) => (v, false),
                None => return -1,
            }
        }
        Ok(None) => {
            let d = match crate::ops::attr::lookup_attr(m, crate::id!(__dict__)) {
                Ok(Some(d)) => d,
                Ok(None) => {
                    raise_str(
                        IMPORT_ERROR.ptr(),
                        "from-import-* object has no __dict__ and no __all__",
                    );
                    return -1;
                }
                Err(()) => return -1,
            };
            let keys: Vec<Value> = if dict::is_dict(d) {
                dict::items_vec(d)
                    .into_iter()
                    .map(|(k, v)| {
                        decref(v);
                        k
                    })
                    .collect()
            } else {
                Vec::new()
            };
            decref(d);
            (keys, true)
        }
        Err(()) => return -1,
    };
    let mut rc = 0;
    for n in &names {
        if rc < 0 {
            break;
        }
        if public_only && pystr::is_str(*n) && pystr::as_str(*n).starts_with('_') {
            continue;
        }
        let v = crate::ops::attr::get_attr(m, *n);
        if v.is_null() {
            rc = -1;
            break;
        }
        rc = super::names::store_name(f, *n, v);
        decref(v);
    }
    for n in names {
        decref(n);
    }
    rc
}
