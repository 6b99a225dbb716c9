//! `type`, the metatype: attribute access on classes (metatype data
//! descriptors, then the class MRO with `__get__(None, cls)`, then other
//! metatype attributes), attribute assignment (with version-tag
//! invalidation; static types are immutable), calling a class (`__new__`
//! then `__init__`), and creating heap types with `type(name, bases, ns)`.
//!
//! `type` is itself heap-allocatable: metaclasses are subclasses of `type`
//! whose instances are `TypeObject`s (plus their own fields), so classes and
//! metaclasses created at run time share one layout.

use crate::call::descr::GetSetDef;
use crate::call::vectorcall::kw_count;
use crate::errors::panic::boundary;
use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::{decref, incref, new_ref, Object, Static, Value};
use crate::objects::object::{type_module, type_qualname, OBJECT_TYPE};
use crate::objects::{dict, singletons::none, str as pystr, tuple};
use crate::types::lookup::{add_subclass, remove_subclass, type_lookup, type_modified};
use crate::types::typeobject::*;

#[export_name = "pyrt_type_type"]
pub static TYPE_TYPE: Static<TypeObject> = Static::new(TypeObject {
    ob: Object {
        refcnt: crate::object::header::IMMORTAL_REFCNT,
        ty: TYPE_TYPE.ptr(),
    },
    tp_repr: Some(type_repr),
    nb: TYPE_NUMBER_SLOTS,
    tp_getattro: Some(type_getattro),
    tp_setattro: Some(type_setattro),
    tp_call: Some(type_call),
    tp_new: Some(type_new),
    tp_init: Some(type_init),
    tp_dealloc: Some(type_dealloc),
    tp_traverse: Some(type_traverse),
    tp_clear: Some(type_clear),
    tp_is_gc: Some(type_is_gc),
    dictoffset: std::mem::offset_of!(TypeObject, dict),
    getsets: TYPE_GETSETS,
    methods: TYPE_METHODS,
    doc: Some("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"),
    ..TypeObject::new_static(
        "type",
        std::mem::size_of::<TypeObject>(),
        TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_TYPE_SUBCLASS,
    )
});

/// `type.__or__` / `type.__ror__`: `int | str` is a `types.UnionType`.
const TYPE_NUMBER_SLOTS: crate::types::slots::NumberSlots = {
    let mut t: [Option<crate::types::slots::BinaryFn>; crate::types::slots::NB_BINARY_COUNT] =
        [None; crate::types::slots::NB_BINARY_COUNT];
    t[crate::types::slots::BinOp::Or as usize] = Some(crate::objects::genericalias::union_or);
    crate::types::slots::NumberSlots {
        binary: t,
        ..crate::types::slots::NumberSlots::EMPTY
    }
};

#[inline]
fn as_type(v: Value) -> *mut TypeObject {
    v.as_obj() as *mut TypeObject
}

/// Whether `v` is a type object (an instance of `type` or a metaclass).
#[inline]
pub fn is_type(v: Value) -> bool {
    // SAFETY: valid value.
    v.is_ptr() && unsafe { (*type_of(v)).has_flag(TPFLAGS_TYPE_SUBCLASS) }
}

unsafe fn type_is_gc(o: *mut Object) -> bool {
    (*(o as *mut TypeObject)).is_heap_type()
}

unsafe fn type_repr(v: Value) -> Value {
    let ty = as_type(v);
    let module = type_module(ty);
    let q = type_qualname(ty);
    if module == "builtins" {
        pystr::from_string(format!("<class '{q}'>"))
    } else {
        pystr::from_string(format!("<class '{module}.{q}'>"))
    }
}

