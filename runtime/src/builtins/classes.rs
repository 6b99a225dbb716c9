//! Class machinery exposed as builtins: `__build_class__` (metaclass
//! selection, `__prepare__`, running the class body with the namespace as
//! its locals, filling the `__class__` cell), `super` (explicit and
//! zero-argument forms), and the descriptors `property`, `classmethod`
//! and `staticmethod`.

use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::{clear_slot, xsetref};
use crate::object::{decref, incref, new_ref, xdecref, Object, Static, Value};
use crate::objects::singletons::{is_none, none};
use crate::objects::{cell, code, dict, frame, function, str as pystr, tuple};
use crate::types::typeobject::*;
use crate::types::typetype::{is_type, TYPE_TYPE};

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
///
/// Bases that are not classes but define `__mro_entries__` (PEP 560) are
/// replaced by the tuple it returns; the original bases are then recorded
/// as `__orig_bases__` in the class namespace.
pub unsafe fn build_class(_m: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value {
    if nargs < 2 {
        return raise_type_error("__build_class__: not enough arguments");
    }
    let given = crate::object::value::slice_from(args.add(2), nargs - 2);
    if given.iter().all(|&b| is_type(b)) {
        return build_class_resolved(args, nargs, kwnames, Value::NULL);
    }
    let orig = tuple::tuple_pack(given);
    if orig.is_null() {
        return orig;
    }
    // Owned references to the resolved bases (and the entries' tuples).
    let mut owned: Vec<Value> = Vec::new();
    let mut resolved: Vec<Value> = vec![*args, *args.add(1)];
    let mut changed = false;
    let fail = |owned: Vec<Value>, orig: Value| {
        for v in owned {
            decref(v);
        }
        decref(orig);
        Value::NULL
    };
    for &b in given {
        if is_type(b) {
            resolved.push(b);
            continue;
        }
        let meth = match crate::ops::attr::lookup_attr(b, crate::id!(__mro_entries__)) {
            Ok(Some(m)) => m,
            Ok(None) => {
                resolved.push(b);
                continue;
            }
            Err(()) => return fail(owned, orig),
        };
        let entries = crate::call::vectorcall::call(meth, &[orig], Value::NULL);
        decref(meth);
        if entries.is_null() {
            return fail(owned, orig);
        }
        if !tuple::is_tuple(entries) {
            decref(entries);
            raise_type_error("__mro_entries__ must return a tuple");
            return fail(owned, orig);
        }
        resolved.extend_from_slice(tuple::as_slice(entries));
        owned.push(entries);
        changed = true;
    }
    let nbases = resolved.len();
    if !kwnames.is_null() {
        let nkw = tuple::as_slice(kwnames).len();
        resolved.extend_from_slice(crate::object::value::slice_from(args.add(nargs), nkw));
    }
    let r = build_class_resolved(
        resolved.as_ptr(),
        nbases,
        kwnames,
        if changed { orig } else { Value::NULL },
    );
    for v in owned {
        decref(v);
    }
    decref(orig);
    r
}

/// `__build_class__` once every base is final; `orig_bases` (or null) is
/// stored as `__orig_bases__` in the namespace after the body runs.
unsafe fn build_class_resolved(
    args: *const Value,
    nargs: usize,
    kwnames: Value,
    orig_bases: Value,
) -> Value {
    let func = *args;
    let name = *args.add(1);
    if !function::is_function(func) {
        return raise_type_error("__build_class__: func must be a function");
    }
    if !pystr::is_str(name) {
        return raise_type_error("__build_class__: name is not a string");
    }
    let bases_v: Vec<Value> = crate::object::value::slice_from(args.add(2), nargs - 2).to_vec();
    let bases = tuple::tuple_pack(&bases_v);
    if bases.is_null() {
        return bases;
    }
    // Keyword arguments other than metaclass go to __prepare__, the
    // metaclass call and __init_subclass__.
    let mut meta = Value::NULL;
    let mut kw_names = Vec::new();
    let mut kw_vals = Vec::new();
    if !kwnames.is_null() {
        for (k, &n) in tuple::as_slice(kwnames).iter().enumerate() {
            let v = *args.add(nargs + k);
            if pystr::as_str(n) == "metaclass" {
                meta = v;
            } else {
                kw_names.push(n);
                kw_vals.push(v);
            }
        }
    }
    let is_class_meta = meta.is_null() || is_type(meta);
    let mut meta = if meta.is_null() {
        if bases_v.is_empty() {
            Value::from_obj(TYPE_TYPE.ptr())
        } else {
            Value::from_obj(type_of(bases_v[0]))
        }
    } else {
        meta
    };
    if is_class_meta {
        // The most derived metaclass among meta and the bases' types.
        let mut winner = meta.as_obj() as *mut TypeObject;
        for &b in &bases_v {
            let t = type_of(b);
            if is_subtype(winner, t) {
                continue;
            }
            if is_subtype(t, winner) {
                winner = t;
                continue;
            }
            decref(bases);
            return raise_type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            );
        }
        meta = Value::from_obj(winner);
    }
    let kwt = if kw_names.is_empty() {
        Value::NULL
    } else {
        tuple::tuple_pack(&kw_names)
    };
    let mut call_args = vec![name, bases];
    call_args.extend_from_slice(&kw_vals);
    let ns = match crate::ops::attr::lookup_attr(meta, crate::id!(__prepare__)) {
        Ok(Some(p)) => {
            let r = crate::call::vectorcall::call(p, &call_args, kwt);
            decref(p);
            r
        }
        Ok(None) => dict::dict_new(),
        Err(()) => Value::NULL,
    };
    if ns.is_null() {
        decref(bases);
        xdecref(kwt);
        return ns;
    }
    if (*type_of(ns)).mp.mp_subscript.is_none() {
        let who = if is_type(meta) {
            (*(meta.as_obj() as *mut TypeObject)).name().to_string()
        } else {
            "<metaclass>".to_string()
        };
        crate::type_error!(
            "{who}.__prepare__() must return a mapping, not {}",
            type_name(ns)
        );
        decref(ns);
        decref(bases);
        xdecref(kwt);
        return Value::NULL;
    }
    let body = function::call_function(func, std::ptr::null(), 0, Value::NULL, ns);
    if body.is_null() {
        decref(ns);
        decref(bases);
        xdecref(kwt);
        return body;
    }
    if !orig_bases.is_null()
        && crate::ops::protocol::set_item(ns, crate::id!(__orig_bases__), orig_bases) < 0
    {
        decref(body);
        decref(ns);
        decref(bases);
        xdecref(kwt);
        return Value::NULL;
    }
    // Implicit class methods (as `type.__new__` makes them).
    if dict::is_dict(ns) {
        for n in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = dict::get_str(ns, n) {
                if function::is_function(f) {
                    let cm = crate::call::vectorcall::call(
                        Value::from_obj(CLASSMETHOD_TYPE.ptr()),
                        &[f],
                        Value::NULL,
                    );
                    if cm.is_null() || dict::set_str(ns, n, cm) < 0 {
                        xdecref(cm);
                        decref(body);
                        decref(ns);
                        decref(bases);
                        xdecref(kwt);
                        return Value::NULL;
                    }
                    decref(cm);
                }
            }
        }
    }
    let mut margs = vec![name, bases, ns];
    margs.extend_from_slice(&kw_vals);
    let mut cls = crate::call::vectorcall::call(meta, &margs, kwt);
    // `type.__new__` fills the `__class__` cell from `__classcell__`; a
    // metaclass that dropped it from the namespace leaves it empty.
    if !cls.is_null() && is_type(cls) && cell::is_cell(body) && cell::get(body) != cls {
        let got = cell::get(body);
        let name_r = crate::ops::protocol::repr(name);
        let cls_r = crate::ops::protocol::repr(cls);
        if !name_r.is_null() && !cls_r.is_null() {
            let (n, c) = (pystr::as_str(name_r), pystr::as_str(cls_r));
            if got.is_null() {
                raise_runtime_error(format!(
                    "__class__ not set defining {n} as {c}. Was __classcell__ propagated to type.__new__?"
                ));
            } else {
                let g = crate::ops::protocol::repr(got);
                if !g.is_null() {
                    crate::type_error!("__class__ set to {} defining {n} as {c}", pystr::as_str(g));
                    decref(g);
                }
            }
        }
        xdecref(name_r);
        xdecref(cls_r);
        decref(cls);
        cls = Value::NULL;
    }
    decref(body);
    decref(ns);
    decref(bases);
    xdecref(kwt);
    cls
}

