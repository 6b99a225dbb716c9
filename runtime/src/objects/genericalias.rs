//! `types.GenericAlias` (`list[int]`, PEP 585) and `types.UnionType`
//! (`int | str`, PEP 604).
//!
//! * A GenericAlias holds an origin (any object, usually a class) and an
//!   args tuple. Attribute reads other than its own forward to the origin,
//!   calling it calls the origin (and records `__orig_class__` on the
//!   result when possible), `__mro_entries__` lets it be a base class, and
//!   `isinstance`/`issubclass` reject it as CPython does.
//! * A UnionType holds a flattened, de-duplicated args tuple of at least two
//!   members; `None` is stored as `type(None)`. `isinstance(x, A | B)`
//!   treats it as the tuple `(A, B)` (see `ops::isinstance`).
//! * `type.__or__`, `GenericAlias.__or__` and `UnionType.__or__` build
//!   unions of "unionable" operands: None, classes, GenericAlias, UnionType;
//!   anything else gives NotImplemented.
//! * `install_class_getitem` gives the built-in generic classes their
//!   `__class_getitem__` (a class method returning a GenericAlias).
//!
//! Invariant: `origin` and `args` are never null on a live object; `args`
//! is always a tuple. The objects are immutable and not GC-tracked (they
//! only reference what they were built from, so they form no cycles by
//! themselves).

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::call::descr::GetSetDef;
use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::singletons::{is_none, not_implemented, NONE_TYPE};
use crate::objects::{str as pystr, tuple};
use crate::types::slots::{BinOp, CompareOp, NumberSlots};
use crate::types::typeobject::*;
use crate::types::typetype::is_type;

#[repr(C)]
pub struct GenericAliasObject {
    pub ob: Object,
    pub origin: Value,
    pub args: Value,
}

#[repr(C)]
pub struct UnionObject {
    pub ob: Object,
    pub args: Value,
}

/// Number slots with only `|` set to `f` (for `type` and both alias types).
pub const fn or_slots(f: crate::types::slots::BinaryFn) -> NumberSlots {
    let mut n = NumberSlots::EMPTY;
    n.binary[BinOp::Or as usize] = Some(f);
    n
}

pub static GENERIC_ALIAS_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(ga_repr),
    tp_hash: Some(ga_hash),
    tp_richcompare: Some(ga_richcompare),
    tp_getattro: Some(ga_getattro),
    tp_call: Some(ga_call),
    tp_new: Some(ga_new),
    tp_dealloc: Some(ga_dealloc),
    nb: or_slots(alias_or),
    getsets: GA_GETSETS,
    methods: GA_METHODS,
    doc: Some("Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."),
    ..TypeObject::new_static(
        "types.GenericAlias",
        std::mem::size_of::<GenericAliasObject>(),
        0,
    )
});

pub static UNION_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(union_repr),
    tp_hash: Some(union_hash),
    tp_richcompare: Some(union_richcompare),
    tp_dealloc: Some(union_dealloc),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    nb: or_slots(alias_or),
    getsets: UNION_GETSETS,
    methods: UNION_METHODS,
    doc: Some("Represent a PEP 604 union type\n\nE.g. for int | str"),
    ..TypeObject::new_static("types.UnionType", std::mem::size_of::<UnionObject>(), 0)
});

#[inline]
pub fn is_generic_alias(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), GENERIC_ALIAS_TYPE.ptr())
}

#[inline]
pub fn is_union(v: Value) -> bool {
    v.is_ptr() && type_of(v) == UNION_TYPE.ptr()
}

/// The members of a union (borrowed tuple).
///
/// # Safety
/// `v` is a union.
pub unsafe fn union_args(v: Value) -> Value {
    (*v.cast::<UnionObject>()).args
}

/// New `origin[args]` (both borrowed; `args` a tuple or a single item).
pub fn new_generic_alias(origin: Value, args: Value) -> Value {
    let args = if tuple::is_tuple(args) {
        new_ref(args)
    } else {
        tuple::tuple_pack(&[args])
    };
    if args.is_null() {
        return args;
    }
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(
            GENERIC_ALIAS_TYPE.ptr(),
            std::mem::size_of::<GenericAliasObject>(),
        );
        if o.is_null() {
            decref(args);
            return Value::NULL;
        }
        let g = o as *mut GenericAliasObject;
        (*g).origin = new_ref(origin);
        (*g).args = args;
        Value::from_obj(o)
    }
}

fn ga(v: Value) -> *mut GenericAliasObject {
    v.cast::<GenericAliasObject>()
}