/// `type.__getattribute__(cls, name)`.
pub unsafe fn type_getattro(v: Value, name: Value) -> Value {
    if !pystr::is_str(name) {
        return crate::type_error!("attribute name must be string, not '{}'", type_name(name));
    }
    let ty = as_type(v);
    let meta = type_of(v);
    let meta_attr = type_lookup(meta, name);
    let mut meta_get = None;
    if !meta_attr.is_null() {
        incref(meta_attr);
        let mt = type_of(meta_attr);
        meta_get = (*mt).tp_descr_get;
        if let Some(g) = meta_get {
            if (*mt).tp_descr_set.is_some() {
                let r = g(meta_attr, v, Value::from_obj(meta));
                decref(meta_attr);
                return r;
            }
        }
    }
    let attr = type_lookup(ty, name);
    if !attr.is_null() {
        crate::object::xdecref(meta_attr);
        incref(attr);
        if let Some(g) = (*type_of(attr)).tp_descr_get {
            let r = g(attr, Value::NULL, v);
            decref(attr);
            return r;
        }
        return attr;
    }
    if let Some(g) = meta_get {
        let r = g(meta_attr, v, Value::from_obj(meta));
        decref(meta_attr);
        return r;
    }
    if !meta_attr.is_null() {
        return meta_attr;
    }
    raise_attribute_error(format!(
        "type object '{}' has no attribute '{}'",
        (*ty).name(),
        pystr::as_str(name)
    ))
}

/// `type.__setattr__(cls, name, value)` (value null = delete).
unsafe fn type_setattro(v: Value, name: Value, value: Value) -> i32 {
    let ty = as_type(v);
    if !pystr::is_str(name) {
        crate::type_error!("attribute name must be string, not '{}'", type_name(name));
        return -1;
    }
    if (*ty).has_flag(TPFLAGS_IMMUTABLETYPE) || !(*ty).is_heap_type() {
        crate::type_error!(
            "cannot set '{}' attribute of immutable type '{}'",
            pystr::as_str(name),
            (*ty).name()
        );
        return -1;
    }
    let name = pystr::intern_value(new_ref(name));
    type_modified(ty);
    let r = crate::ops::attr::generic_setattr(v, name, value);
    if r < 0 && value.is_null() && matches(crate::errors::exceptions::ATTRIBUTE_ERROR.ptr()) {
        clear();
        raise_attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            (*ty).name(),
            pystr::as_str(name)
        ));
    }
    if r == 0 {
        crate::types::slotdefs::update_slot(ty, name);
    }
    r
}

/// Calling a class: `type(x)`, or `cls.__new__(cls, ...)` followed by
/// `__init__` when the result is an instance of `cls`.
unsafe extern "C" fn type_call(
    callable: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    boundary(|| call_type(as_type(callable), args, nargs, kwnames))
}

/// Body of `type_call` (also used by the ABI).
pub unsafe fn call_type(
    ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    if ty == TYPE_TYPE.ptr() && nargs == 1 && kw_count(kwnames) == 0 {
        return new_ref(Value::from_obj(type_of(*args)));
    }
    let Some(new) = (*ty).tp_new else {
        return crate::type_error!("cannot create '{}' instances", type_qualname(ty));
    };
    let obj = new(ty, args, nargs, kwnames);
    if obj.is_null() || !is_subtype(type_of(obj), ty) {
        return obj;
    }
    if ty == TYPE_TYPE.ptr() && nargs == 1 {
        return obj;
    }
    if let Some(init) = (*type_of(obj)).tp_init {
        if init(obj, args, nargs, kwnames) < 0 {
            decref(obj);
            return Value::NULL;
        }
    }
    obj
}

