//! The `builtins` module: the builtin functions (defined in the submodules
//! by theme), the built-in types and exceptions under their Python names,
//! and the constants `None`, `True`, `False`, `Ellipsis`,
//! `NotImplemented`, `__debug__`.
//!
//! * `io`      — print and the standard stream objects
//! * `core`    — inspection, attributes, numbers, iteration, namespaces
//! * `iters`   — enumerate/zip/map/filter/reversed, min/max/sum/any/all,
//!   sorted
//! * `classes` — `__build_class__`, super, property, classmethod,
//!   staticmethod
//! * `files`   — `open()` for text files
//! * `sort`    — the stable sort used by `sorted`
//! * `stdin`   — `sys.stdin` and `input()`
//! * `text`    — `ascii()`

pub mod classes;
pub mod compile;
pub mod core;
pub mod files;
pub mod io;
pub mod iters;
pub mod sort;
pub mod stdin;
pub mod text;

use crate::call::builtin::{new_builtin, MethodDef, MethodImpl};
use crate::object::{decref, Value};
use crate::objects::dict;
use crate::types::typeobject::TypeObject;

macro_rules! def {
    ($name:literal, $kind:ident, $f:path) => {
        MethodDef {
            name: $name,
            imp: MethodImpl::$kind($f),
            doc: "",
        }
    };
    ($name:literal, $kind:ident, $f:path, $doc:literal) => {
        MethodDef {
            name: $name,
            imp: MethodImpl::$kind($f),
            doc: $doc,
        }
    };
}

static BUILTIN_IMPORT: MethodDef = def!("__import__", FastKw, builtin_import);

static FUNCTIONS: &[MethodDef] = &[
    def!("print", FastKw, io::builtin_print),
    def!("input", Fast, stdin::builtin_input),
    def!("open", FastKw, files::builtin_open),
    def!(
        "len",
        O,
        core::builtin_len,
        "Return the number of items in a container."
    ),
    def!("repr", O, core::builtin_repr),
    def!("ascii", O, core::builtin_ascii),
    def!("hash", O, core::builtin_hash),
    def!("id", O, core::builtin_id),
    def!("callable", O, core::builtin_callable),
    def!("isinstance", Fast, core::builtin_isinstance),
    def!("issubclass", Fast, core::builtin_issubclass),
    def!("getattr", Fast, core::builtin_getattr),
    def!("setattr", Fast, core::builtin_setattr),
    def!("delattr", Fast, core::builtin_delattr),
    def!("hasattr", Fast, core::builtin_hasattr),
    def!("abs", O, core::builtin_abs),
    def!("divmod", Fast, core::builtin_divmod),
    def!("pow", FastKw, core::builtin_pow),
    def!("round", FastKw, core::builtin_round),
    def!("hex", O, core::builtin_hex),
    def!("oct", O, core::builtin_oct),
    def!("bin", O, core::builtin_bin),
    def!("chr", O, core::builtin_chr),
    def!("ord", O, core::builtin_ord),
    def!("iter", Fast, core::builtin_iter),
    def!("next", Fast, core::builtin_next),
    def!("globals", NoArgs, core::builtin_globals),
    def!("locals", NoArgs, core::builtin_locals),
    def!("vars", Fast, core::builtin_vars),
    def!("dir", Fast, core::builtin_dir),
    def!("format", Fast, core::builtin_format),
    def!("min", FastKw, iters::builtin_min),
    def!("max", FastKw, iters::builtin_max),
    def!("sum", FastKw, iters::builtin_sum),
    def!("any", O, iters::builtin_any),
    def!("all", O, iters::builtin_all),
    def!("sorted", FastKw, iters::builtin_sorted),
    def!("__build_class__", FastKw, classes::build_class),
    def!("exec", FastKw, builtin_exec),
    def!("eval", FastKw, builtin_eval),
    def!("compile", FastKw, compile::builtin_compile),
];

/// Whether `v` is the runtime's own `__import__`.
pub fn is_builtin_import(v: Value) -> bool {
    v.is_ptr()
        && crate::types::typeobject::type_of(v) == crate::call::builtin::BUILTIN_FUNCTION_TYPE.ptr()
        // SAFETY: builtin function layout.
        && unsafe {
            std::ptr::eq(
                (*v.cast::<crate::call::builtin::BuiltinFunctionObject>()).def,
                &BUILTIN_IMPORT,
            )
        }
}