#[repr(C)]
pub struct SuperObject {
    pub ob: Object,
    pub ty: Value,
    pub obj: Value,
    pub obj_type: Value,
}

pub static SUPER_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_new: Some(super_new),
    tp_dealloc: Some(super_dealloc),
    tp_traverse: Some(super_traverse),
    tp_getattro: Some(super_getattro),
    tp_repr: Some(super_repr),
    tp_descr_get: Some(super_descr_get),
    getsets: SUPER_GETSETS,
    ..TypeObject::new_static(
        "super",
        std::mem::size_of::<SuperObject>(),
        TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
    )
});

/// A field of a super object as a new reference, None when unset.
unsafe fn super_field(v: Value) -> Value {
    if v.is_null() {
        none()
    } else {
        new_ref(v)
    }
}
unsafe fn super_thisclass(v: Value) -> Value {
    super_field((*sobj(v)).ty)
}
unsafe fn super_self(v: Value) -> Value {
    super_field((*sobj(v)).obj)
}
unsafe fn super_self_class(v: Value) -> Value {
    super_field((*sobj(v)).obj_type)
}

static SUPER_GETSETS: &[crate::call::descr::GetSetDef] = &[
    crate::call::descr::GetSetDef {
        name: "__thisclass__",
        get: super_thisclass,
        set: Some(readonly_member),
        doc: "the class invoking super()",
    },
    crate::call::descr::GetSetDef {
        name: "__self__",
        get: super_self,
        set: Some(readonly_member),
        doc: "the instance invoking super(); may be None",
    },
    crate::call::descr::GetSetDef {
        name: "__self_class__",
        get: super_self_class,
        set: Some(readonly_member),
        doc: "the type of the instance invoking super(); may be None",
    },
];

