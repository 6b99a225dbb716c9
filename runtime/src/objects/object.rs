//! `object`, the root of every MRO: default repr/str/hash/comparison,
//! generic attribute access, `object.__new__`/`object.__init__` with
//! CPython's excess-argument rules, and the deallocation/traversal used for
//! instances of heap types (`subtype_*`).

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::call::descr::GetSetDef;
use crate::call::vectorcall::kw_count;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::{decref, Object, Static, Value};
use crate::objects::singletons::{is_not_implemented, not_implemented};
use crate::objects::str as pystr;
use crate::types::slots::CompareOp;
use crate::types::typeobject::*;

#[export_name = "pyrt_type_object"]
pub static OBJECT_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(object_repr),
    tp_str: Some(object_str),
    tp_hash: Some(object_hash),
    tp_richcompare: Some(object_richcompare),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    tp_setattro: Some(crate::ops::attr::generic_setattr),
    tp_init: Some(object_init),
    tp_new: Some(object_new),
    tp_dealloc: Some(crate::object::alloc::free_and_release_type),
    getsets: OBJECT_GETSETS,
    methods: OBJECT_METHODS,
    classmethods: OBJECT_CLASSMETHODS,
    doc: Some(
        "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments \
         and returns a new featureless\ninstance that has no instance attributes and cannot \
         be given any.\n",
    ),
    ..TypeObject::new_static("object", std::mem::size_of::<Object>(), TPFLAGS_BASETYPE)
});

/// `__module__` of a type as text: for static types the part of the name
/// before the last dot (`types.GenericAlias`), else "builtins".
pub fn type_module(ty: *mut TypeObject) -> String {
    // SAFETY: valid type.
    unsafe {
        if (*ty).is_heap_type() && !(*ty).dict.is_null() {
            if let Some(m) = crate::objects::dict::get_str((*ty).dict, "__module__") {
                if pystr::is_str(m) {
                    return pystr::as_str(m).to_string();
                }
            }
        }
        // A static type named `module.Name` (types.GenericAlias).
        if !(*ty).is_heap_type() {
            if let Some((m, _)) = (*ty).name().rsplit_once('.') {
                return m.to_string();
            }
        }
    }
    "builtins".to_string()
}

/// `__qualname__` of a type as text (for a static type, its name after
/// the module prefix).
pub fn type_qualname(ty: *mut TypeObject) -> String {
    // SAFETY: valid type.
    unsafe {
        if (*ty).is_heap_type() && !(*ty).ht_qualname.is_null() {
            return pystr::as_str((*ty).ht_qualname).to_string();
        }
        let name = (*ty).name();
        name.rsplit_once('.').map_or(name, |(_, n)| n).to_string()
    }
}

/// `object.__repr__`: `<module.Qualname object at 0x...>`.
pub fn object_repr_value(v: Value) -> Value {
    let ty = type_of(v);
    let module = type_module(ty);
    let q = type_qualname(ty);
    let text = if module == "builtins" {
        format!("<{q} object at {:#x}>", v.0)
    } else {
        format!("<{module}.{q} object at {:#x}>", v.0)
    };
    pystr::from_string(text)
}

unsafe fn object_repr(v: Value) -> Value {
    object_repr_value(v)
}

/// `object.__str__`: the type's repr slot called directly, so a bad
/// `__repr__` result is reported by `str()` as `__str__ returned
/// non-string`, as in CPython.
unsafe fn object_str(v: Value) -> Value {
    match (*type_of(v)).tp_repr {
        Some(f) => f(v),
        None => object_repr_value(v),
    }
}

/// Identity hash.
pub unsafe fn object_hash(v: Value) -> isize {
    crate::objects::hash::hash_pointer(v.0 as usize)
}

/// `object.__eq__` is identity; `object.__ne__` inverts the type's `__eq__`.
pub unsafe fn object_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    match op {
        CompareOp::Eq => {
            if a == b {
                crate::objects::bool::true_value()
            } else {
                not_implemented()
            }
        }
        CompareOp::Ne => {
            let Some(f) = (*type_of(a)).tp_richcompare else {
                return not_implemented();
            };
            let r = f(a, b, CompareOp::Eq);
            if r.is_null() || is_not_implemented(r) {
                return r;
            }
            let t = crate::ops::protocol::is_true(r);
            decref(r);
            if t < 0 {
                return Value::NULL;
            }
            crate::objects::bool::from_bool(t == 0)
        }
        _ => not_implemented(),
    }
}

