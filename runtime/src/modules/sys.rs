//! The `sys` module: `argv`, `path`, `modules`, the standard streams,
//! `exit`, `maxsize`, `version`/`version_info`, recursion limit access,
//! `intern`, `_getframe`, `exc_info`/`exception`, `getrefcount`.

use crate::call::builtin::{new_builtin, MethodDef, MethodImpl};
use crate::errors::exceptions::SYSTEM_EXIT;
use crate::errors::*;
use crate::object::{decref, new_ref, Value};
use crate::objects::singletons::none;
use crate::objects::{dict, int, list, module, str as pystr, tuple};
use crate::types::typeobject::*;

unsafe fn sys_exit(_m: Value, args: &[Value]) -> Value {
    match args.len() {
        0 => raise_empty(SYSTEM_EXIT.ptr()),
        1 => raise_with_arg(SYSTEM_EXIT.ptr(), new_ref(args[0])),
        n => crate::type_error!("exit expected at most 1 argument, got {n}"),
    }
}

unsafe fn getrecursionlimit(_m: Value) -> Value {
    int::from_i64(crate::errors::threadstate::recursion_limit() as i64)
}

unsafe fn setrecursionlimit(_m: Value, v: Value) -> Value {
    let n = match int::index_value(v) {
        Some(Ok(n)) => n,
        Some(Err(())) => return Value::NULL,
        None => {
            return crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )
        }
    };
    if n < 1 {
        return raise_value_error("recursion limit must be greater or equal than 1");
    }
    let n = n.min(i32::MAX as isize) as i32;
    let depth = (*crate::errors::threadstate::tstate()).recursion_depth;
    if n <= depth {
        return raise_recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
        ));
    }
    crate::errors::threadstate::set_recursion_limit(n);
    none()
}

unsafe fn get_int_max_str_digits(_m: Value) -> Value {
    int::from_i64(crate::objects::int::convert::max_str_digits() as i64)
}