/// The type `super(ty, obj)` searches after: `type(obj)`, or `obj` itself
/// when it is a subclass of `ty` (class methods).
unsafe fn super_check(ty: *mut TypeObject, obj: Value) -> *mut TypeObject {
    if is_type(obj) && is_subtype(obj.as_obj() as *mut TypeObject, ty) {
        return obj.as_obj() as *mut TypeObject;
    }
    if is_subtype(type_of(obj), ty) {
        return type_of(obj);
    }
    if let Ok(Some(c)) = crate::ops::attr::lookup_attr(obj, crate::id!(__class__)) {
        if is_type(c) && is_subtype(c.as_obj() as *mut TypeObject, ty) {
            let t = c.as_obj() as *mut TypeObject;
            decref(c);
            return t;
        }
        decref(c);
    }
    raise_type_error("super(type, obj): obj must be an instance or subtype of type");
    std::ptr::null_mut()
}

unsafe fn new_super(ty: *mut TypeObject, obj: Value) -> Value {
    let obj_type = if obj.is_null() {
        std::ptr::null_mut()
    } else {
        let t = super_check(ty, obj);
        if t.is_null() {
            return Value::NULL;
        }
        t
    };
    let o = alloc_object(SUPER_TYPE.ptr(), std::mem::size_of::<SuperObject>());
    if o.is_null() {
        return Value::NULL;
    }
    let s = o as *mut SuperObject;
    (*s).ty = new_ref(Value::from_obj(ty));
    (*s).obj = if obj.is_null() { obj } else { new_ref(obj) };
    (*s).obj_type = if obj_type.is_null() {
        Value::NULL
    } else {
        new_ref(Value::from_obj(obj_type))
    };
    gc::track(o);
    Value::from_obj(o)
}

unsafe fn super_new(_t: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        return raise_type_error("super() takes no keyword arguments");
    }
    let a = crate::object::value::slice_from(args, nargs);
    match a.len() {
        0 => zero_arg_super(),
        1 | 2 => {
            if !is_type(a[0]) {
                return crate::type_error!(
                    "super() argument 1 must be a type, not {}",
                    type_name(a[0])
                );
            }
            let obj = if a.len() == 2 && !is_none(a[1]) {
                a[1]
            } else {
                Value::NULL
            };
            new_super(a[0].as_obj() as *mut TypeObject, obj)
        }
        n => crate::type_error!("super() takes at most 2 arguments ({n} given)"),
    }
}