fn excess_args(nargs: usize, kwnames: Value) -> bool {
    nargs > 0 || kw_count(kwnames) > 0
}

unsafe fn object_init(s: Value, _args: *const Value, nargs: usize, kwnames: Value) -> i32 {
    if excess_args(nargs, kwnames) {
        let ty = type_of(s);
        if (*ty).tp_init.map(|f| f as usize)
            != Some(object_init as crate::types::slots::InitFn as usize)
        {
            crate::errors::raise_type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            );
            return -1;
        }
        if (*ty).tp_new.map(|f| f as usize)
            == Some(object_new as crate::types::slots::NewFn as usize)
        {
            crate::type_error!("{}() takes no arguments", type_qualname(ty));
            return -1;
        }
    }
    0
}

/// `object.__new__(ty)`: allocate a zeroed instance of `ty`.
pub unsafe fn object_new(
    ty: *mut TypeObject,
    _args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    if excess_args(nargs, kwnames) {
        if (*ty).tp_new.map(|f| f as usize)
            != Some(object_new as crate::types::slots::NewFn as usize)
        {
            return crate::errors::raise_type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            );
        }
        if (*ty).tp_init.map(|f| f as usize)
            == Some(object_init as crate::types::slots::InitFn as usize)
        {
            return crate::type_error!("{}() takes no arguments", type_qualname(ty));
        }
    }
    alloc_instance(ty)
}

/// Allocate a zeroed fixed-size instance of `ty` (tracked if a GC type).
pub fn alloc_instance(ty: *mut TypeObject) -> Value {
    // SAFETY: basicsize covers the instance.
    unsafe {
        let o = alloc_object(ty, (*ty).basicsize);
        if o.is_null() {
            return Value::NULL;
        }
        if (*ty).is_gc_type() {
            gc::track(o);
        }
        Value::from_obj(o)
    }
}

/// The nearest base of `ty` whose deallocator is not `subtype_dealloc`.
unsafe fn native_base(ty: *mut TypeObject) -> *mut TypeObject {
    let mut t = ty;
    while (*t).tp_dealloc.map(|f| f as usize)
        == Some(subtype_dealloc as crate::types::slots::DeallocFn as usize)
    {
        t = (*t).base;
    }
    t
}

/// Deallocator of heap-type instances: release the instance dict and
/// `__slots__` values, then run the native base's deallocator (which frees
/// the memory and drops the reference to the heap type).
pub unsafe fn subtype_dealloc(o: *mut Object) {
    if crate::objects::finalize::finalize(o) {
        return;
    }
    let ty = (*o).ty as *mut TypeObject;
    if crate::types::typeobject::object_is_gc(o) {
        gc::untrack(o);
    }
    subtype_clear_fields(o, ty);
    let base = native_base(ty);
    match (*base).tp_dealloc {
        Some(f) => f(o),
        None => crate::object::alloc::free_and_release_type(o),
    }
}

unsafe fn subtype_clear_fields(o: *mut Object, ty: *mut TypeObject) {
    let v = Value::from_obj(o);
    if let Some(slot) = crate::ops::attr::instance_dict_slot(v) {
        crate::object::refcount::clear_slot(&mut *slot);
    }
    for off in slot_offsets(ty) {
        let p = (o as *mut u8).add(off) as *mut Value;
        crate::object::refcount::clear_slot(&mut *p);
    }
}

/// Byte offsets of `__slots__` members of `ty` and its heap bases (stored
/// as small ints in `ht_slots`).
unsafe fn slot_offsets(ty: *mut TypeObject) -> Vec<usize> {
    let mut out = Vec::new();
    let mut t = ty;
    while !t.is_null() && (*t).is_heap_type() {
        if !(*t).ht_slots.is_null() {
            for &off in crate::objects::tuple::as_slice((*t).ht_slots) {
                if off.is_small() {
                    out.push(off.as_small() as usize);
                }
            }
        }
        t = (*t).base;
    }
    out
}

/// Traversal of heap-type instances: the heap type itself, the instance
/// dict, `__slots__` values, then the native base's references.
pub unsafe fn subtype_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let ty = (*o).ty as *mut TypeObject;
    let v = Value::from_obj(o);
    let r = visit(Value::from_obj(ty), arg);
    if r != 0 {
        return r;
    }
    if let Some(slot) = crate::ops::attr::instance_dict_slot(v) {
        let r = visit_value(*slot, visit, arg);
        if r != 0 {
            return r;
        }
    }
    for off in slot_offsets(ty) {
        let r = visit_value(*((o as *mut u8).add(off) as *const Value), visit, arg);
        if r != 0 {
            return r;
        }
    }
    let base = native_base(ty);
    match (*base).tp_traverse {
        Some(f) => f(o, visit, arg),
        None => 0,
    }
}

