//! Exception types with state or text beyond `BaseException`'s:
//! `StopIteration.value`, `SystemExit.code`, `KeyError` (str is the repr of
//! the key), `NameError`/`AttributeError` (`name=`, `obj=`), `ImportError`
//! (`name=`, `path=`, `msg`), `OSError` (errno/strerror/filename, and
//! `OSError(errno, ...)` picking the matching subclass), `SyntaxError`
//! (location fields, `msg (file, line N)`), and exception groups.

use super::base::{alloc_exception, args_of, set_args};
use super::*;
use crate::call::argparse::{bind, ArgSpec};
use crate::call::descr::GetSetDef;
use crate::errors::*;
use crate::object::refcount::xsetref;
use crate::object::{decref, new_ref};
use crate::objects::singletons::{is_none, none};
use crate::objects::{dict, int, str as pystr, tuple};

fn first_arg_or_none(e: Value) -> Value {
    let a = tuple::as_slice(args_of(e));
    a.first().copied().unwrap_or_else(none)
}

/// Set `e.<name> = v` in the instance dict (v borrowed).
unsafe fn set_attr_in_dict(e: Value, name: &str, v: Value) -> i32 {
    let d = crate::ops::attr::instance_dict(e);
    if d.is_null() {
        return -1;
    }
    dict::set_str(d, name, v)
}

unsafe fn dict_attr(e: Value, name: &str) -> Value {
    let d = (*exc_obj(e)).dict;
    if d.is_null() {
        return none();
    }
    dict::get_str(d, name).unwrap_or_else(none)
}

/// Split positional args from the named keyword-only `names`; the values
/// found are returned borrowed (null when absent).
unsafe fn kw_only<const N: usize>(
    fname: &str,
    names: &[&str; N],
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Result<[Value; N], ()> {
    let mut out = [Value::NULL; N];
    let spec = ArgSpec {
        fname,
        params: names,
        posonly: 0,
        required: 0,
        kwonly: N,
        varargs: true,
        varkw: false,
    };
    let col = bind(&spec, &[], args, nargs, kwnames, &mut out)?;
    drop(col);
    Ok(out)
}

pub(super) unsafe fn stop_iteration_init(
    e: Value,
    args: *const Value,
    nargs: usize,
    kw: Value,
) -> i32 {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        raise_type_error("StopIteration() takes no keyword arguments");
        return -1;
    }
    if set_args(e, args, nargs) < 0 {
        return -1;
    }
    let v = new_ref(first_arg_or_none(e));
    xsetref(&mut (*exc_obj(e)).extra[0], v);
    0
}

unsafe fn get_value(e: Value) -> Value {
    let v = (*exc_obj(e)).extra[0];
    new_ref(if v.is_null() { first_arg_or_none(e) } else { v })
}
unsafe fn set_value(e: Value, v: Value) -> i32 {
    crate::object::xincref(v);
    xsetref(&mut (*exc_obj(e)).extra[0], v);
    0
}

pub(super) static STOP_ITERATION_GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "value",
    get: get_value,
    set: Some(set_value),
    doc: "generator return value",
}];

pub(super) unsafe fn system_exit_init(
    e: Value,
    args: *const Value,
    nargs: usize,
    kw: Value,
) -> i32 {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        raise_type_error("SystemExit() takes no keyword arguments");
        return -1;
    }
    if set_args(e, args, nargs) < 0 {
        return -1;
    }
    let code = match nargs {
        0 => none(),
        1 => new_ref(*args),
        _ => new_ref(args_of(e)),
    };
    xsetref(&mut (*exc_obj(e)).extra[0], code);
    0
}

unsafe fn get_code(e: Value) -> Value {
    let v = (*exc_obj(e)).extra[0];
    if v.is_null() {
        none()
    } else {
        new_ref(v)
    }
}

pub(super) static SYSTEM_EXIT_GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "code",
    get: get_code,
    set: Some(set_value),
    doc: "exception code",
}];

pub(super) unsafe fn key_error_str(e: Value) -> Value {
    let a = args_of(e);
    if tuple::len(a) == 1 {
        return crate::ops::protocol::repr(tuple::as_slice(a)[0]);
    }
    super::base_str(e)
}