/// `super()` inside a method: `__class__` from the frame's cell and the
/// first argument of the frame.
unsafe fn zero_arg_super() -> Value {
    let f = crate::interp::state::current_frame();
    if f.is_null() {
        return raise_runtime_error("super(): no current frame");
    }
    let c = code::data((*f).code);
    if c.argcount == 0 && c.flags & pyc_frontend::bytecode::code::co_flags::VARARGS == 0 {
        return raise_runtime_error("super(): no arguments");
    }
    let slots = frame::slots(f);
    let mut first = *slots;
    // An argument captured by a closure lives in a cell in its own slot.
    if !first.is_null() && cell::is_cell(first) && c.src.cell2arg.contains(&Some(0)) {
        first = cell::get(first);
    }
    if first.is_null() {
        return raise_runtime_error("super(): arg[0] deleted");
    }
    let mut class_cell = Value::NULL;
    for (i, &n) in c.localsplus_names.iter().enumerate().skip(c.free_start) {
        if pystr::as_str(n) == "__class__" {
            class_cell = *slots.add(i);
        }
    }
    if class_cell.is_null() || !cell::is_cell(class_cell) {
        return raise_runtime_error("super(): __class__ cell not found");
    }
    let cls = cell::get(class_cell);
    if cls.is_null() {
        return raise_runtime_error("super(): empty __class__ cell");
    }
    if !is_type(cls) {
        return raise_runtime_error("super(): __class__ is not a type");
    }
    new_super(cls.as_obj() as *mut TypeObject, first)
}

fn sobj(v: Value) -> *mut SuperObject {
    v.cast::<SuperObject>()
}

unsafe fn super_getattro(v: Value, name: Value) -> Value {
    let s = sobj(v);
    let start = (*s).obj_type;
    let skip = !pystr::is_str(name) || pystr::as_str(name) == "__class__";
    if !start.is_null() && !skip {
        let st = start.as_obj() as *mut TypeObject;
        let mro = (*st).mro;
        if !mro.is_null() {
            let items = tuple::as_slice(mro);
            let mut i = 0;
            while i < items.len() && items[i] != (*s).ty {
                i += 1;
            }
            i += 1;
            while i < items.len() {
                let t = items[i].as_obj() as *mut TypeObject;
                let d = (*t).dict;
                if !d.is_null() {
                    if let Ok(Some(res)) = dict::get_item(d, name) {
                        incref(res);
                        if let Some(g) = (*type_of(res)).tp_descr_get {
                            let obj = if (*s).obj == start {
                                Value::NULL
                            } else {
                                (*s).obj
                            };
                            let r = g(res, obj, start);
                            decref(res);
                            return r;
                        }
                        return res;
                    }
                }
                i += 1;
            }
        }
    }
    crate::ops::attr::generic_getattr(v, name)
}

unsafe fn super_descr_get(v: Value, obj: Value, _ty: Value) -> Value {
    let s = sobj(v);
    if obj.is_null() || is_none(obj) || !(*s).obj.is_null() {
        return new_ref(v);
    }
    new_super((*s).ty.as_obj() as *mut TypeObject, obj)
}

unsafe fn super_repr(v: Value) -> Value {
    let s = sobj(v);
    let tn = (*((*s).ty.as_obj() as *mut TypeObject)).name().to_string();
    if (*s).obj_type.is_null() {
        return pystr::from_string(format!("<super: <class '{tn}'>, NULL>"));
    }
    let on = (*((*s).obj_type.as_obj() as *mut TypeObject))
        .name()
        .to_string();
    pystr::from_string(format!("<super: <class '{tn}'>, <{on} object>>"))
}

unsafe fn super_dealloc(o: *mut Object) {
    gc::untrack(o);
    let s = o as *mut SuperObject;
    clear_slot(&mut (*s).ty);
    clear_slot(&mut (*s).obj);
    clear_slot(&mut (*s).obj_type);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn super_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let s = o as *mut SuperObject;
    for v in [(*s).ty, (*s).obj, (*s).obj_type] {
        let r = visit_value(v, visit, arg);
        if r != 0 {
            return r;
        }
    }
    0
}