unsafe fn ga_dealloc(o: *mut Object) {
    let g = o as *mut GenericAliasObject;
    crate::object::xdecref((*g).origin);
    crate::object::xdecref((*g).args);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn union_dealloc(o: *mut Object) {
    crate::object::xdecref((*(o as *mut UnionObject)).args);
    crate::object::alloc::free_and_release_type(o);
}

/// `types.GenericAlias(origin, args)`.
unsafe fn ga_new(_t: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        return raise_type_error("GenericAlias() takes no keyword arguments");
    }
    if nargs != 2 {
        return crate::type_error!("GenericAlias expected 2 arguments, got {nargs}");
    }
    new_generic_alias(*args, *args.add(1))
}

/// `cls.__class_getitem__(item)` for the built-in generic classes.
unsafe fn class_getitem(cls: Value, args: &[Value]) -> Value {
    if args.len() != 1 {
        return crate::type_error!(
            "__class_getitem__() takes exactly one argument ({} given)",
            args.len()
        );
    }
    new_generic_alias(cls, args[0])
}

static CLASS_GETITEM_DEF: MethodDef = MethodDef {
    name: "__class_getitem__",
    imp: MethodImpl::Fast(class_getitem),
    doc: "See PEP 585",
};

/// Give the built-in generic classes `__class_getitem__` (called once at
/// start-up, after the types are ready). 0, or -1 with an exception.
///
/// # Safety
/// GIL held; the listed types are ready.
pub unsafe fn install_class_getitem(types: &[*mut TypeObject]) -> i32 {
    for &ty in types {
        let m = crate::call::builtin::new_classmethod_descr(&CLASS_GETITEM_DEF, ty);
        if m.is_null() {
            return -1;
        }
        let r = crate::objects::dict::set_str((*ty).dict, "__class_getitem__", m);
        decref(m);
        if r < 0 {
            return -1;
        }
        crate::types::lookup::type_modified(ty);
    }
    0
}

/// How one argument shows inside `X[...]` or `A | B`: `...`, a nested
/// alias's repr, a class as `module.qualname` (bare for builtins), else
/// `repr(v)`. Returns None with an exception set.
unsafe fn repr_item(v: Value) -> Option<String> {
    if v == crate::objects::singletons::ellipsis() {
        return Some("...".to_string());
    }
    if v == Value::from_obj(NONE_TYPE.ptr()) {
        return Some("None".to_string());
    }
    let has = |name: Value| -> Result<bool, ()> {
        match crate::ops::attr::lookup_attr(v, name) {
            Ok(Some(x)) => {
                decref(x);
                Ok(true)
            }
            Ok(None) => Ok(false),
            Err(()) => Err(()),
        }
    };
    let is_alias = match (has(crate::id!(__origin__)), has(crate::id!(__args__))) {
        (Ok(a), Ok(b)) => a && b,
        _ => return None,
    };
    if !is_alias {
        let q = crate::ops::attr::lookup_attr(v, crate::id!(__qualname__));
        let m = crate::ops::attr::lookup_attr(v, crate::id!(__module__));
        match (q, m) {
            (Ok(Some(q)), Ok(Some(m))) => {
                let text = if pystr::is_str(q) && pystr::is_str(m) {
                    let (qs, ms) = (pystr::as_str(q), pystr::as_str(m));
                    Some(if ms == "builtins" {
                        qs.to_string()
                    } else {
                        format!("{ms}.{qs}")
                    })
                } else {
                    None
                };
                decref(q);
                decref(m);
                if let Some(t) = text {
                    return Some(t);
                }
            }
            (Err(()), other) | (other, Err(())) => {
                if let Ok(Some(x)) = other {
                    decref(x);
                }
                return None;
            }
            (a, b) => {
                for x in [a, b].into_iter().flatten().flatten() {
                    decref(x);
                }
            }
        }
    }
    let r = crate::ops::protocol::repr(v);
    if r.is_null() {
        return None;
    }
    let s = pystr::as_str(r).to_string();
    decref(r);
    Some(s)
}

unsafe fn ga_repr(v: Value) -> Value {
    let g = ga(v);
    let Some(origin) = repr_item((*g).origin) else {
        return Value::NULL;
    };
    let items = tuple::as_slice((*g).args);
    let inner = if items.is_empty() {
        "()".to_string()
    } else {
        let mut parts = Vec::with_capacity(items.len());
        for &a in items {
            match repr_item(a) {
                Some(s) => parts.push(s),
                None => return Value::NULL,
            }
        }
        parts.join(", ")
    };
    pystr::from_string(format!("{origin}[{inner}]"))
}