unsafe fn builtin_import(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 5];
    let spec = crate::call::argparse::ArgSpec {
        fname: "__import__",
        params: &["name", "globals", "locals", "fromlist", "level"],
        posonly: 0,
        required: 1,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    if !crate::objects::str::is_str(out[0]) {
        return crate::type_error!(
            "__import__() argument 1 must be str, not {}",
            crate::types::typeobject::type_name(out[0])
        );
    }
    let level = if out[4].is_null() {
        0
    } else {
        crate::objects::int::as_i64(out[4]).unwrap_or(0).max(0) as usize
    };
    let globals = if out[1].is_null() || !dict::is_dict(out[1]) {
        let g = dict::dict_new();
        let r = crate::interp::imports::import_module_level(
            crate::objects::str::as_str(out[0]),
            g,
            out[3],
            level,
        );
        decref(g);
        return r;
    } else {
        out[1]
    };
    crate::interp::imports::import_module_level(
        crate::objects::str::as_str(out[0]),
        globals,
        out[3],
        level,
    )
}

/// Shared by exec and eval: the code to run and its namespaces.
unsafe fn prepare_exec(
    fname: &str,
    args: *const Value,
    nargs: usize,
    kw: Value,
    eval: bool,
) -> Option<(Value, Value, Value)> {
    let mut out = [Value::NULL; 3];
    let spec = crate::call::argparse::ArgSpec {
        fname,
        params: &["source", "globals", "locals"],
        posonly: 1,
        required: 1,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    crate::call::argparse::parse_args(&spec, args, nargs, kw, &mut out).ok()?;
    let f = crate::interp::state::current_frame();
    let (globals, locals) = if out[1].is_null() || crate::objects::singletons::is_none(out[1]) {
        if f.is_null() {
            crate::errors::raise_system_error("no current frame");
            return None;
        }
        let l = crate::objects::frame::locals_dict(f);
        if l.is_null() {
            return None;
        }
        crate::object::incref((*f).globals);
        ((*f).globals, l)
    } else {
        if !dict::is_dict(out[1]) {
            crate::type_error!(
                "{fname}() globals must be a dict, not {}",
                crate::types::typeobject::type_name(out[1])
            );
            return None;
        }
        let l = if out[2].is_null() || crate::objects::singletons::is_none(out[2]) {
            out[1]
        } else {
            out[2]
        };
        crate::object::incref(out[1]);
        crate::object::incref(l);
        (out[1], l)
    };
    let mode = if eval {
        compile::SourceMode::Eval
    } else {
        compile::SourceMode::Exec
    };
    let code = compile::source_to_code(
        out[0],
        "<string>",
        mode,
        &format!("{fname}() arg 1 must be a string, bytes or code object"),
    );
    if code.is_null() {
        decref(globals);
        decref(locals);
        return None;
    }
    Some((code, globals, locals))
}

unsafe fn builtin_exec(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let Some((code, g, l)) = prepare_exec("exec", args, nargs, kw, false) else {
        return Value::NULL;
    };
    let r = crate::interp::imports::exec_code(code, g, l);
    decref(code);
    decref(g);
    decref(l);
    if r.is_null() {
        return r;
    }
    decref(r);
    crate::objects::singletons::none()
}

unsafe fn builtin_eval(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let Some((code, g, l)) = prepare_exec("eval", args, nargs, kw, true) else {
        return Value::NULL;
    };
    let r = crate::interp::imports::exec_code(code, g, l);
    decref(code);
    decref(g);
    decref(l);
    r
}

/// Types readied by the interpreter tier (the object model readies its
/// own at start-up).
pub fn interp_types() -> Vec<*mut TypeObject> {
    use crate::objects::*;
    vec![
        code::CODE_TYPE.ptr(),
        function::FUNCTION_TYPE.ptr(),
        method::METHOD_TYPE.ptr(),
        cell::CELL_TYPE.ptr(),
        module::MODULE_TYPE.ptr(),
        frame::FRAME_TYPE.ptr(),
        generator::GENERATOR_TYPE.ptr(),
        generator::COROUTINE_TYPE.ptr(),
        generator::ASYNC_GENERATOR_TYPE.ptr(),
        asyncgen::WRAPPED_TYPE.ptr(),
        asyncgen::ASEND_TYPE.ptr(),
        range::RANGE_TYPE.ptr(),
        range::RANGE_ITER_TYPE.ptr(),
        range::LONGRANGE_ITER_TYPE.ptr(),
        slice::SLICE_TYPE.ptr(),
        crate::traceback::TRACEBACK_TYPE.ptr(),
        io::STREAM_TYPE.ptr(),
        files::FILE_TYPE.ptr(),
        files::BUFFERED_READER_TYPE.ptr(),
        files::BUFFERED_WRITER_TYPE.ptr(),
        files::BUFFERED_RANDOM_TYPE.ptr(),
        stdin::STDIN_TYPE.ptr(),
        iters::ENUMERATE_TYPE.ptr(),
        iters::ZIP_TYPE.ptr(),
        iters::MAP_TYPE.ptr(),
        iters::FILTER_TYPE.ptr(),
        iters::REVERSED_TYPE.ptr(),
        iters::CALLABLE_ITER_TYPE.ptr(),
        classes::SUPER_TYPE.ptr(),
        classes::PROPERTY_TYPE.ptr(),
        classes::CLASSMETHOD_TYPE.ptr(),
        classes::STATICMETHOD_TYPE.ptr(),
        genericalias::GENERIC_ALIAS_TYPE.ptr(),
        genericalias::UNION_TYPE.ptr(),
        mappingproxy::MAPPINGPROXY_TYPE.ptr(),
    ]
}

/// Create the `builtins` module (new reference). Types must be ready.
pub fn create_builtins_module() -> Value {
    let m = module::new_module("builtins");
    if m.is_null() {
        return m;
    }
    let d = module::module_dict(m);
    for def in FUNCTIONS.iter().chain(std::iter::once(&BUILTIN_IMPORT)) {
        let f = new_builtin(def, m, std::ptr::null_mut());
        if f.is_null() || dict::set_str(d, def.name, f) < 0 {
            decref(m);
            return Value::NULL;
        }
        decref(f);
    }
    use crate::objects::*;
    let types: Vec<(&str, *mut TypeObject)> = vec![
        ("object", object::OBJECT_TYPE.ptr()),
        ("type", crate::types::typetype::TYPE_TYPE.ptr()),
        ("int", int::INT_TYPE.ptr()),
        ("bool", bool::BOOL_TYPE.ptr()),
        ("float", float::FLOAT_TYPE.ptr()),
        ("str", str::STR_TYPE.ptr()),
        ("tuple", tuple::TUPLE_TYPE.ptr()),
        ("list", list::LIST_TYPE.ptr()),
        ("set", set::SET_TYPE.ptr()),
        ("frozenset", set::FROZENSET_TYPE.ptr()),
        ("complex", complex::COMPLEX_TYPE.ptr()),
        ("bytes", bytes::BYTES_TYPE.ptr()),
        ("bytearray", bytes::BYTEARRAY_TYPE.ptr()),
        ("memoryview", bytes::memoryview::MEMORYVIEW_TYPE.ptr()),
        ("dict", dict::DICT_TYPE.ptr()),
        ("range", range::RANGE_TYPE.ptr()),
        ("slice", slice::SLICE_TYPE.ptr()),
        ("enumerate", iters::ENUMERATE_TYPE.ptr()),
        ("zip", iters::ZIP_TYPE.ptr()),
        ("map", iters::MAP_TYPE.ptr()),
        ("filter", iters::FILTER_TYPE.ptr()),
        ("reversed", iters::REVERSED_TYPE.ptr()),
        ("super", classes::SUPER_TYPE.ptr()),
        ("property", classes::PROPERTY_TYPE.ptr()),
        ("classmethod", classes::CLASSMETHOD_TYPE.ptr()),
        ("staticmethod", classes::STATICMETHOD_TYPE.ptr()),
    ];
    let mut ok = true;
    for (name, t) in types {
        ok &= dict::set_str(d, name, Value::from_obj(t)) == 0;
    }
    let base = crate::errors::exceptions::BASE_EXCEPTION.ptr();
    // SAFETY: static exception types.
    unsafe {
        ok &= dict::set_str(d, "BaseException", Value::from_obj(base)) == 0;
        for t in crate::errors::exceptions::all_exception_types() {
            ok &= dict::set_str(d, (*t).name(), Value::from_obj(t)) == 0;
        }
    }
    ok &= dict::set_str(
        d,
        "EnvironmentError",
        Value::from_obj(crate::errors::exceptions::OS_ERROR.ptr()),
    ) == 0;
    ok &= dict::set_str(
        d,
        "IOError",
        Value::from_obj(crate::errors::exceptions::OS_ERROR.ptr()),
    ) == 0;
    ok &= dict::set_str(d, "None", singletons::none()) == 0;
    ok &= dict::set_str(d, "Ellipsis", singletons::ellipsis()) == 0;
    ok &= dict::set_str(d, "NotImplemented", singletons::not_implemented()) == 0;
    ok &= dict::set_str(d, "True", bool::true_value()) == 0;
    ok &= dict::set_str(d, "False", bool::false_value()) == 0;
    ok &= dict::set_str(d, "__debug__", bool::true_value()) == 0;
    if !ok {
        decref(m);
        return Value::NULL;
    }
    m
}