/// `property`, `classmethod` and `staticmethod` share one layout.
#[repr(C)]
pub struct DescrObject {
    pub ob: Object,
    pub dict: Value,
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name given by `property.__set_name__` (null until
    /// then; unused by classmethod/staticmethod).
    pub name: Value,
}

macro_rules! descr_type {
    ($static:ident, $name:literal, $get:expr, $set:expr, $init:expr, $methods:expr, $getsets:expr, $call:expr) => {
        pub static $static: Static<TypeObject> = Static::new(TypeObject {
            tp_new: Some(descr_new),
            tp_init: Some($init),
            tp_dealloc: Some(descr_dealloc),
            tp_traverse: Some(descr_traverse),
            tp_descr_get: Some($get),
            tp_descr_set: $set,
            tp_call: $call,
            tp_getattro: Some(crate::ops::attr::generic_getattr),
            tp_setattro: Some(crate::ops::attr::generic_setattr),
            dictoffset: std::mem::offset_of!(DescrObject, dict),
            methods: $methods,
            getsets: $getsets,
            ..TypeObject::new_static(
                $name,
                std::mem::size_of::<DescrObject>(),
                TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
            )
        });
    };
}

descr_type!(
    PROPERTY_TYPE,
    "property",
    property_get,
    Some(property_set),
    property_init,
    PROPERTY_METHODS,
    PROPERTY_GETSETS,
    None
);
descr_type!(
    CLASSMETHOD_TYPE,
    "classmethod",
    classmethod_get,
    None,
    wrapper_init,
    &[],
    WRAPPER_GETSETS,
    None
);
descr_type!(
    STATICMETHOD_TYPE,
    "staticmethod",
    staticmethod_get,
    None,
    wrapper_init,
    &[],
    WRAPPER_GETSETS,
    Some(staticmethod_call)
);

fn dobj(v: Value) -> *mut DescrObject {
    v.cast::<DescrObject>()
}

unsafe fn descr_new(ty: *mut TypeObject, _a: *const Value, _n: usize, _k: Value) -> Value {
    crate::objects::object::alloc_instance(ty)
}

unsafe fn descr_dealloc(o: *mut Object) {
    gc::untrack(o);
    let d = o as *mut DescrObject;
    clear_slot(&mut (*d).dict);
    clear_slot(&mut (*d).fget);
    clear_slot(&mut (*d).fset);
    clear_slot(&mut (*d).fdel);
    clear_slot(&mut (*d).doc);
    clear_slot(&mut (*d).name);
    let ty = (*o).ty as *mut TypeObject;
    if (*ty).is_heap_type() {
        // Heap subclasses: release slots/dict through the generic path
        // already done above; free here.
    }
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn descr_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let d = o as *mut DescrObject;
    for v in [
        (*d).dict,
        (*d).fget,
        (*d).fset,
        (*d).fdel,
        (*d).doc,
        (*d).name,
    ] {
        let r = visit_value(v, visit, arg);
        if r != 0 {
            return r;
        }
    }
    0
}

fn opt(v: Value) -> Value {
    if v.is_null() || is_none(v) {
        Value::NULL
    } else {
        new_ref(v)
    }
}

unsafe fn property_init(p: Value, args: *const Value, nargs: usize, kw: Value) -> i32 {
    let mut out = [Value::NULL; 4];
    let spec = crate::call::argparse::ArgSpec {
        fname: "property",
        params: &["fget", "fset", "fdel", "doc"],
        posonly: 0,
        required: 0,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args(&spec, args, nargs, kw, &mut out).is_err() {
        return -1;
    }
    let d = dobj(p);
    xsetref(&mut (*d).fget, opt(out[0]));
    xsetref(&mut (*d).fset, opt(out[1]));
    xsetref(&mut (*d).fdel, opt(out[2]));
    let doc = if !out[3].is_null() && !is_none(out[3]) {
        new_ref(out[3])
    } else if !(*d).fget.is_null() {
        match crate::ops::attr::lookup_attr((*d).fget, crate::id!(__doc__)) {
            Ok(Some(v)) => v,
            Ok(None) => Value::NULL,
            Err(()) => return -1,
        }
    } else {
        Value::NULL
    };
    xsetref(&mut (*d).doc, doc);
    0
}

/// `property 'x'` (the name from `__set_name__`) or bare `property` for
/// error messages, as CPython 3.11.
unsafe fn property_label(p: Value) -> String {
    let n = (*dobj(p)).name;
    if n.is_null() {
        return "property".to_string();
    }
    let r = crate::ops::protocol::repr(n);
    if r.is_null() {
        clear();
        return "property".to_string();
    }
    let s = format!("property {}", pystr::as_str(r));
    decref(r);
    s
}

unsafe fn property_get(p: Value, obj: Value, _ty: Value) -> Value {
    if obj.is_null() {
        return new_ref(p);
    }
    let d = dobj(p);
    if (*d).fget.is_null() {
        return raise_attribute_error(format!(
            "{} of '{}' object has no getter",
            property_label(p),
            type_name(obj)
        ));
    }
    crate::call::vectorcall::call((*d).fget, &[obj], Value::NULL)
}

unsafe fn property_set(p: Value, obj: Value, value: Value) -> i32 {
    let d = dobj(p);
    let (f, what) = if value.is_null() {
        ((*d).fdel, "deleter")
    } else {
        ((*d).fset, "setter")
    };
    if f.is_null() {
        raise_attribute_error(format!(
            "{} of '{}' object has no {what}",
            property_label(p),
            type_name(obj)
        ));
        return -1;
    }
    let r = if value.is_null() {
        crate::call::vectorcall::call(f, &[obj], Value::NULL)
    } else {
        crate::call::vectorcall::call(f, &[obj, value], Value::NULL)
    };
    if r.is_null() {
        return -1;
    }
    decref(r);
    0
}

/// A copy of property `p` with one accessor replaced.
unsafe fn property_copy(p: Value, which: usize, f: Value) -> Value {
    let d = dobj(p);
    let mut parts = [(*d).fget, (*d).fset, (*d).fdel, (*d).doc];
    parts[which] = f;
    let args: Vec<Value> = parts
        .iter()
        .map(|&v| if v.is_null() { none() } else { v })
        .collect();
    let r = crate::call::vectorcall::call(Value::from_obj(type_of(p)), &args, Value::NULL);
    if !r.is_null() && is_subtype(type_of(r), PROPERTY_TYPE.ptr()) && (*dobj(r)).name.is_null() {
        crate::object::xincref((*d).name);
        (*dobj(r)).name = (*d).name;
    }
    r
}

/// `property.__set_name__(owner, name)`: remember the attribute name.
unsafe fn m_set_name(p: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("__set_name__ expected 2 arguments, got {}", args.len());
    }
    xsetref(&mut (*dobj(p)).name, new_ref(args[1]));
    none()
}

unsafe fn m_getter(p: Value, f: Value) -> Value {
    property_copy(p, 0, f)
}
unsafe fn m_setter(p: Value, f: Value) -> Value {
    property_copy(p, 1, f)
}
unsafe fn m_deleter(p: Value, f: Value) -> Value {
    property_copy(p, 2, f)
}

unsafe fn get_fget(p: Value) -> Value {
    let v = (*dobj(p)).fget;
    if v.is_null() {
        none()
    } else {
        new_ref(v)
    }
}
unsafe fn get_fset(p: Value) -> Value {
    let v = (*dobj(p)).fset;
    if v.is_null() {
        none()
    } else {
        new_ref(v)
    }
}
unsafe fn get_fdel(p: Value) -> Value {
    let v = (*dobj(p)).fdel;
    if v.is_null() {
        none()
    } else {
        new_ref(v)
    }
}
unsafe fn get_doc(p: Value) -> Value {
    let v = (*dobj(p)).doc;
    if v.is_null() {
        none()
    } else {
        new_ref(v)
    }
}
unsafe fn set_doc(p: Value, v: Value) -> i32 {
    xsetref(&mut (*dobj(p)).doc, opt(v));
    0
}

static PROPERTY_METHODS: &[crate::call::builtin::MethodDef] = &[
    crate::call::builtin::MethodDef {
        name: "__set_name__",
        imp: crate::call::builtin::MethodImpl::Fast(m_set_name),
        doc: "Method to set name of a property.",
    },
    crate::call::builtin::MethodDef {
        name: "getter",
        imp: crate::call::builtin::MethodImpl::O(m_getter),
        doc: "",
    },
    crate::call::builtin::MethodDef {
        name: "setter",
        imp: crate::call::builtin::MethodImpl::O(m_setter),
        doc: "",
    },
    crate::call::builtin::MethodDef {
        name: "deleter",
        imp: crate::call::builtin::MethodImpl::O(m_deleter),
        doc: "",
    },
];

static PROPERTY_GETSETS: &[crate::call::descr::GetSetDef] = &[
    crate::call::descr::GetSetDef {
        name: "fget",
        get: get_fget,
        set: Some(readonly_member),
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "fset",
        get: get_fset,
        set: Some(readonly_member),
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "fdel",
        get: get_fdel,
        set: Some(readonly_member),
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "__doc__",
        get: get_doc,
        set: Some(set_doc),
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "__isabstractmethod__",
        get: get_isabstract,
        set: None,
        doc: "",
    },
];

/// Whether `f` (borrowed, may be null) has a true `__isabstractmethod__`:
/// Ok(bool), or Err with an exception set.
unsafe fn is_abstract(f: Value) -> Result<bool, ()> {
    if f.is_null() {
        return Ok(false);
    }
    match crate::ops::attr::lookup_attr(f, crate::id!(__isabstractmethod__)) {
        Ok(Some(v)) => {
            let t = crate::ops::protocol::is_true(v);
            decref(v);
            if t < 0 {
                Err(())
            } else {
                Ok(t == 1)
            }
        }
        Ok(None) => Ok(false),
        Err(()) => Err(()),
    }
}

/// `__isabstractmethod__` of property (any accessor abstract) and of
/// classmethod/staticmethod (the wrapped callable's; it is in `fget`).
unsafe fn get_isabstract(p: Value) -> Value {
    let d = dobj(p);
    for f in [(*d).fget, (*d).fset, (*d).fdel] {
        match is_abstract(f) {
            Ok(true) => return crate::objects::bool::from_bool(true),
            Ok(false) => {}
            Err(()) => return Value::NULL,
        }
    }
    crate::objects::bool::from_bool(false)
}

unsafe fn wrapper_init(w: Value, args: *const Value, nargs: usize, kw: Value) -> i32 {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        crate::type_error!("{}() takes no keyword arguments", type_name(w));
        return -1;
    }
    if nargs != 1 {
        crate::type_error!("{} expected 1 argument, got {nargs}", type_name(w));
        return -1;
    }
    xsetref(&mut (*dobj(w)).fget, new_ref(*args));
    // Copy __doc__, __name__, __qualname__, __module__ as functools.wraps
    // would (3.10+).
    let d = crate::ops::attr::instance_dict(w);
    if !d.is_null() {
        for n in ["__doc__", "__name__", "__qualname__", "__module__"] {
            if let Ok(Some(v)) = crate::ops::attr::lookup_attr(*args, pystr::intern(n)) {
                dict::set_str(d, n, v);
                decref(v);
            }
        }
        dict::set_str(d, "__wrapped__", *args);
    }
    clear();
    0
}

