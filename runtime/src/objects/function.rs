//! `function`: a code object plus what a `def` captured — globals,
//! builtins, defaults, keyword-only defaults, the closure tuple of cells,
//! name/qualname/doc/module, annotations and an attribute dict. Calling a
//! function binds the arguments into a new frame (CPython's rules and
//! messages) and runs it on the interpreter, or returns a generator for
//! generator/coroutine code.
//!
//! All fields are owned references; `defaults`, `kwdefaults`, `closure`,
//! `dict`, `annotations` may be null (meaning None / empty).

use crate::call::argparse::{bind, ArgSpec};
use crate::errors::panic::boundary;
use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::{clear_slot, xsetref};
use crate::object::{decref, incref, new_ref, Object, Static, Value};
use crate::objects::code::{self, CodeData};
use crate::objects::frame::{self, FrameObject};
use crate::objects::{dict, singletons::none, str as pystr, tuple};
use crate::types::typeobject::*;
use pyc_frontend::bytecode::code::co_flags;

#[repr(C)]
pub struct FunctionObject {
    pub ob: Object,
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    pub name: Value,
    pub qualname: Value,
    pub doc: Value,
    pub defaults: Value,
    pub kwdefaults: Value,
    pub closure: Value,
    pub dict: Value,
    pub module: Value,
    pub annotations: Value,
}

pub static FUNCTION_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(function_dealloc),
    tp_traverse: Some(function_traverse),
    tp_clear: Some(function_clear),
    tp_call: Some(function_vectorcall),
    tp_new: Some(crate::objects::function_new::function_new),
    tp_repr: Some(function_repr),
    tp_descr_get: Some(function_descr_get),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    tp_setattro: Some(crate::ops::attr::generic_setattr),
    dictoffset: std::mem::offset_of!(FunctionObject, dict),
    getsets: FUNCTION_GETSETS,
    ..TypeObject::new_static(
        "function",
        std::mem::size_of::<FunctionObject>(),
        TPFLAGS_HAVE_GC | TPFLAGS_METHOD_DESCRIPTOR,
    )
});

#[inline(always)]
pub fn is_function(v: Value) -> bool {
    v.is_ptr() && type_of(v) == FUNCTION_TYPE.ptr()
}

#[inline(always)]
pub fn fobj(v: Value) -> *mut FunctionObject {
    v.cast::<FunctionObject>()
}

/// New function for `code` with `globals` (borrowed); `builtins` is the
/// builtins dict the function's frames use. The docstring is the first
/// constant when it is a str; `__module__` is `globals['__name__']`.
pub fn new_function(code_v: Value, globals: Value, builtins: Value, qualname: Value) -> Value {
    let c = code::data(code_v);
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(FUNCTION_TYPE.ptr(), std::mem::size_of::<FunctionObject>());
        if o.is_null() {
            return Value::NULL;
        }
        let f = o as *mut FunctionObject;
        (*f).code = new_ref(code_v);
        (*f).globals = new_ref(globals);
        (*f).builtins = new_ref(builtins);
        (*f).name = new_ref(c.name);
        (*f).qualname = new_ref(if qualname.is_null() {
            c.qualname
        } else {
            qualname
        });
        let doc = match c.consts.first() {
            Some(&d) if pystr::is_str(d) => d,
            _ => none(),
        };
        (*f).doc = new_ref(doc);
        (*f).module = new_ref(dict::get_str(globals, "__name__").unwrap_or_else(none));
        gc::track(o);
        Value::from_obj(o)
    }
}

/// Set `__defaults__` etc. from MAKE_FUNCTION operands (stolen, may be
/// null).
pub fn set_extras(
    fv: Value,
    defaults: Value,
    kwdefaults: Value,
    annotations: Value,
    closure: Value,
) {
    let f = fobj(fv);
    // SAFETY: f is a function being built.
    unsafe {
        xsetref(&mut (*f).defaults, defaults);
        xsetref(&mut (*f).kwdefaults, kwdefaults);
        xsetref(&mut (*f).annotations, annotations);
        xsetref(&mut (*f).closure, closure);
    }
}

unsafe extern "C" fn function_vectorcall(
    callable: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    boundary(|| call_function(callable, args, nargs, kwnames, Value::NULL))
}