unsafe fn set_int_max_str_digits(_m: Value, a: *const Value, n: usize, kw: Value) -> Value {
    let spec = crate::call::argparse::ArgSpec {
        fname: "set_int_max_str_digits",
        params: &["maxdigits"],
        posonly: 0,
        required: 1,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    let mut out = [Value::NULL; 1];
    if crate::call::argparse::parse_args_clinic(&spec, a, n, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let v = out[0];
    let n = match int::index_value(v) {
        Some(Ok(n)) => n,
        Some(Err(())) => return Value::NULL,
        None => {
            return crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )
        }
    };
    if n != 0 && n < 640 {
        return raise_value_error("maxdigits must be 0 or larger than 640");
    }
    crate::objects::int::convert::set_max_str_digits(n as usize);
    none()
}

unsafe fn sys_intern(_m: Value, v: Value) -> Value {
    if !pystr::is_exact_str(v) {
        return crate::type_error!("intern() argument must be str, not {}", type_name(v));
    }
    pystr::intern_value(new_ref(v))
}

unsafe fn getframe(_m: Value, args: &[Value]) -> Value {
    let depth = match args.first() {
        None => 0,
        Some(&d) => match int::as_i64(d) {
            Some(d) => d,
            None => return raise_type_error("an integer is required"),
        },
    };
    let mut f = crate::interp::state::current_frame();
    let mut k = depth;
    while k > 0 && !f.is_null() {
        f = (*f).back;
        k -= 1;
    }
    if f.is_null() {
        return raise_value_error("call stack is not deep enough");
    }
    new_ref(Value::from_obj(f))
}

unsafe fn exc_info(_m: Value) -> Value {
    let e = crate::interp::state::handled_exception();
    if e.is_null() {
        return tuple::tuple_pack(&[none(), none(), none()]);
    }
    let tb = (*crate::errors::exceptions::exc_obj(e)).traceback;
    tuple::tuple_pack(&[
        Value::from_obj(type_of(e)),
        e,
        if tb.is_null() { none() } else { tb },
    ])
}

unsafe fn exception(_m: Value) -> Value {
    let e = crate::interp::state::handled_exception();
    if e.is_null() {
        none()
    } else {
        new_ref(e)
    }
}

unsafe fn getrefcount(_m: Value, v: Value) -> Value {
    int::from_i64(crate::object::refcount::refcount(v) as i64)
}

unsafe fn getdefaultencoding(_m: Value) -> Value {
    pystr::new_str("utf-8")
}

/// `sys.getsizeof(obj[, default])`: a user `__sizeof__` when the class
/// defines one, else the object's own allocation (header, fixed part and
/// inline items of str/tuple/list), plus the GC header for tracked types.
unsafe fn getsizeof(_m: Value, args: &[Value]) -> Value {
    if args.is_empty() || args.len() > 2 {
        return crate::type_error!(
            "getsizeof() takes at most 2 arguments ({} given)",
            args.len()
        );
    }
    let v = args[0];
    let ty = type_of(v);
    let gc_extra = if (*ty).flags & TPFLAGS_HAVE_GC != 0 {
        std::mem::size_of::<crate::object::header::GcHead>() as i64
    } else {
        0
    };
    match crate::ops::attr::lookup_attr(v, pystr::intern("__sizeof__")) {
        Ok(Some(m)) => {
            let r = crate::call::vectorcall::call(m, &[], Value::NULL);
            decref(m);
            if r.is_null() {
                return r;
            }
            if !int::is_int(r) {
                decref(r);
                return crate::type_error!("an integer is required");
            }
            let n = int::as_i64(r);
            decref(r);
            match n {
                Some(n) if n >= 0 => int::from_i64(n + gc_extra),
                Some(_) => raise_value_error("__sizeof__() should return >= 0"),
                None => raise_overflow_error("Python int too large to convert to C ssize_t"),
            }
        }
        Ok(None) => {
            let items = if pystr::is_str(v) {
                pystr::as_str(v).len() + 1
            } else if tuple::is_tuple(v) {
                std::mem::size_of_val(tuple::as_slice(v))
            } else if list::is_list(v) {
                std::mem::size_of_val(list::as_slice(v))
            } else {
                0
            };
            int::from_i64(((*ty).basicsize + items) as i64 + gc_extra)
        }
        Err(()) => Value::NULL,
    }
}

static SYS_FUNCTIONS: &[MethodDef] = &[
    MethodDef {
        name: "getsizeof",
        imp: MethodImpl::Fast(getsizeof),
        doc: "",
    },
    MethodDef {
        name: "exit",
        imp: MethodImpl::Fast(sys_exit),
        doc: "",
    },
    MethodDef {
        name: "getrecursionlimit",
        imp: MethodImpl::NoArgs(getrecursionlimit),
        doc: "",
    },
    MethodDef {
        name: "setrecursionlimit",
        imp: MethodImpl::O(setrecursionlimit),
        doc: "",
    },
    MethodDef {
        name: "get_int_max_str_digits",
        imp: MethodImpl::NoArgs(get_int_max_str_digits),
        doc: "",
    },
    MethodDef {
        name: "set_int_max_str_digits",
        imp: MethodImpl::FastKw(set_int_max_str_digits),
        doc: "",
    },
    MethodDef {
        name: "intern",
        imp: MethodImpl::O(sys_intern),
        doc: "",
    },
    MethodDef {
        name: "_getframe",
        imp: MethodImpl::Fast(getframe),
        doc: "",
    },
    MethodDef {
        name: "exc_info",
        imp: MethodImpl::NoArgs(exc_info),
        doc: "",
    },
    MethodDef {
        name: "exception",
        imp: MethodImpl::NoArgs(exception),
        doc: "",
    },
    MethodDef {
        name: "getrefcount",
        imp: MethodImpl::O(getrefcount),
        doc: "",
    },
    MethodDef {
        name: "getdefaultencoding",
        imp: MethodImpl::NoArgs(getdefaultencoding),
        doc: "",
    },
];

/// Create the `sys` module (new reference): `argv` from `argv`, `path`
/// starting with the script's directory, `modules` the given dict.
pub fn create_sys_module(argv: &[String], script_dir: &str, modules: Value) -> Value {
    let m = module::new_module("sys");
    if m.is_null() {
        return m;
    }
    let d = module::module_dict(m);
    let mut ok = true;
    for def in SYS_FUNCTIONS {
        let f = new_builtin(def, m, std::ptr::null_mut());
        ok &= !f.is_null() && dict::set_str(d, def.name, f) == 0;
        crate::object::xdecref(f);
    }
    let set = |name: &str, v: Value| -> bool {
        if v.is_null() {
            return false;
        }
        let r = dict::set_str(d, name, v) == 0;
        decref(v);
        r
    };
    ok &= set(
        "argv",
        list::list_from_vec(argv.iter().map(|a| pystr::new_str(a)).collect()),
    );
    ok &= set(
        "path",
        list::list_from_vec(vec![pystr::new_str(script_dir)]),
    );
    ok &= dict::set_str(d, "modules", modules) == 0;
    let stdout = crate::builtins::io::new_stream(1);
    let stderr = crate::builtins::io::new_stream(2);
    ok &= dict::set_str(d, "stdout", stdout) == 0 && dict::set_str(d, "__stdout__", stdout) == 0;
    ok &= dict::set_str(d, "stderr", stderr) == 0 && dict::set_str(d, "__stderr__", stderr) == 0;
    crate::object::xdecref(stdout);
    crate::object::xdecref(stderr);
    let stdin = crate::builtins::stdin::new_stdin();
    ok &= dict::set_str(d, "stdin", stdin) == 0 && dict::set_str(d, "__stdin__", stdin) == 0;
    crate::object::xdecref(stdin);
    ok &= set("maxsize", int::from_i64(isize::MAX as i64));
    ok &= set("version_info", new_version_info());
    ok &= set("version", pystr::new_str("3.11.0 (pyc)"));
    ok &= set("platform", pystr::new_str(std::env::consts::OS));
    ok &= set(
        "byteorder",
        pystr::new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    ok &= set("executable", pystr::new_str(""));
    ok &= set("maxunicode", int::from_i64(0x10ffff));
    ok &= set("flags", super::structseq::new_flags());
    ok &= set("float_info", super::structseq::new_float_info());
    ok &= set("hash_info", super::structseq::new_hash_info());
    ok &= set("int_info", super::structseq::new_int_info());
    if !ok {
        decref(m);
        return Value::NULL;
    }
    m
}

/// `sys.version_info`: a tuple subclass with named fields.
pub static VERSION_INFO_TYPE: crate::object::Static<TypeObject> =
    crate::object::Static::new(TypeObject {
        base: tuple::TUPLE_TYPE.ptr(),
        tp_repr: Some(version_info_repr),
        tp_new: None,
        getsets: VERSION_GETSETS,
        ..TypeObject::new_static(
            "sys.version_info",
            tuple::TUPLE_HEADER_SIZE,
            TPFLAGS_HAVE_GC | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_IMMUTABLETYPE,
        )
    });

const VERSION_FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];

fn new_version_info() -> Value {
    let items = [
        int::from_i64(3),
        int::from_i64(11),
        int::from_i64(0),
        pystr::new_str("final"),
        int::from_i64(0),
    ];
    // SAFETY: tuple layout with 5 items, filled before escaping.
    unsafe {
        let ty = VERSION_INFO_TYPE.ptr();
        if crate::types::ready::ready_type(ty) < 0 {
            return Value::NULL;
        }
        let o = crate::object::alloc::alloc_object(ty, tuple::TUPLE_HEADER_SIZE + 5 * 8);
        if o.is_null() {
            return Value::NULL;
        }
        (*(o as *mut tuple::TupleObject)).len = 5;
        let v = Value::from_obj(o);
        let p = tuple::items_ptr(v);
        for (k, it) in items.into_iter().enumerate() {
            *p.add(k) = it;
        }
        crate::object::gc::track(o);
        v
    }
}

unsafe fn version_info_repr(v: Value) -> Value {
    let mut out = String::from("sys.version_info(");
    for (k, (&x, name)) in tuple::as_slice(v).iter().zip(VERSION_FIELDS).enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        out.push_str(name);
        out.push('=');
        if !crate::ops::protocol::repr_into(x, &mut out) {
            return Value::NULL;
        }
    }
    out.push(')');
    pystr::from_string(out)
}

macro_rules! field {
    ($f:ident, $i:expr) => {
        unsafe fn $f(v: Value) -> Value {
            new_ref(tuple::as_slice(v)[$i])
        }
    };
}
field!(vi_major, 0);
field!(vi_minor, 1);
field!(vi_micro, 2);
field!(vi_level, 3);
field!(vi_serial, 4);

macro_rules! gs {
    ($name:literal, $g:ident) => {
        crate::call::descr::GetSetDef {
            name: $name,
            get: $g,
            set: None,
            doc: "",
        }
    };
}

static VERSION_GETSETS: &[crate::call::descr::GetSetDef] = &[
    gs!("major", vi_major),
    gs!("minor", vi_minor),
    gs!("micro", vi_micro),
    gs!("releaselevel", vi_level),
    gs!("serial", vi_serial),
];