unsafe fn ga_hash(v: Value) -> isize {
    let g = ga(v);
    let h0 = crate::ops::protocol::hash((*g).origin);
    if h0 == -1 {
        return -1;
    }
    let h1 = crate::ops::protocol::hash((*g).args);
    if h1 == -1 {
        return -1;
    }
    let h = h0 ^ h1;
    if h == -1 {
        -2
    } else {
        h
    }
}

unsafe fn ga_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if !is_generic_alias(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return not_implemented();
    }
    let (ga_a, ga_b) = (ga(a), ga(b));
    let mut eq =
        crate::ops::compare::rich_compare_bool((*ga_a).origin, (*ga_b).origin, CompareOp::Eq);
    if eq == 1 {
        eq = crate::ops::compare::rich_compare_bool((*ga_a).args, (*ga_b).args, CompareOp::Eq);
    }
    if eq < 0 {
        return Value::NULL;
    }
    crate::objects::bool::from_bool((eq == 1) == matches!(op, CompareOp::Eq))
}

/// Names a GenericAlias answers itself instead of forwarding to the origin.
const OWN_ATTRS: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
    "__instancecheck__",
    "__subclasscheck__",
    "__or__",
    "__ror__",
];

unsafe fn ga_getattro(v: Value, name: Value) -> Value {
    if pystr::is_str(name) && !OWN_ATTRS.contains(&pystr::as_str(name)) {
        return crate::ops::attr::get_attr((*ga(v)).origin, name);
    }
    crate::ops::attr::generic_getattr(v, name)
}

unsafe extern "C" fn ga_call(v: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value {
    let r = crate::call::vectorcall::vectorcall((*ga(v)).origin, args, nargs, kwnames);
    if r.is_null() {
        return r;
    }
    // Record the alias on the instance when it accepts attributes.
    if crate::ops::attr::set_attr(r, crate::id!(__orig_class__), v) < 0 {
        if matches(crate::errors::exceptions::ATTRIBUTE_ERROR.ptr())
            || matches(crate::errors::exceptions::TYPE_ERROR.ptr())
        {
            clear();
        } else {
            decref(r);
            return Value::NULL;
        }
    }
    r
}

unsafe fn ga_origin(v: Value) -> Value {
    new_ref((*ga(v)).origin)
}
unsafe fn ga_args(v: Value) -> Value {
    new_ref((*ga(v)).args)
}

/// The type variables among `args` (objects whose type has
/// `__typing_subst__`), in order, without repeats.
unsafe fn parameters_of(args: Value) -> Value {
    let mut out: Vec<Value> = Vec::new();
    for &a in tuple::as_slice(args) {
        let is_param = !is_type(a)
            && !crate::types::lookup::type_lookup(type_of(a), crate::id!(__typing_subst__))
                .is_null();
        let nested = if is_generic_alias(a) {
            Some((*ga(a)).args)
        } else if is_union(a) {
            Some(union_args(a))
        } else {
            None
        };
        if is_param {
            if !out.contains(&a) {
                out.push(a);
            }
        } else if let Some(inner) = nested {
            let p = parameters_of(inner);
            if p.is_null() {
                return p;
            }
            for &x in tuple::as_slice(p) {
                if !out.contains(&x) {
                    out.push(x);
                }
            }
            decref(p);
        }
    }
    tuple::tuple_pack(&out)
}

unsafe fn ga_parameters(v: Value) -> Value {
    parameters_of((*ga(v)).args)
}

unsafe fn ga_unpacked(_v: Value) -> Value {
    crate::objects::bool::from_bool(false)
}

static GA_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__origin__",
        get: ga_origin,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__args__",
        get: ga_args,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__parameters__",
        get: ga_parameters,
        set: None,
        doc: "Type variables in the GenericAlias.",
    },
    GetSetDef {
        name: "__unpacked__",
        get: ga_unpacked,
        set: None,
        doc: "",
    },
];

unsafe fn ga_mro_entries(v: Value, _bases: Value) -> Value {
    tuple::tuple_pack(&[(*ga(v)).origin])
}

unsafe fn ga_instancecheck(_v: Value, _x: Value) -> Value {
    raise_type_error("isinstance() argument 2 cannot be a parameterized generic")
}

unsafe fn ga_subclasscheck(_v: Value, _x: Value) -> Value {
    raise_type_error("issubclass() argument 2 cannot be a parameterized generic")
}

static GA_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__mro_entries__",
        imp: MethodImpl::O(ga_mro_entries),
        doc: "",
    },
    MethodDef {
        name: "__instancecheck__",
        imp: MethodImpl::O(ga_instancecheck),
        doc: "",
    },
    MethodDef {
        name: "__subclasscheck__",
        imp: MethodImpl::O(ga_subclasscheck),
        doc: "",
    },
];