unsafe fn type_init(_v: Value, _args: *const Value, nargs: usize, kwnames: Value) -> i32 {
    if nargs != 1 && nargs != 3 {
        raise_type_error("type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    let _ = kwnames;
    0
}

/// Solid base: the most derived base whose instance layout differs from
/// its own base's.
unsafe fn solid_base(ty: *mut TypeObject) -> *mut TypeObject {
    let base = (*ty).base;
    if base.is_null() {
        return ty;
    }
    let sb = solid_base(base);
    let extra_dict_only = (*ty).basicsize == (*base).basicsize
        || ((*ty).is_heap_type()
            && (*ty).ht_slots.is_null()
            && (*ty).basicsize == (*base).basicsize + std::mem::size_of::<Value>()
            && (*base).dictoffset == 0);
    if extra_dict_only {
        sb
    } else {
        ty
    }
}

unsafe fn best_base(bases: &[Value]) -> Result<*mut TypeObject, ()> {
    let mut winner: *mut TypeObject = std::ptr::null_mut();
    let mut base: *mut TypeObject = std::ptr::null_mut();
    for &b in bases {
        let bt = as_type(b);
        if !(*bt).has_flag(TPFLAGS_BASETYPE) {
            crate::type_error!("type '{}' is not an acceptable base type", (*bt).name());
            return Err(());
        }
        let candidate = solid_base(bt);
        if winner.is_null() {
            winner = candidate;
            base = bt;
        } else if is_subtype(winner, candidate) {
        } else if is_subtype(candidate, winner) {
            winner = candidate;
            base = bt;
        } else {
            raise_type_error("multiple bases have instance lay-out conflict");
            return Err(());
        }
    }
    Ok(base)
}

/// `type.__new__(meta, name, bases, ns)` and the one-argument form.
pub unsafe fn type_new(
    meta: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    if meta == TYPE_TYPE.ptr() && nargs == 1 && kw_count(kwnames) == 0 {
        return new_ref(Value::from_obj(type_of(*args)));
    }
    if nargs != 3 {
        return raise_type_error("type() takes 1 or 3 arguments");
    }
    let (name, bases, ns) = (*args, *args.add(1), *args.add(2));
    if !pystr::is_str(name) {
        return crate::type_error!(
            "type.__new__() argument 1 must be str, not {}",
            type_name(name)
        );
    }
    if !tuple::is_tuple(bases) {
        return crate::type_error!(
            "type.__new__() argument 2 must be tuple, not {}",
            type_name(bases)
        );
    }
    if !dict::is_dict(ns) {
        return crate::type_error!(
            "type.__new__() argument 3 must be dict, not {}",
            type_name(ns)
        );
    }
    let mut base_items: Vec<Value> = tuple::as_slice(bases).to_vec();
    // Most derived metaclass.
    let mut winner = meta;
    for &b in &base_items {
        let t = type_of(b);
        if is_subtype(winner, t) {
            continue;
        }
        if is_subtype(t, winner) {
            winner = t;
            continue;
        }
        return raise_type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        );
    }
    // As CPython: the metaclass is computed first, then the bases checked.
    for &b in &base_items {
        if !is_type(b) {
            return raise_type_error("bases must be types");
        }
    }
    if winner != meta {
        if let Some(f) = (*winner).tp_new {
            if f as usize != type_new as crate::types::slots::NewFn as usize {
                return f(winner, args, nargs, kwnames);
            }
        }
    }
    let meta = winner;
    for (i, &b) in base_items.iter().enumerate() {
        if base_items[..i].contains(&b) {
            return crate::type_error!("duplicate base class {}", (*as_type(b)).name());
        }
    }
    if base_items.is_empty() {
        base_items.push(Value::from_obj(OBJECT_TYPE.ptr()));
    }
    let Ok(base) = best_base(&base_items) else {
        return Value::NULL;
    };
    let bases_t = tuple::tuple_pack(&base_items);
    if bases_t.is_null() {
        return bases_t;
    }
    let nsd = dict::copy(ns);
    if nsd.is_null() {
        decref(bases_t);
        return nsd;
    }
    // Without `__module__` in the namespace, the class takes the calling
    // code's `__name__`, as CPython does for `type(name, bases, ns)`.
    if dict::get_str(nsd, "__module__").is_none() {
        let frame = crate::interp::state::current_frame();
        if !frame.is_null() && dict::is_dict((*frame).globals) {
            if let Some(modname) = dict::get_str((*frame).globals, "__name__") {
                if dict::set_str(nsd, "__module__", modname) < 0 {
                    decref(bases_t);
                    decref(nsd);
                    return Value::NULL;
                }
            }
        }
    }
    // __qualname__ comes from the namespace when given.
    let qualname = match dict::get_str(nsd, "__qualname__") {
        Some(q) if !pystr::is_str(q) => {
            decref(bases_t);
            decref(nsd);
            return crate::type_error!("type __qualname__ must be a str, not {}", type_name(q));
        }
        Some(q) => {
            let q = new_ref(q);
            let key = pystr::intern("__qualname__");
            let _ = dict::del_item(nsd, key);
            q
        }
        None => new_ref(name),
    };
    if dict::get_str(nsd, "__doc__").is_none() && dict::set_str(nsd, "__doc__", none()) < 0 {
        decref(bases_t);
        decref(nsd);
        decref(qualname);
        return Value::NULL;
    }
    let o = alloc_object(
        meta,
        (*meta).basicsize.max(std::mem::size_of::<TypeObject>()),
    );
    if o.is_null() {
        decref(bases_t);
        decref(nsd);
        decref(qualname);
        return Value::NULL;
    }
    let ty = o as *mut TypeObject;
    let header = std::ptr::read(&(*ty).ob);
    std::ptr::write(ty, TypeObject::new_static("", 0, 0));
    (*ty).ob = header;
    let name_owned = pystr::new_str(pystr::as_str(name));
    (*ty).ht_name = name_owned;
    (*ty).name_ptr = pystr::as_str(name_owned).as_ptr();
    (*ty).name_len = pystr::as_str(name_owned).len();
    (*ty).ht_qualname = qualname;
    (*ty).flags = TPFLAGS_HEAPTYPE
        | TPFLAGS_BASETYPE
        | TPFLAGS_HAVE_GC
        | ((*base).flags & TPFLAGS_INHERITED_MASK);
    (*ty).base = base;
    (*ty).bases = bases_t;
    (*ty).dict = nsd;
    (*ty).itemsize = (*base).itemsize;
    (*ty).basicsize = (*base).basicsize;
    (*ty).dictoffset = (*base).dictoffset;
    if crate::types::slotdefs::setup_slots(ty, nsd) < 0 {
        discard_new_type(o);
        return Value::NULL;
    }
    (*ty).tp_dealloc = Some(crate::objects::object::subtype_dealloc);
    (*ty).tp_traverse = Some(crate::objects::object::subtype_traverse);
    (*ty).tp_clear = Some(crate::objects::object::subtype_clear);
    if crate::types::ready::ready_type(ty) < 0 {
        discard_new_type(o);
        return Value::NULL;
    }
    crate::types::slotdefs::fixup_slots(ty);
    gc::track(o);
    let cls = Value::from_obj(o);
    if set_names(ty) < 0 || init_subclass(ty, args.add(nargs), kwnames) < 0 {
        discard_new_type(o);
        return Value::NULL;
    }
    cls
}

/// Drop a type whose creation failed: its dict's descriptors refer back to
/// it, so break that cycle first.
unsafe fn discard_new_type(o: *mut Object) {
    let exc = fetch();
    type_clear(o);
    decref(Value::from_obj(o));
    restore(exc);
}

/// Call `value.__set_name__(cls, name)` for every class attribute whose
/// type defines it (PEP 487).
unsafe fn set_names(ty: *mut TypeObject) -> i32 {
    let cls = Value::from_obj(ty);
    for (k, v) in dict::items_vec((*ty).dict) {
        let mut rc = 0;
        let f = type_lookup(type_of(v), crate::id!(__set_name__));
        if !f.is_null() {
            let r = crate::types::slotdefs::generic::call_dunder(v, "__set_name__", &[cls, k])
                .unwrap_or(Value::NULL);
            if r.is_null() {
                rc = -1;
            } else {
                decref(r);
            }
        }
        decref(k);
        decref(v);
        if rc < 0 {
            return -1;
        }
    }
    0
}

/// `super(cls, cls).__init_subclass__(**kwargs)`: the first definition
/// after `cls` in its MRO, bound to `cls`. `kwvalues` are the keyword
/// argument values named by `kwnames` (the class statement's keywords).
unsafe fn init_subclass(ty: *mut TypeObject, kwvalues: *const Value, kwnames: Value) -> i32 {
    let cls = Value::from_obj(ty);
    let mut found = Value::NULL;
    for &t in tuple::mro_slice((*ty).mro).iter().skip(1) {
        let d = (*as_type(t)).dict;
        if let Some(v) = dict::get_str(d, "__init_subclass__") {
            found = v;
            break;
        }
    }
    if found.is_null() {
        return 0;
    }
    new_ref(found);
    let bound = match (*type_of(found)).tp_descr_get {
        Some(get) => get(found, Value::NULL, cls),
        None => new_ref(found),
    };
    decref(found);
    if bound.is_null() {
        return -1;
    }
    let nkw = kw_count(kwnames);
    let r = crate::call::vectorcall::vectorcall(
        bound,
        kwvalues,
        0,
        if nkw == 0 { Value::NULL } else { kwnames },
    );
    decref(bound);
    if r.is_null() {
        return -1;
    }
    decref(r);
    0
}

unsafe fn type_dealloc(o: *mut Object) {
    let ty = o as *mut TypeObject;
    debug_assert!((*ty).is_heap_type(), "static types are immortal");
    gc::untrack(o);
    if !(*ty).bases.is_null() {
        for &b in tuple::as_slice((*ty).bases) {
            remove_subclass(as_type(b), ty);
        }
    }
    type_clear_fields(ty);
    if !(*ty).subclasses.is_null() {
        drop(Box::from_raw((*ty).subclasses));
        (*ty).subclasses = std::ptr::null_mut();
    }
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn type_clear_fields(ty: *mut TypeObject) {
    use crate::object::refcount::clear_slot;
    type_modified(ty);
    clear_slot(&mut (*ty).bases);
    crate::types::mro::release_mro(&mut (*ty).mro);
    clear_slot(&mut (*ty).dict);
    clear_slot(&mut (*ty).ht_slots);
    clear_slot(&mut (*ty).ht_qualname);
    // The name bytes live in ht_name: point at a static empty name first.
    (*ty).name_ptr = "".as_ptr();
    (*ty).name_len = 0;
    clear_slot(&mut (*ty).ht_name);
}

unsafe fn type_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let ty = o as *mut TypeObject;
    for v in [(*ty).dict, (*ty).bases, Value::from_obj((*o).ty)] {
        let r = visit_value(v, visit, arg);
        if r != 0 {
            return r;
        }
    }
    0
}

unsafe fn type_clear(o: *mut Object) -> i32 {
    let ty = o as *mut TypeObject;
    type_modified(ty);
    if !(*ty).dict.is_null() {
        dict::clear_dict((*ty).dict);
    }
    crate::types::mro::release_mro(&mut (*ty).mro);
    0
}

unsafe fn get_name(v: Value) -> Value {
    let ty = as_type(v);
    let n = (*ty).name();
    if (*ty).is_heap_type() {
        return pystr::new_str(n);
    }
    // A static type's name may carry its module: `types.GenericAlias`.
    pystr::new_str(n.rsplit_once('.').map_or(n, |(_, q)| q))
}
unsafe fn get_qualname(v: Value) -> Value {
    pystr::from_string(type_qualname(as_type(v)))
}
unsafe fn get_module(v: Value) -> Value {
    let ty = as_type(v);
    if (*ty).is_heap_type() {
        if let Some(m) = dict::get_str((*ty).dict, "__module__") {
            return new_ref(m);
        }
        return raise_attribute_error("__module__");
    }
    pystr::from_string(crate::objects::object::type_module(ty))
}
unsafe fn get_mro(v: Value) -> Value {
    let m = (*as_type(v)).mro;
    if m.is_null() {
        none()
    } else {
        // A copy: the internal tuple borrows its first item.
        tuple::tuple_pack(tuple::as_slice(m))
    }
}
unsafe fn get_bases(v: Value) -> Value {
    let b = (*as_type(v)).bases;
    if b.is_null() {
        tuple::empty_tuple()
    } else {
        new_ref(b)
    }
}
unsafe fn get_base(v: Value) -> Value {
    let b = (*as_type(v)).base;
    if b.is_null() {
        none()
    } else {
        new_ref(Value::from_obj(b))
    }
}
unsafe fn get_dict(v: Value) -> Value {
    // A snapshot: mutating it must not bypass version tags. (A read-only
    // mappingproxy arrives with the mapping types.)
    dict::copy((*as_type(v)).dict)
}
unsafe fn get_doc(v: Value) -> Value {
    let ty = as_type(v);
    if (*ty).is_heap_type() {
        return new_ref(dict::get_str((*ty).dict, "__doc__").unwrap_or(none()));
    }
    match (*ty).doc {
        Some(d) => pystr::new_str(d),
        None => none(),
    }
}

/// Common checks for assigning a special attribute of a class: heap types
/// only, no deletion, and (for names) a str value. 0 or -1.
unsafe fn check_special_set(v: Value, value: Value, attr: &str, need_str: bool) -> i32 {
    let ty = as_type(v);
    if (*ty).has_flag(TPFLAGS_IMMUTABLETYPE) || !(*ty).is_heap_type() {
        crate::type_error!(
            "cannot set '{attr}' attribute of immutable type '{}'",
            (*ty).name()
        );
        return -1;
    }
    if value.is_null() {
        crate::type_error!(
            "cannot delete '{attr}' attribute of immutable type '{}'",
            (*ty).name()
        );
        return -1;
    }
    if need_str && !pystr::is_str(value) {
        crate::type_error!(
            "can only assign string to {}.{attr}, not '{}'",
            (*ty).name(),
            type_name(value)
        );
        return -1;
    }
    0
}

unsafe fn set_name(v: Value, value: Value) -> i32 {
    if check_special_set(v, value, "__name__", true) < 0 {
        return -1;
    }
    if pystr::as_str(value).contains('\0') {
        crate::errors::raise_value_error("type name must not contain null characters");
        return -1;
    }
    let ty = as_type(v);
    let old = std::mem::replace(&mut (*ty).ht_name, new_ref(value));
    (*ty).name_ptr = pystr::as_str(value).as_ptr();
    (*ty).name_len = pystr::as_str(value).len();
    crate::object::xdecref(old);
    0
}

unsafe fn set_qualname(v: Value, value: Value) -> i32 {
    if check_special_set(v, value, "__qualname__", true) < 0 {
        return -1;
    }
    let ty = as_type(v);
    let old = std::mem::replace(&mut (*ty).ht_qualname, new_ref(value));
    crate::object::xdecref(old);
    0
}

/// `__module__` and `__doc__` of a heap class live in its namespace dict.
unsafe fn set_in_dict(v: Value, value: Value, attr: &'static str) -> i32 {
    if check_special_set(v, value, attr, false) < 0 {
        return -1;
    }
    let ty = as_type(v);
    type_modified(ty);
    dict::set_str((*ty).dict, attr, value)
}

unsafe fn set_module(v: Value, value: Value) -> i32 {
    set_in_dict(v, value, "__module__")
}

unsafe fn set_doc(v: Value, value: Value) -> i32 {
    set_in_dict(v, value, "__doc__")
}

static TYPE_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__name__",
        get: get_name,
        set: Some(set_name),
        doc: "",
    },
    GetSetDef {
        name: "__qualname__",
        get: get_qualname,
        set: Some(set_qualname),
        doc: "",
    },
    GetSetDef {
        name: "__module__",
        get: get_module,
        set: Some(set_module),
        doc: "",
    },
    GetSetDef {
        name: "__mro__",
        get: get_mro,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__bases__",
        get: get_bases,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__base__",
        get: get_base,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__dict__",
        get: get_dict,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__doc__",
        get: get_doc,
        set: Some(set_doc),
        doc: "",
    },
];

