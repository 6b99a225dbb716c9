//! `module`: a namespace object whose attributes live in its dict
//! (`__dict__`, owned, never null after creation). Missing attributes
//! consult a module-level `__getattr__` (PEP 562) before raising
//! `AttributeError("module 'm' has no attribute 'x'")`.

use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::clear_slot;
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::{dict, singletons::none, str as pystr};
use crate::types::typeobject::*;

#[repr(C)]
pub struct ModuleObject {
    pub ob: Object,
    pub dict: Value,
}

pub static MODULE_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(module_dealloc),
    tp_traverse: Some(module_traverse),
    tp_clear: Some(module_clear),
    tp_repr: Some(module_repr),
    tp_getattro: Some(module_getattro),
    tp_setattro: Some(crate::ops::attr::generic_setattr),
    tp_new: Some(module_new),
    tp_init: Some(module_init),
    dictoffset: std::mem::offset_of!(ModuleObject, dict),
    getsets: MODULE_GETSETS,
    ..TypeObject::new_static(
        "module",
        std::mem::size_of::<ModuleObject>(),
        TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
    )
});

/// New module named `name` with a fresh dict holding `__name__`,
/// `__doc__` (None), `__package__` (None), `__loader__` and `__spec__`
/// (None). New reference.
pub fn new_module(name: &str) -> Value {
    let d = dict::dict_new();
    if d.is_null() {
        return d;
    }
    let n = pystr::new_str(name);
    if n.is_null() {
        decref(d);
        return n;
    }
    let ok = dict::set_str(d, "__name__", n) == 0
        && dict::set_str(d, "__doc__", none()) == 0
        && dict::set_str(d, "__package__", none()) == 0
        && dict::set_str(d, "__loader__", none()) == 0
        && dict::set_str(d, "__spec__", none()) == 0;
    decref(n);
    if !ok {
        decref(d);
        return Value::NULL;
    }
    let m = new_module_with_dict(MODULE_TYPE.ptr(), d);
    decref(d);
    m
}

fn new_module_with_dict(ty: *mut TypeObject, d: Value) -> Value {
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(ty, (*ty).basicsize.max(std::mem::size_of::<ModuleObject>()));
        if o.is_null() {
            return Value::NULL;
        }
        (*(o as *mut ModuleObject)).dict = new_ref(d);
        gc::track(o);
        Value::from_obj(o)
    }
}

#[inline]
pub fn is_module(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), MODULE_TYPE.ptr())
}

/// The module's dict (borrowed).
#[inline]
pub fn module_dict(m: Value) -> Value {
    // SAFETY: m is a module.
    unsafe { (*m.cast::<ModuleObject>()).dict }
}

/// The module's `__name__` as text ("?" when missing).
pub fn module_name(m: Value) -> String {
    match dict::get_str(module_dict(m), "__name__") {
        Some(n) if pystr::is_str(n) => pystr::as_str(n).to_string(),
        _ => "?".to_string(),
    }
}

unsafe fn module_new(ty: *mut TypeObject, _a: *const Value, _n: usize, _k: Value) -> Value {
    let d = dict::dict_new();
    if d.is_null() {
        return d;
    }
    let m = new_module_with_dict(ty, d);
    decref(d);
    m
}

unsafe fn module_init(m: Value, args: *const Value, nargs: usize, kw: Value) -> i32 {
    let mut out = [Value::NULL; 2];
    let spec = crate::call::argparse::ArgSpec {
        fname: "module",
        params: &["name", "doc"],
        posonly: 0,
        required: 1,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args(&spec, args, nargs, kw, &mut out).is_err() {
        return -1;
    }
    if !pystr::is_str(out[0]) {
        crate::type_error!(
            "module.__init__() argument 'name' must be str, not {}",
            type_name(out[0])
        );
        return -1;
    }
    let d = module_dict(m);
    let doc = if out[1].is_null() { none() } else { out[1] };
    if dict::set_str(d, "__name__", out[0]) < 0 || dict::set_str(d, "__doc__", doc) < 0 {
        return -1;
    }
    for k in ["__package__", "__loader__", "__spec__"] {
        if dict::get_str(d, k).is_none() && dict::set_str(d, k, none()) < 0 {
            return -1;
        }
    }
    0
}

unsafe fn module_getattro(m: Value, name: Value) -> Value {
    let r = crate::ops::attr::generic_getattr(m, name);
    if !r.is_null() || !matches(crate::errors::exceptions::ATTRIBUTE_ERROR.ptr()) {
        return r;
    }
    clear();
    let d = module_dict(m);
    if let Some(g) = dict::get_str(d, "__getattr__") {
        let g = new_ref(g);
        let r = crate::call::vectorcall::call(g, &[name], Value::NULL);
        decref(g);
        return r;
    }
    raise_attribute_error(format!(
        "module '{}' has no attribute '{}'",
        module_name(m),
        pystr::as_str(name)
    ))
}

unsafe fn module_repr(m: Value) -> Value {
    let d = module_dict(m);
    let name = module_name(m);
    match dict::get_str(d, "__file__") {
        Some(f) if pystr::is_str(f) => {
            pystr::from_string(format!("<module '{name}' from '{}'>", pystr::as_str(f)))
        }
        // Modules CPython compiles into the interpreter show as built-in.
        _ if matches!(name.as_ref(), "sys" | "builtins" | "time" | "itertools") => {
            pystr::from_string(format!("<module '{name}' (built-in)>"))
        }
        _ => pystr::from_string(format!("<module '{name}'>")),
    }
}

unsafe fn module_dealloc(o: *mut Object) {
    gc::untrack(o);
    clear_slot(&mut (*(o as *mut ModuleObject)).dict);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn module_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    visit_value((*(o as *mut ModuleObject)).dict, visit, arg)
}

unsafe fn module_clear(o: *mut Object) -> i32 {
    clear_slot(&mut (*(o as *mut ModuleObject)).dict);
    0
}

unsafe fn get_dict(m: Value) -> Value {
    new_ref(module_dict(m))
}

static MODULE_GETSETS: &[crate::call::descr::GetSetDef] = &[crate::call::descr::GetSetDef {
    name: "__dict__",
    get: get_dict,
    set: None,
    doc: "",
}];
