//! `BaseException` behaviour shared by the whole hierarchy: construction
//! (`args` is every positional argument), `str()` (empty, the single
//! argument's str, or the str of the args tuple), `repr()`
//! (`Name(arg, ...)`), the chaining attributes and `with_traceback` /
//! `add_note`.

use super::*;
use crate::call::builtin::{MethodDef, MethodImpl};
use crate::call::descr::GetSetDef;
use crate::call::vectorcall::kw_count;
use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::{clear_slot, xsetref};
use crate::object::{decref, new_ref, Object};
use crate::objects::singletons::{is_none, none};
use crate::objects::{list, str as pystr, tuple};

/// Allocate an exception instance of `ty` with empty args (new ref).
pub fn alloc_exception(ty: *mut TypeObject) -> Value {
    // SAFETY: exception layout.
    unsafe {
        let o = alloc_object(ty, (*ty).basicsize.max(EXC_SIZE));
        if o.is_null() {
            return Value::NULL;
        }
        (*(o as *mut BaseExceptionObject)).args = tuple::empty_tuple();
        gc::track(o);
        Value::from_obj(o)
    }
}

pub(super) unsafe fn exc_new(
    ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    _kwnames: Value,
) -> Value {
    let e = alloc_exception(ty);
    if e.is_null() {
        return e;
    }
    let a = tuple::tuple_pack(crate::object::value::slice_from(args, nargs));
    if a.is_null() {
        decref(e);
        return a;
    }
    xsetref(&mut (*exc_obj(e)).args, a);
    e
}

pub(super) unsafe fn exc_init(e: Value, args: *const Value, nargs: usize, kwnames: Value) -> i32 {
    if kw_count(kwnames) > 0 {
        crate::type_error!("{}() takes no keyword arguments", type_name(e));
        return -1;
    }
    set_args(e, args, nargs)
}

/// Replace `e.args` by `args[0..nargs]`.
pub(crate) unsafe fn set_args(e: Value, args: *const Value, nargs: usize) -> i32 {
    let a = tuple::tuple_pack(crate::object::value::slice_from(args, nargs));
    if a.is_null() {
        return -1;
    }
    xsetref(&mut (*exc_obj(e)).args, a);
    0
}

/// The args tuple (borrowed).
pub fn args_of(e: Value) -> Value {
    // SAFETY: e is an exception.
    unsafe { (*exc_obj(e)).args }
}

pub(super) unsafe fn exc_str(e: Value) -> Value {
    let args = args_of(e);
    match tuple::len(args) {
        0 => pystr::new_str(""),
        1 => crate::ops::protocol::str_of(tuple::as_slice(args)[0]),
        _ => crate::ops::protocol::str_of(args),
    }
}

pub(super) unsafe fn exc_repr(e: Value) -> Value {
    let args = args_of(e);
    let name = type_name(e);
    if tuple::len(args) == 1 {
        let mut out = format!("{name}(");
        if !crate::ops::protocol::repr_into(tuple::as_slice(args)[0], &mut out) {
            return Value::NULL;
        }
        out.push(')');
        pystr::from_string(out)
    } else {
        let mut out = name.to_string();
        if !crate::ops::protocol::repr_into(args, &mut out) {
            return Value::NULL;
        }
        pystr::from_string(out)
    }
}

pub(super) unsafe fn exc_dealloc(o: *mut Object) {
    gc::untrack(o);
    exc_clear(o);
    crate::object::alloc::free_and_release_type(o);
}

pub(super) unsafe fn exc_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let e = o as *mut BaseExceptionObject;
    for v in [
        (*e).dict,
        (*e).args,
        (*e).notes,
        (*e).traceback,
        (*e).context,
        (*e).cause,
        (*e).extra[0],
        (*e).extra[1],
    ] {
        let r = visit_value(v, visit, arg);
        if r != 0 {
            return r;
        }
    }
    0
}

pub(super) unsafe fn exc_clear(o: *mut Object) -> i32 {
    let e = o as *mut BaseExceptionObject;
    clear_slot(&mut (*e).dict);
    clear_slot(&mut (*e).args);
    clear_slot(&mut (*e).notes);
    clear_slot(&mut (*e).traceback);
    clear_slot(&mut (*e).context);
    clear_slot(&mut (*e).cause);
    clear_slot(&mut (*e).extra[0]);
    clear_slot(&mut (*e).extra[1]);
    0
}

fn or_none(v: Value) -> Value {
    if v.is_null() {
        none()
    } else {
        new_ref(v)
    }
}