/// Clearing of heap-type instances (breaks cycles through the dict and
/// slots, then the native base's references).
pub unsafe fn subtype_clear(o: *mut Object) -> i32 {
    let ty = (*o).ty as *mut TypeObject;
    subtype_clear_fields(o, ty);
    let base = native_base(ty);
    match (*base).tp_clear {
        Some(f) => f(o),
        None => 0,
    }
}

unsafe fn get_class(v: Value) -> Value {
    crate::object::new_ref(Value::from_obj(type_of(v)))
}

/// `obj.__class__ = cls`: only between heap types with the same layout.
unsafe fn set_class(v: Value, cls: Value) -> i32 {
    if cls.is_null() {
        crate::errors::raise_type_error("can't delete __class__ attribute");
        return -1;
    }
    if !crate::types::typetype::is_type(cls) {
        crate::type_error!(
            "__class__ must be set to a class, not '{}' object",
            type_name(cls)
        );
        return -1;
    }
    let old = type_of(v);
    let new = cls.as_obj() as *mut TypeObject;
    if !(*old).is_heap_type() || !(*new).is_heap_type() {
        crate::errors::raise_type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        );
        return -1;
    }
    let same_layout = (*old).basicsize == (*new).basicsize
        && (*old).itemsize == (*new).itemsize
        && (*old).dictoffset == (*new).dictoffset
        && native_base(old) == native_base(new)
        && (*old).ht_slots.is_null() == (*new).ht_slots.is_null()
        && slot_members(old) == slot_members(new);
    if !same_layout {
        crate::type_error!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            (*new).name(),
            (*old).name()
        );
        return -1;
    }
    crate::object::incref(cls);
    (*v.as_obj()).ty = new;
    decref(Value::from_obj(old));
    0
}

/// The `__slots__` members of heap type `ty` and its heap bases as sorted
/// `(name, offset)` pairs (two layouts are compatible only when these
/// agree, as CPython compares the slot names).
unsafe fn slot_members(ty: *mut TypeObject) -> Vec<(String, usize)> {
    use crate::types::slotdefs::members::{MemberDescrObject, MEMBER_DESCR_TYPE};
    let mut out = Vec::new();
    let mut t = ty;
    while !t.is_null() && (*t).is_heap_type() {
        if !(*t).ht_slots.is_null() && !(*t).dict.is_null() {
            for (k, v) in crate::objects::dict::items_vec((*t).dict) {
                if v.is_ptr() && type_of(v) == MEMBER_DESCR_TYPE.ptr() {
                    let m = v.cast::<MemberDescrObject>();
                    if (*m).owner == t {
                        out.push((pystr::as_str((*m).name).to_string(), (*m).offset));
                    }
                }
                decref(k);
                decref(v);
            }
        }
        t = (*t).base;
    }
    out.sort();
    out
}

/// `obj.__dict__` for instances with a dict slot.
pub unsafe fn get_instance_dict(v: Value) -> Value {
    let d = crate::ops::attr::instance_dict(v);
    if d.is_null() {
        if !crate::errors::occurred() {
            return crate::ops::attr::raise_no_attribute(v, crate::id!(__dict__));
        }
        return d;
    }
    crate::object::new_ref(d)
}

/// `obj.__dict__ = d` (must be a dict).
pub unsafe fn set_instance_dict(v: Value, d: Value) -> i32 {
    let Some(slot) = crate::ops::attr::instance_dict_slot(v) else {
        crate::ops::attr::raise_no_attribute(v, crate::id!(__dict__));
        return -1;
    };
    if d.is_null() {
        crate::errors::raise_type_error("cannot delete __dict__");
        return -1;
    }
    if !crate::objects::dict::is_dict(d) {
        crate::type_error!(
            "__dict__ must be set to a dictionary, not a '{}'",
            type_name(d)
        );
        return -1;
    }
    crate::object::incref(d);
    crate::object::refcount::xsetref(&mut *slot, d);
    0
}

/// The `__dict__` descriptor heap types with instance dicts get.
pub static INSTANCE_DICT_GETSET: GetSetDef = GetSetDef {
    name: "__dict__",
    get: get_instance_dict,
    set: Some(set_instance_dict),
    doc: "dictionary for instance variables",
};