unsafe fn classmethod_get(w: Value, obj: Value, ty: Value) -> Value {
    let f = (*dobj(w)).fget;
    if f.is_null() {
        return raise_runtime_error("uninitialized classmethod object");
    }
    let cls = if !ty.is_null() && !is_none(ty) {
        ty
    } else {
        Value::from_obj(type_of(obj))
    };
    if let Some(g) = (*type_of(f)).tp_descr_get {
        if !function::is_function(f) {
            return g(f, cls, Value::from_obj(type_of(cls)));
        }
    }
    crate::objects::method::new_method(f, cls)
}

unsafe fn staticmethod_get(w: Value, _obj: Value, _ty: Value) -> Value {
    let f = (*dobj(w)).fget;
    if f.is_null() {
        return raise_runtime_error("uninitialized staticmethod object");
    }
    new_ref(f)
}

unsafe extern "C" fn staticmethod_call(
    callable: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    crate::errors::panic::boundary(|| {
        let f = (*dobj(callable)).fget;
        crate::call::vectorcall::vectorcall(f, args, nargs, kwnames)
    })
}

/// Setter of attributes CPython exposes as read-only members.
unsafe fn readonly_member(_o: Value, _v: Value) -> i32 {
    raise_attribute_error("readonly attribute");
    -1
}

unsafe fn get_func(w: Value) -> Value {
    get_fget(w)
}

static WRAPPER_GETSETS: &[crate::call::descr::GetSetDef] = &[
    crate::call::descr::GetSetDef {
        name: "__func__",
        get: get_func,
        set: Some(readonly_member),
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "__isabstractmethod__",
        get: get_isabstract,
        set: None,
        doc: "",
    },
];