unsafe fn get_args(e: Value) -> Value {
    new_ref(args_of(e))
}
unsafe fn set_args_attr(e: Value, v: Value) -> i32 {
    if v.is_null() {
        raise_type_error("args may not be deleted");
        return -1;
    }
    let Some(items) = crate::ops::protocol::sequence_to_vec(v) else {
        return -1;
    };
    let t = tuple::tuple_from_vec(items);
    if t.is_null() {
        return -1;
    }
    xsetref(&mut (*exc_obj(e)).args, t);
    0
}
unsafe fn get_traceback(e: Value) -> Value {
    or_none((*exc_obj(e)).traceback)
}
unsafe fn set_traceback(e: Value, v: Value) -> i32 {
    if v.is_null() {
        raise_type_error("__traceback__ may not be deleted");
        return -1;
    }
    if !is_none(v) && type_of(v) != crate::traceback::TRACEBACK_TYPE.ptr() {
        raise_type_error("__traceback__ must be a traceback or None");
        return -1;
    }
    let v = if is_none(v) { Value::NULL } else { new_ref(v) };
    xsetref(&mut (*exc_obj(e)).traceback, v);
    0
}
unsafe fn get_context(e: Value) -> Value {
    or_none((*exc_obj(e)).context)
}
unsafe fn set_context(e: Value, v: Value) -> i32 {
    set_chain(e, v, "context", |o| &mut (*o).context)
}
unsafe fn get_cause(e: Value) -> Value {
    or_none((*exc_obj(e)).cause)
}
unsafe fn set_cause(e: Value, v: Value) -> i32 {
    if set_chain(e, v, "cause", |o| &mut (*o).cause) < 0 {
        return -1;
    }
    (*exc_obj(e)).suppress_context = 1;
    0
}
unsafe fn set_chain(
    e: Value,
    v: Value,
    what: &str,
    field: unsafe fn(*mut BaseExceptionObject) -> *mut Value,
) -> i32 {
    if v.is_null() {
        crate::type_error!("__{what}__ may not be deleted");
        return -1;
    }
    let nv = if is_none(v) {
        Value::NULL
    } else if is_exception(v) {
        new_ref(v)
    } else {
        crate::type_error!("exception {what} must be None or derive from BaseException");
        return -1;
    };
    xsetref(&mut *field(exc_obj(e)), nv);
    0
}
unsafe fn get_suppress(e: Value) -> Value {
    crate::objects::bool::from_bool((*exc_obj(e)).suppress_context != 0)
}
unsafe fn set_suppress(e: Value, v: Value) -> i32 {
    if v.is_null() {
        raise_type_error("__suppress_context__ may not be deleted");
        return -1;
    }
    let t = crate::ops::protocol::is_true(v);
    if t < 0 {
        return -1;
    }
    (*exc_obj(e)).suppress_context = t as u64;
    0
}

/// Set `exc.__context__` (stolen `ctx`, may be null).
pub fn set_context_steal(e: Value, ctx: Value) {
    // SAFETY: e is an exception.
    unsafe { xsetref(&mut (*exc_obj(e)).context, ctx) }
}

/// Set `exc.__cause__` (stolen, may be null) and `__suppress_context__`.
pub fn set_cause_steal(e: Value, cause: Value) {
    // SAFETY: e is an exception.
    unsafe {
        xsetref(&mut (*exc_obj(e)).cause, cause);
        (*exc_obj(e)).suppress_context = 1;
    }
}

unsafe fn get_dict(e: Value) -> Value {
    crate::objects::object::get_instance_dict(e)
}
unsafe fn set_dict(e: Value, d: Value) -> i32 {
    crate::objects::object::set_instance_dict(e, d)
}

pub(super) static BASE_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__dict__",
        get: get_dict,
        set: Some(set_dict),
        doc: "",
    },
    GetSetDef {
        name: "args",
        get: get_args,
        set: Some(set_args_attr),
        doc: "",
    },
    GetSetDef {
        name: "__traceback__",
        get: get_traceback,
        set: Some(set_traceback),
        doc: "",
    },
    GetSetDef {
        name: "__context__",
        get: get_context,
        set: Some(set_context),
        doc: "exception context",
    },
    GetSetDef {
        name: "__cause__",
        get: get_cause,
        set: Some(set_cause),
        doc: "exception cause",
    },
    GetSetDef {
        name: "__suppress_context__",
        get: get_suppress,
        set: Some(set_suppress),
        doc: "",
    },
];

unsafe fn m_with_traceback(e: Value, tb: Value) -> Value {
    if set_traceback(e, tb) < 0 {
        return Value::NULL;
    }
    new_ref(e)
}

unsafe fn m_add_note(e: Value, note: Value) -> Value {
    if !pystr::is_str(note) {
        return crate::type_error!("note must be a str, not '{}'", type_name(note));
    }
    let o = exc_obj(e);
    if (*o).notes.is_null() {
        (*o).notes = list::list_new(0);
        if (*o).notes.is_null() {
            return Value::NULL;
        }
        if let Some(d) = crate::ops::attr::instance_dict(e)
            .is_ptr()
            .then(|| (*o).dict)
        {
            if crate::objects::dict::set_str(d, "__notes__", (*o).notes) < 0 {
                return Value::NULL;
            }
        }
    }
    if list::append((*o).notes, note) < 0 {
        return Value::NULL;
    }
    none()
}

pub(super) static BASE_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "with_traceback",
        imp: MethodImpl::O(m_with_traceback),
        doc: "Exception.with_traceback(tb) -- set self.__traceback__ to tb and return self.",
    },
    MethodDef {
        name: "add_note",
        imp: MethodImpl::O(m_add_note),
        doc: "Exception.add_note(note) -- add a note to the exception",
    },
];

/// `BaseException.__str__`, callable from subclass implementations.
pub(crate) unsafe fn exc_str_pub(e: Value) -> Value {
    exc_str(e)
}