/// Whether `v` may be a member of a union built by `|`.
fn unionable(v: Value) -> bool {
    is_none(v) || is_type(v) || is_generic_alias(v) || is_union(v)
}

/// `a | b` for classes, aliases and unions (NotImplemented otherwise).
pub unsafe fn alias_or(a: Value, b: Value) -> Value {
    if !unionable(a) || !unionable(b) {
        return not_implemented();
    }
    let mut flat: Vec<Value> = Vec::new();
    for v in [a, b] {
        if is_union(v) {
            flat.extend_from_slice(tuple::as_slice(union_args(v)));
        } else if is_none(v) {
            flat.push(Value::from_obj(NONE_TYPE.ptr()));
        } else {
            flat.push(v);
        }
    }
    // De-duplicate: identity, or equality between two aliases.
    let mut members: Vec<Value> = Vec::new();
    for v in flat {
        let mut dup = false;
        for &m in &members {
            if m == v {
                dup = true;
            } else if is_generic_alias(m) && is_generic_alias(v) {
                let r = crate::ops::compare::rich_compare_bool(m, v, CompareOp::Eq);
                if r < 0 {
                    return Value::NULL;
                }
                dup = r == 1;
            }
            if dup {
                break;
            }
        }
        if !dup {
            members.push(v);
        }
    }
    if members.len() == 1 {
        return new_ref(members[0]);
    }
    let args = tuple::tuple_pack(&members);
    if args.is_null() {
        return args;
    }
    let o = alloc_object(UNION_TYPE.ptr(), std::mem::size_of::<UnionObject>());
    if o.is_null() {
        decref(args);
        return Value::NULL;
    }
    (*(o as *mut UnionObject)).args = args;
    Value::from_obj(o)
}

unsafe fn union_repr(v: Value) -> Value {
    let mut parts = Vec::new();
    for &a in tuple::as_slice(union_args(v)) {
        match repr_item(a) {
            Some(s) => parts.push(s),
            None => return Value::NULL,
        }
    }
    pystr::from_string(parts.join(" | "))
}

/// The members as a frozenset (new reference), for order-free eq/hash.
unsafe fn member_set(v: Value) -> Value {
    crate::call::vectorcall::call(
        Value::from_obj(crate::objects::set::FROZENSET_TYPE.ptr()),
        &[union_args(v)],
        Value::NULL,
    )
}

unsafe fn union_hash(v: Value) -> isize {
    let s = member_set(v);
    if s.is_null() {
        return -1;
    }
    let h = crate::ops::protocol::hash(s);
    decref(s);
    h
}

unsafe fn union_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if !is_union(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return not_implemented();
    }
    let sa = member_set(a);
    if sa.is_null() {
        return sa;
    }
    let sb = member_set(b);
    if sb.is_null() {
        decref(sa);
        return sb;
    }
    let r = crate::ops::compare::rich_compare(sa, sb, op);
    decref(sa);
    decref(sb);
    r
}

unsafe fn union_get_args(v: Value) -> Value {
    new_ref(union_args(v))
}

unsafe fn union_parameters(v: Value) -> Value {
    parameters_of(union_args(v))
}

static UNION_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__args__",
        get: union_get_args,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__parameters__",
        get: union_parameters,
        set: None,
        doc: "Type variables in the types.UnionType.",
    },
];

unsafe fn union_instancecheck(v: Value, x: Value) -> Value {
    for &a in tuple::as_slice(union_args(v)) {
        if is_generic_alias(a) {
            return raise_type_error("isinstance() argument 2 cannot be a parameterized generic");
        }
    }
    let r = crate::builtins::core::isinstance_value(x, union_args(v));
    if r < 0 {
        return Value::NULL;
    }
    crate::objects::bool::from_bool(r == 1)
}

unsafe fn union_subclasscheck(v: Value, x: Value) -> Value {
    for &a in tuple::as_slice(union_args(v)) {
        if is_generic_alias(a) {
            return raise_type_error("issubclass() argument 2 cannot be a parameterized generic");
        }
    }
    let r = crate::builtins::core::issubclass_value(x, union_args(v));
    if r < 0 {
        return Value::NULL;
    }
    crate::objects::bool::from_bool(r == 1)
}

static UNION_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__instancecheck__",
        imp: MethodImpl::O(union_instancecheck),
        doc: "",
    },
    MethodDef {
        name: "__subclasscheck__",
        imp: MethodImpl::O(union_subclasscheck),
        doc: "",
    },
];