pub(super) unsafe fn name_error_init(e: Value, args: *const Value, nargs: usize, kw: Value) -> i32 {
    let is_attr = is_subtype(type_of(e), ATTRIBUTE_ERROR.ptr());
    let fname = type_name(e);
    let (name, obj) = if is_attr {
        match kw_only(fname, &["name", "obj"], args, nargs, kw) {
            Ok([n, o]) => (n, o),
            Err(()) => return -1,
        }
    } else {
        match kw_only(fname, &["name"], args, nargs, kw) {
            Ok([n]) => (n, Value::NULL),
            Err(()) => return -1,
        }
    };
    if set_args(e, args, nargs) < 0 {
        return -1;
    }
    let name = if name.is_null() { none() } else { name };
    if set_attr_in_dict(e, "name", name) < 0 {
        return -1;
    }
    if is_attr {
        let obj = if obj.is_null() { none() } else { obj };
        if set_attr_in_dict(e, "obj", obj) < 0 {
            return -1;
        }
    }
    0
}

pub(super) unsafe fn import_error_init(
    e: Value,
    args: *const Value,
    nargs: usize,
    kw: Value,
) -> i32 {
    let [name, path] = match kw_only(type_name(e), &["name", "path"], args, nargs, kw) {
        Ok(v) => v,
        Err(()) => return -1,
    };
    if set_args(e, args, nargs) < 0 {
        return -1;
    }
    let msg = if nargs == 1 { *args } else { none() };
    for (k, v) in [("name", name), ("path", path), ("msg", msg)] {
        if set_attr_in_dict(e, k, if v.is_null() { none() } else { v }) < 0 {
            return -1;
        }
    }
    0
}

pub(super) unsafe fn import_error_str(e: Value) -> Value {
    let msg = dict_attr(e, "msg");
    if !is_none(msg) {
        return crate::ops::protocol::str_of(msg);
    }
    super::base_str(e)
}

/// The OSError subclass CPython picks for an errno.
fn os_error_subclass(errno: i64) -> Option<*mut TypeObject> {
    Some(match errno {
        1 | 13 => PERMISSION_ERROR.ptr(),
        2 => FILE_NOT_FOUND_ERROR.ptr(),
        3 => PROCESS_LOOKUP_ERROR.ptr(),
        4 => INTERRUPTED_ERROR.ptr(),
        10 => CHILD_PROCESS_ERROR.ptr(),
        11 | 114 | 115 => BLOCKING_IO_ERROR.ptr(),
        17 => FILE_EXISTS_ERROR.ptr(),
        20 => NOT_A_DIRECTORY_ERROR.ptr(),
        21 => IS_A_DIRECTORY_ERROR.ptr(),
        32 | 108 => BROKEN_PIPE_ERROR.ptr(),
        103 => CONNECTION_ABORTED_ERROR.ptr(),
        104 => CONNECTION_RESET_ERROR.ptr(),
        110 => TIMEOUT_ERROR.ptr(),
        111 => CONNECTION_REFUSED_ERROR.ptr(),
        _ => return None,
    })
}

pub(super) unsafe fn os_error_new(
    ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    _kw: Value,
) -> Value {
    let mut ty = ty;
    if ty == OS_ERROR.ptr() && nargs >= 2 {
        if let Some(sub) = int::as_i64(*args).and_then(os_error_subclass) {
            ty = sub;
        }
    }
    alloc_exception(ty)
}

pub(super) unsafe fn os_error_init(e: Value, args: *const Value, nargs: usize, kw: Value) -> i32 {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        crate::type_error!("{}() takes no keyword arguments", type_name(e));
        return -1;
    }
    let a = crate::object::value::slice_from(args, nargs);
    let (errno, strerror, filename, filename2) = if (2..=5).contains(&nargs) {
        (
            a[0],
            a[1],
            a.get(2).copied().unwrap_or_else(none),
            a.get(4).copied().unwrap_or_else(none),
        )
    } else {
        (none(), none(), none(), none())
    };
    let kept = if (3..=5).contains(&nargs) { 2 } else { nargs };
    if set_args(e, args, kept) < 0 {
        return -1;
    }
    for (k, v) in [
        ("errno", errno),
        ("strerror", strerror),
        ("filename", filename),
        ("filename2", filename2),
    ] {
        if set_attr_in_dict(e, k, v) < 0 {
            return -1;
        }
    }
    0
}