static OBJECT_GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "__class__",
    get: get_class,
    set: Some(set_class),
    doc: "the object's class",
}];

/// `object.__init_subclass__()`: accepts no keyword arguments.
unsafe fn init_subclass(cls: Value, _args: *const Value, nargs: usize, kwnames: Value) -> Value {
    if nargs > 0 {
        return crate::type_error!(
            "{}.__init_subclass__() takes no positional arguments",
            type_qualname(cls.as_obj() as *mut TypeObject)
        );
    }
    if kw_count(kwnames) > 0 {
        return crate::type_error!(
            "{}.__init_subclass__() takes no keyword arguments",
            type_qualname(cls.as_obj() as *mut TypeObject)
        );
    }
    crate::objects::singletons::none()
}

/// `object.__subclasshook__(subclass)`: NotImplemented (no opinion).
unsafe fn subclasshook(_cls: Value, _args: *const Value, _nargs: usize, _kw: Value) -> Value {
    not_implemented()
}

static OBJECT_CLASSMETHODS: &[MethodDef] = &[
    MethodDef {
        name: "__init_subclass__",
        imp: MethodImpl::FastKw(init_subclass),
        doc: "This method is called when a class is subclassed.",
    },
    MethodDef {
        name: "__subclasshook__",
        imp: MethodImpl::FastKw(subclasshook),
        doc: "Abstract classes can override this to customize issubclass().",
    },
];

/// `object.__format__(self, spec)`: `str(self)` for an empty spec.
unsafe fn object_format(v: Value, spec: Value) -> Value {
    if !pystr::is_str(spec) {
        return crate::type_error!("__format__() argument must be str, not {}", type_name(spec));
    }
    if !pystr::as_str(spec).is_empty() {
        return crate::type_error!(
            "unsupported format string passed to {}.__format__",
            type_qualname(type_of(v))
        );
    }
    crate::ops::protocol::str_of(v)
}

/// `object.__dir__()`: the instance dict's keys and the class's
/// attributes (unsorted; `dir()` sorts).
unsafe fn object_dir(v: Value) -> Value {
    crate::builtins::core::default_dir(v)
}

/// `object.__sizeof__()`: the instance's fixed size in bytes.
unsafe fn object_sizeof(v: Value) -> Value {
    let ty = type_of(v);
    let mut size = (*ty).basicsize;
    if (*ty).itemsize != 0 {
        if let Ok(n) = usize::try_from(crate::ops::protocol::len(v)) {
            size += (*ty).itemsize * n;
        } else {
            crate::errors::clear();
        }
    }
    crate::objects::int::from_i64(size as i64)
}

/// `object.__getstate__()`: the instance dict (None when absent or
/// empty), paired with a dict of the set `__slots__` values when the class
/// has any.
unsafe fn object_getstate(v: Value) -> Value {
    let d = crate::ops::attr::instance_dict_slot(v).map_or(Value::NULL, |slot| *slot);
    let state = if d.is_null() || crate::objects::dict::len(d) == 0 {
        crate::objects::singletons::none()
    } else {
        crate::object::new_ref(d)
    };
    let members = slot_members(type_of(v));
    if members.is_empty() {
        return state;
    }
    let slots = crate::objects::dict::dict_new();
    if slots.is_null() {
        decref(state);
        return slots;
    }
    for (name, off) in members {
        let val = *((v.as_obj() as *mut u8).add(off) as *const Value);
        if !val.is_null() && crate::objects::dict::set_str(slots, &name, val) < 0 {
            decref(state);
            decref(slots);
            return Value::NULL;
        }
    }
    if crate::objects::dict::len(slots) == 0 {
        decref(slots);
        return state;
    }
    crate::objects::tuple::tuple_pack_steal(&[state, slots])
}

static OBJECT_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__format__",
        imp: MethodImpl::O(object_format),
        doc: "Default object formatter.",
    },
    MethodDef {
        name: "__dir__",
        imp: MethodImpl::NoArgs(object_dir),
        doc: "Default dir() implementation.",
    },
    MethodDef {
        name: "__sizeof__",
        imp: MethodImpl::NoArgs(object_sizeof),
        doc: "Size of object in memory, in bytes.",
    },
    MethodDef {
        name: "__getstate__",
        imp: MethodImpl::NoArgs(object_getstate),
        doc: "Helper for pickle.",
    },
];