/// `type.mro(cls)`: a fresh C3 linearization of `cls` as a list.
unsafe fn type_mro_method(v: Value) -> Value {
    let ty = as_type(v);
    if (*ty).bases.is_null() || tuple::as_slice((*ty).bases).is_empty() {
        return crate::objects::list::list_from_vec(vec![new_ref(v)]);
    }
    let mut m = crate::types::mro::compute_mro(ty);
    if m.is_null() {
        return Value::NULL;
    }
    let items: Vec<Value> = tuple::as_slice(m).iter().map(|&t| new_ref(t)).collect();
    crate::types::mro::release_mro(&mut m);
    crate::objects::list::list_from_vec(items)
}

/// `type.__subclasses__(cls)`: the live direct subclasses, oldest first
/// (the registry does not own them; a dying class removes itself).
unsafe fn type_subclasses_method(v: Value) -> Value {
    let ty = as_type(v);
    let mut items = Vec::new();
    if !(*ty).subclasses.is_null() {
        for &s in (*(*ty).subclasses).iter() {
            // A class being torn down by the collector has lost its MRO.
            if (*s).mro.is_null() {
                continue;
            }
            items.push(new_ref(Value::from_obj(s)));
        }
    }
    crate::objects::list::list_from_vec(items)
}

static TYPE_METHODS: &[crate::call::builtin::MethodDef] = &[
    crate::call::builtin::MethodDef {
        name: "mro",
        imp: crate::call::builtin::MethodImpl::NoArgs(type_mro_method),
        doc: "Return a type's method resolution order.",
    },
    crate::call::builtin::MethodDef {
        name: "__subclasses__",
        imp: crate::call::builtin::MethodImpl::NoArgs(type_subclasses_method),
        doc: "Return a list of immediate subclasses.",
    },
];

/// Register `ty` with its bases for version-tag invalidation.
pub unsafe fn link_subclass(ty: *mut TypeObject) {
    if (*ty).bases.is_null() {
        return;
    }
    for &b in tuple::as_slice((*ty).bases) {
        add_subclass(as_type(b), ty);
    }
}