/// Call a Python function: bind into a new frame and run it (or create
/// the generator). `locals` is the namespace for class bodies (else null).
pub unsafe fn call_function(
    fv: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
    locals: Value,
) -> Value {
    let f = fobj(fv);
    let c: &CodeData = code::data((*f).code);
    let fr = frame::new_frame((*f).code, (*f).globals, (*f).builtins, locals, fv);
    if fr.is_null() {
        return Value::NULL;
    }
    if !bind_arguments(f, c, fr, args, nargs, kwnames) {
        decref(Value::from_obj(fr));
        return Value::NULL;
    }
    let r = crate::interp::eval_frame(fr, Value::NULL);
    decref(Value::from_obj(fr));
    r
}

/// Store the call's arguments into the frame's parameter slots.
unsafe fn bind_arguments(
    f: *mut FunctionObject,
    c: &CodeData,
    fr: *mut FrameObject,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> bool {
    let slots = frame::slots(fr);
    if bind_fast(f, c, slots, args, nargs, kwnames) {
        return true;
    }
    bind_general(f, c, slots, args, nargs, kwnames)
}

/// The allocation-free binder for calls that need no `*args`/`**kwargs`
/// collection: positional arguments, keywords naming parameters, and
/// defaults. Returns false, with every slot still unbound, when the call
/// needs the general binder (which also produces the error messages).
#[inline]
unsafe fn bind_fast(
    f: *mut FunctionObject,
    c: &CodeData,
    slots: *mut Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> bool {
    let argcount = c.argcount;
    if c.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) != 0 || nargs > argcount {
        return false;
    }
    let nparams = argcount + c.kwonlyargcount;
    for i in 0..nargs {
        let v = *args.add(i);
        incref(v);
        *slots.add(i) = v;
    }
    if nargs == nparams && kwnames.is_null() {
        return true;
    }
    let undo = || {
        for i in 0..nparams {
            clear_slot(&mut *slots.add(i));
        }
        false
    };
    if !kwnames.is_null() {
        let names = tuple::as_slice(kwnames);
        let params = &c.localsplus_names[..nparams.min(c.localsplus_names.len())];
        let kwargs = args.add(nargs);
        for (j, &name) in names.iter().enumerate() {
            let lo = c.posonlyargcount.min(params.len());
            let mut found = params[lo..].iter().position(|&p| p == name);
            if found.is_none() {
                if !pystr::is_str(name) {
                    return undo();
                }
                found = params[lo..].iter().position(|&p| pystr::str_eq(p, name));
            }
            let Some(k) = found else {
                return undo();
            };
            let slot = slots.add(lo + k);
            if !(*slot).is_null() {
                return undo();
            }
            let v = *kwargs.add(j);
            incref(v);
            *slot = v;
        }
    }
    if nargs < argcount {
        let defaults = (*f).defaults;
        let nd = if defaults.is_null() {
            0
        } else {
            tuple::len(defaults)
        };
        for i in nargs..argcount {
            let slot = slots.add(i);
            if !(*slot).is_null() {
                continue;
            }
            if i + nd < argcount {
                return undo();
            }
            let v = tuple::as_slice(defaults)[i + nd - argcount];
            incref(v);
            *slot = v;
        }
    }
    if c.kwonlyargcount > 0 {
        let kwdefaults = (*f).kwdefaults;
        for i in argcount..nparams {
            let slot = slots.add(i);
            if !(*slot).is_null() {
                continue;
            }
            if kwdefaults.is_null() || i >= c.localsplus_names.len() {
                return undo();
            }
            match dict::get_item(kwdefaults, c.localsplus_names[i]) {
                Ok(Some(v)) => {
                    incref(v);
                    *slot = v;
                }
                Ok(None) => return undo(),
                Err(()) => {
                    clear();
                    return undo();
                }
            }
        }
    }
    true
}

unsafe fn bind_general(
    f: *mut FunctionObject,
    c: &CodeData,
    slots: *mut Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> bool {
    let nparams = c.argcount + c.kwonlyargcount;
    let params: Vec<&str> = c.param_names[..nparams]
        .iter()
        .map(|s| s.as_str())
        .collect();
    let defaults = (*f).defaults;
    let nd = if defaults.is_null() {
        0
    } else {
        tuple::len(defaults)
    };
    let kwdefaults = (*f).kwdefaults;
    let kwonly_required: Vec<bool> = params[c.argcount..]
        .iter()
        .map(|n| kwdefaults.is_null() || dict::get_str(kwdefaults, n).is_none())
        .collect();
    let qual = pystr::as_str((*f).qualname).to_string();
    let spec = ArgSpec {
        fname: &qual,
        params: &params,
        posonly: c.posonlyargcount,
        required: c.argcount.saturating_sub(nd),
        kwonly: c.kwonlyargcount,
        varargs: c.flags & co_flags::VARARGS != 0,
        varkw: c.flags & co_flags::VARKEYWORDS != 0,
    };
    let mut out = vec![Value::NULL; nparams];
    let Ok(col) = bind(&spec, &kwonly_required, args, nargs, kwnames, &mut out) else {
        return false;
    };
    for (i, v) in out.iter().enumerate() {
        let v = if !v.is_null() {
            *v
        } else if i < c.argcount {
            tuple::as_slice(defaults)[i + nd - c.argcount]
        } else {
            match dict::get_str(kwdefaults, params[i]) {
                Some(d) => d,
                None => continue,
            }
        };
        incref(v);
        *slots.add(i) = v;
    }
    let (va, vk) = col.take();
    let mut k = nparams;
    if spec.varargs {
        *slots.add(k) = va;
        k += 1;
    }
    if spec.varkw {
        *slots.add(k) = vk;
    }
    true
}

unsafe fn function_descr_get(descr: Value, obj: Value, _ty: Value) -> Value {
    if obj.is_null() {
        return new_ref(descr);
    }
    crate::objects::method::new_method(descr, obj)
}

unsafe fn function_repr(v: Value) -> Value {
    let f = fobj(v);
    pystr::from_string(format!(
        "<function {} at {:#x}>",
        pystr::as_str((*f).qualname),
        v.0
    ))
}

unsafe fn function_dealloc(o: *mut Object) {
    gc::untrack(o);
    function_clear(o);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn function_clear(o: *mut Object) -> i32 {
    let f = o as *mut FunctionObject;
    clear_slot(&mut (*f).code);
    clear_slot(&mut (*f).globals);
    clear_slot(&mut (*f).builtins);
    clear_slot(&mut (*f).name);
    clear_slot(&mut (*f).qualname);
    clear_slot(&mut (*f).doc);
    clear_slot(&mut (*f).defaults);
    clear_slot(&mut (*f).kwdefaults);
    clear_slot(&mut (*f).closure);
    clear_slot(&mut (*f).dict);
    clear_slot(&mut (*f).module);
    clear_slot(&mut (*f).annotations);
    0
}

unsafe fn function_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let f = o as *mut FunctionObject;
    for v in [
        (*f).code,
        (*f).globals,
        (*f).defaults,
        (*f).kwdefaults,
        (*f).closure,
        (*f).dict,
        (*f).module,
        (*f).annotations,
        (*f).doc,
    ] {
        let r = visit_value(v, visit, arg);
        if r != 0 {
            return r;
        }
    }
    0
}

fn or_none(v: Value) -> Value {
    if v.is_null() {
        none()
    } else {
        new_ref(v)
    }
}

unsafe fn get_name(v: Value) -> Value {
    new_ref((*fobj(v)).name)
}
unsafe fn set_name(v: Value, x: Value) -> i32 {
    if x.is_null() || !pystr::is_str(x) {
        raise_type_error("__name__ must be set to a string object");
        return -1;
    }
    xsetref(&mut (*fobj(v)).name, new_ref(x));
    0
}
unsafe fn get_qualname(v: Value) -> Value {
    new_ref((*fobj(v)).qualname)
}
unsafe fn set_qualname(v: Value, x: Value) -> i32 {
    if x.is_null() || !pystr::is_str(x) {
        raise_type_error("__qualname__ must be set to a string object");
        return -1;
    }
    xsetref(&mut (*fobj(v)).qualname, new_ref(x));
    0
}
unsafe fn get_doc(v: Value) -> Value {
    or_none((*fobj(v)).doc)
}
unsafe fn set_doc(v: Value, x: Value) -> i32 {
    let x = if x.is_null() { none() } else { x };
    xsetref(&mut (*fobj(v)).doc, new_ref(x));
    0
}
unsafe fn get_module(v: Value) -> Value {
    or_none((*fobj(v)).module)
}
unsafe fn set_module(v: Value, x: Value) -> i32 {
    let x = if x.is_null() { none() } else { x };
    xsetref(&mut (*fobj(v)).module, new_ref(x));
    0
}
unsafe fn get_defaults(v: Value) -> Value {
    or_none((*fobj(v)).defaults)
}
unsafe fn set_defaults(v: Value, x: Value) -> i32 {
    let nv = if x.is_null() || crate::objects::singletons::is_none(x) {
        Value::NULL
    } else if tuple::is_tuple(x) {
        new_ref(x)
    } else {
        raise_type_error("__defaults__ must be set to a tuple object");
        return -1;
    };
    xsetref(&mut (*fobj(v)).defaults, nv);
    0
}
unsafe fn get_kwdefaults(v: Value) -> Value {
    or_none((*fobj(v)).kwdefaults)
}
unsafe fn set_kwdefaults(v: Value, x: Value) -> i32 {
    let nv = if x.is_null() || crate::objects::singletons::is_none(x) {
        Value::NULL
    } else if dict::is_dict(x) {
        new_ref(x)
    } else {
        raise_type_error("__kwdefaults__ must be set to a dict object");
        return -1;
    };
    xsetref(&mut (*fobj(v)).kwdefaults, nv);
    0
}
unsafe fn get_code(v: Value) -> Value {
    new_ref((*fobj(v)).code)
}
unsafe fn set_code(v: Value, x: Value) -> i32 {
    if x.is_null() || !code::is_code(x) {
        raise_type_error("__code__ must be set to a code object");
        return -1;
    }
    xsetref(&mut (*fobj(v)).code, new_ref(x));
    0
}
unsafe fn get_globals(v: Value) -> Value {
    new_ref((*fobj(v)).globals)
}
unsafe fn get_builtins(v: Value) -> Value {
    new_ref((*fobj(v)).builtins)
}
unsafe fn get_closure(v: Value) -> Value {
    or_none((*fobj(v)).closure)
}
unsafe fn get_dict(v: Value) -> Value {
    let f = fobj(v);
    if (*f).dict.is_null() {
        (*f).dict = dict::dict_new();
        if (*f).dict.is_null() {
            return Value::NULL;
        }
    }
    new_ref((*f).dict)
}
unsafe fn set_dict(v: Value, x: Value) -> i32 {
    if x.is_null() || !dict::is_dict(x) {
        raise_type_error("__dict__ must be set to a dictionary");
        return -1;
    }
    xsetref(&mut (*fobj(v)).dict, new_ref(x));
    0
}
unsafe fn get_annotations(v: Value) -> Value {
    let f = fobj(v);
    if (*f).annotations.is_null() {
        (*f).annotations = dict::dict_new();
        if (*f).annotations.is_null() {
            return Value::NULL;
        }
    } else if tuple::is_tuple((*f).annotations) {
        // MAKE_FUNCTION gives a flat (name, value, ...) tuple.
        let d = dict::dict_new();
        if d.is_null() {
            return d;
        }
        let items = tuple::as_slice((*f).annotations);
        for pair in items.chunks(2) {
            if pair.len() == 2 && dict::set_item(d, pair[0], pair[1]) < 0 {
                decref(d);
                return Value::NULL;
            }
        }
        xsetref(&mut (*f).annotations, d);
    }
    new_ref((*f).annotations)
}
unsafe fn set_annotations(v: Value, x: Value) -> i32 {
    let nv = if x.is_null() || crate::objects::singletons::is_none(x) {
        Value::NULL
    } else if dict::is_dict(x) {
        new_ref(x)
    } else {
        raise_type_error("__annotations__ must be set to a dict object");
        return -1;
    };
    xsetref(&mut (*fobj(v)).annotations, nv);
    0
}

macro_rules! gs {
    ($name:literal, $g:ident) => {
        crate::call::descr::GetSetDef {
            name: $name,
            get: $g,
            set: None,
            doc: "",
        }
    };
    ($name:literal, $g:ident, $s:ident) => {
        crate::call::descr::GetSetDef {
            name: $name,
            get: $g,
            set: Some($s),
            doc: "",
        }
    };
}

static FUNCTION_GETSETS: &[crate::call::descr::GetSetDef] = &[
    gs!("__name__", get_name, set_name),
    gs!("__qualname__", get_qualname, set_qualname),
    gs!("__doc__", get_doc, set_doc),
    gs!("__module__", get_module, set_module),
    gs!("__defaults__", get_defaults, set_defaults),
    gs!("__kwdefaults__", get_kwdefaults, set_kwdefaults),
    gs!("__code__", get_code, set_code),
    gs!("__globals__", get_globals),
    gs!("__builtins__", get_builtins),
    gs!("__closure__", get_closure),
    gs!("__dict__", get_dict, set_dict),
    gs!("__annotations__", get_annotations, set_annotations),
];