pub(super) unsafe fn os_error_str(e: Value) -> Value {
    let errno = dict_attr(e, "errno");
    let strerror = dict_attr(e, "strerror");
    let filename = dict_attr(e, "filename");
    let filename2 = dict_attr(e, "filename2");
    let mut out = String::new();
    let piece = |v: Value, out: &mut String, as_repr: bool| -> bool {
        let s = if as_repr {
            crate::ops::protocol::repr(v)
        } else {
            crate::ops::protocol::str_of(v)
        };
        if s.is_null() {
            return false;
        }
        out.push_str(pystr::as_str(s));
        decref(s);
        true
    };
    if !is_none(filename) {
        out.push_str("[Errno ");
        if !piece(errno, &mut out, false) {
            return Value::NULL;
        }
        out.push_str("] ");
        if !piece(strerror, &mut out, false) {
            return Value::NULL;
        }
        out.push_str(": ");
        if !piece(filename, &mut out, true) {
            return Value::NULL;
        }
        if !is_none(filename2) {
            out.push_str(" -> ");
            if !piece(filename2, &mut out, true) {
                return Value::NULL;
            }
        }
        return pystr::from_string(out);
    }
    if !is_none(errno) && !is_none(strerror) {
        out.push_str("[Errno ");
        if !piece(errno, &mut out, false) {
            return Value::NULL;
        }
        out.push_str("] ");
        if !piece(strerror, &mut out, false) {
            return Value::NULL;
        }
        return pystr::from_string(out);
    }
    super::base_str(e)
}

pub(super) unsafe fn syntax_error_init(
    e: Value,
    args: *const Value,
    nargs: usize,
    kw: Value,
) -> i32 {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        crate::type_error!("{}() takes no keyword arguments", type_name(e));
        return -1;
    }
    if set_args(e, args, nargs) < 0 {
        return -1;
    }
    let a = crate::object::value::slice_from(args, nargs);
    let msg = a.first().copied().unwrap_or_else(none);
    let mut fields = [none(); 6];
    if nargs == 2 {
        let Some(info) = crate::ops::protocol::sequence_to_vec(a[1]) else {
            return -1;
        };
        if !(4..=6).contains(&info.len()) {
            for v in info {
                decref(v);
            }
            raise_index_error("tuple index out of range");
            return -1;
        }
        for (k, &v) in info.iter().enumerate() {
            fields[k] = v;
        }
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        let mut rc = 0;
        for (k, n) in names.iter().enumerate() {
            if rc == 0 {
                rc = set_attr_in_dict(e, n, fields[k]);
            }
        }
        for v in info {
            decref(v);
        }
        if rc < 0 {
            return -1;
        }
    } else {
        for n in [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ] {
            if set_attr_in_dict(e, n, none()) < 0 {
                return -1;
            }
        }
    }
    if set_attr_in_dict(e, "msg", msg) < 0 || set_attr_in_dict(e, "print_file_and_line", none()) < 0
    {
        return -1;
    }
    0
}

pub(super) unsafe fn syntax_error_str(e: Value) -> Value {
    let msg = dict_attr(e, "msg");
    let filename = dict_attr(e, "filename");
    let lineno = dict_attr(e, "lineno");
    let m = crate::ops::protocol::str_of(msg);
    if m.is_null() {
        return m;
    }
    let mut out = pystr::as_str(m).to_string();
    decref(m);
    let file = pystr::is_str(filename).then(|| {
        let f = pystr::as_str(filename);
        f.rsplit('/').next().unwrap_or(f).to_string()
    });
    let line = int::as_i64(lineno);
    match (file, line) {
        (Some(f), Some(l)) => out.push_str(&format!(" ({f}, line {l})")),
        (Some(f), None) => out.push_str(&format!(" ({f})")),
        (None, Some(l)) => out.push_str(&format!(" (line {l})")),
        (None, None) => {}
    }
    pystr::from_string(out)
}

pub(super) unsafe fn group_new(
    ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    _kw: Value,
) -> Value {
    let cname = (*ty).name().to_string();
    if nargs != 2 {
        return crate::type_error!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({nargs} given)"
        );
    }
    let (msg, excs) = (*args, *args.add(1));
    if !pystr::is_str(msg) {
        return crate::type_error!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(msg)
        );
    }
    let is_seq = tuple::is_tuple(excs)
        || crate::objects::list::is_list(excs)
        || (*type_of(excs)).sq.sq_item.is_some();
    if !is_seq {
        return raise_type_error("second argument (exceptions) must be a sequence");
    }
    let Some(items) = crate::ops::protocol::sequence_to_vec(excs) else {
        return Value::NULL;
    };
    let fail = |items: Vec<Value>, r: Value| {
        for v in items {
            decref(v);
        }
        r
    };
    if items.is_empty() {
        return fail(
            items,
            raise_value_error("second argument (exceptions) must be a non-empty sequence"),
        );
    }
    let mut all_exceptions = true;
    for (k, &v) in items.iter().enumerate() {
        if !is_exception(v) {
            let r =
                crate::value_error!("Item {k} of second argument (exceptions) is not an exception");
            return fail(items, r);
        }
        if !is_subtype(type_of(v), EXCEPTION.ptr()) {
            all_exceptions = false;
        }
    }
    let mut ty = ty;
    if ty == BASE_EXCEPTION_GROUP.ptr() && all_exceptions {
        ty = EXCEPTION_GROUP.ptr();
    } else if is_subtype(ty, EXCEPTION.ptr()) && !all_exceptions {
        let r = if ty == EXCEPTION_GROUP.ptr() {
            raise_type_error("Cannot nest BaseExceptions in an ExceptionGroup")
        } else {
            crate::type_error!("Cannot nest BaseExceptions in '{cname}'")
        };
        return fail(items, r);
    }
    let e = alloc_exception(ty);
    if e.is_null() {
        return fail(items, e);
    }
    if set_args(e, args, nargs) < 0 {
        decref(e);
        return fail(items, Value::NULL);
    }
    let t = tuple::tuple_from_vec(items);
    if t.is_null() {
        decref(e);
        return t;
    }
    let o = exc_obj(e);
    xsetref(&mut (*o).extra[0], new_ref(msg));
    xsetref(&mut (*o).extra[1], t);
    e
}

pub(super) unsafe fn group_init(_e: Value, _a: *const Value, _n: usize, _kw: Value) -> i32 {
    0
}

pub(super) unsafe fn group_str(e: Value) -> Value {
    let o = exc_obj(e);
    let n = if (*o).extra[1].is_null() {
        0
    } else {
        tuple::len((*o).extra[1])
    };
    let msg = if (*o).extra[0].is_null() {
        ""
    } else {
        pystr::as_str((*o).extra[0])
    };
    pystr::from_string(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    ))
}

unsafe fn get_message(e: Value) -> Value {
    let v = (*exc_obj(e)).extra[0];
    if v.is_null() {
        none()
    } else {
        new_ref(v)
    }
}
unsafe fn get_exceptions(e: Value) -> Value {
    let v = (*exc_obj(e)).extra[1];
    if v.is_null() {
        tuple::empty_tuple()
    } else {
        new_ref(v)
    }
}

pub(super) static GROUP_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "message",
        get: get_message,
        set: None,
        doc: "exception message",
    },
    GetSetDef {
        name: "exceptions",
        get: get_exceptions,
        set: None,
        doc: "nested exceptions",
    },
];

/// `BaseExceptionGroup.derive(excs)`: a plain group with this message.
unsafe fn group_derive(e: Value, excs: Value) -> Value {
    let msg = (*exc_obj(e)).extra[0];
    let msg = if msg.is_null() {
        pystr::new_str("")
    } else {
        new_ref(msg)
    };
    let r = crate::call::vectorcall::call(
        Value::from_obj(BASE_EXCEPTION_GROUP.ptr()),
        &[msg, excs],
        Value::NULL,
    );
    decref(msg);
    r
}

fn or_none(v: Value) -> Value {
    if v.is_null() {
        none()
    } else {
        v
    }
}

/// `BaseExceptionGroup.split(condition)` -> `(match, rest)`.
unsafe fn group_split(e: Value, cond: Value) -> Value {
    match crate::interp::exc::group_split(e, cond) {
        Ok((m, r)) => tuple::tuple_pack_steal(&[or_none(m), or_none(r)]),
        Err(()) => Value::NULL,
    }
}

/// `BaseExceptionGroup.subgroup(condition)` -> the matching part or None.
unsafe fn group_subgroup(e: Value, cond: Value) -> Value {
    match crate::interp::exc::group_split(e, cond) {
        Ok((m, r)) => {
            crate::object::xdecref(r);
            or_none(m)
        }
        Err(()) => Value::NULL,
    }
}

pub(super) static GROUP_METHODS: &[crate::call::builtin::MethodDef] = &[
    crate::call::builtin::MethodDef {
        name: "derive",
        imp: crate::call::builtin::MethodImpl::O(group_derive),
        doc: "",
    },
    crate::call::builtin::MethodDef {
        name: "split",
        imp: crate::call::builtin::MethodImpl::O(group_split),
        doc: "",
    },
    crate::call::builtin::MethodDef {
        name: "subgroup",
        imp: crate::call::builtin::MethodImpl::O(group_subgroup),
        doc: "",
    },
];
