//! `types.GenericAlias` (`list[int]`, made by the `__class_getitem__` of
//! the built-in containers) and `types.UnionType` (`int | str`, made by
//! `type.__or__`), as CPython 3.11 has them.
//!
//! A generic alias holds its origin class and a tuple of arguments (both
//! owned); it reprs as `origin[args]`, calls and forwards attribute reads
//! to the origin (except its own `__origin__`, `__args__`,
//! `__parameters__`, ...), compares by origin and arguments, and refuses
//! `isinstance`. A union holds a flattened, deduplicated tuple of at least
//! two arguments (`None` stored as `NoneType`); `isinstance`/`issubclass`
//! treat it as the tuple of its arguments (`crate::ops::isinstance`).

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::clear_slot;
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::singletons::{is_none, none, not_implemented};
use crate::objects::{str as pystr, tuple};
use crate::types::slots::{BinOp, CompareOp, NumberSlots, NB_BINARY_COUNT};
use crate::types::typeobject::*;
use crate::types::typetype::is_type;

/// Layout shared by both alias kinds (`origin` is null for unions).
#[repr(C)]
pub struct AliasObject {
    pub ob: Object,
    pub origin: Value,
    pub args: Value,
    /// Lazily computed `__parameters__` (null until asked for).
    pub params: Value,
}

const fn or_slots() -> NumberSlots {
    let mut t: [Option<crate::types::slots::BinaryFn>; NB_BINARY_COUNT] = [None; NB_BINARY_COUNT];
    t[BinOp::Or as usize] = Some(union_or);
    NumberSlots {
        binary: t,
        ..NumberSlots::EMPTY
    }
}

pub static GENERIC_ALIAS_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_new: Some(ga_new),
    tp_dealloc: Some(alias_dealloc),
    tp_traverse: Some(alias_traverse),
    tp_clear: Some(alias_clear),
    tp_repr: Some(ga_repr),
    tp_hash: Some(ga_hash),
    tp_call: Some(ga_call),
    tp_getattro: Some(ga_getattro),
    tp_richcompare: Some(ga_richcompare),
    methods: GA_METHODS,
    getsets: GA_GETSETS,
    nb: or_slots(),
    mp: crate::types::slots::MappingSlots {
        mp_length: None,
        mp_subscript: Some(ga_subscript),
        mp_ass_subscript: None,
    },
    ..TypeObject::new_static(
        "types.GenericAlias",
        std::mem::size_of::<AliasObject>(),
        TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
    )
});

pub static UNION_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(alias_dealloc),
    tp_traverse: Some(alias_traverse),
    tp_clear: Some(alias_clear),
    tp_repr: Some(union_repr),
    tp_hash: Some(union_hash),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    tp_richcompare: Some(union_richcompare),
    getsets: ALIAS_GETSETS,
    nb: or_slots(),
    mp: crate::types::slots::MappingSlots {
        mp_length: None,
        mp_subscript: Some(union_subscript),
        mp_ass_subscript: None,
    },
    ..TypeObject::new_static(
        "types.UnionType",
        std::mem::size_of::<AliasObject>(),
        TPFLAGS_HAVE_GC,
    )
});

#[inline]
pub fn is_generic_alias(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), GENERIC_ALIAS_TYPE.ptr())
}

#[inline]
pub fn is_union(v: Value) -> bool {
    v.is_ptr() && type_of(v) == UNION_TYPE.ptr()
}

#[inline]
fn aobj(v: Value) -> *mut AliasObject {
    v.as_obj() as *mut AliasObject
}

/// The arguments tuple of an alias or union (borrowed).
pub fn alias_args(v: Value) -> Value {
    // SAFETY: v is an alias object.
    unsafe { (*aobj(v)).args }
}

/// New alias of type `ty` (origin borrowed, may be null; args stolen).
fn new_alias(ty: *mut TypeObject, origin: Value, args: Value) -> Value {
    if args.is_null() {
        return Value::NULL;
    }
    // SAFETY: fresh object of the alias layout.
    unsafe {
        if crate::types::ready::ready_type(ty) < 0 {
            decref(args);
            return Value::NULL;
        }
        let o = alloc_object(ty, (*ty).basicsize.max(std::mem::size_of::<AliasObject>()));
        if o.is_null() {
            decref(args);
            return Value::NULL;
        }
        let a = o as *mut AliasObject;
        (*a).origin = if origin.is_null() {
            Value::NULL
        } else {
            new_ref(origin)
        };
        (*a).args = args;
        (*a).params = Value::NULL;
        gc::track(o);
        Value::from_obj(o)
    }
}

/// `GenericAlias(origin, args)`: a non-tuple `args` becomes a 1-tuple.
pub fn new_generic_alias(origin: Value, args: Value) -> Value {
    let t = if tuple::is_tuple(args) {
        new_ref(args)
    } else {
        tuple::tuple_pack(&[args])
    };
    new_alias(GENERIC_ALIAS_TYPE.ptr(), origin, t)
}

unsafe fn ga_new(ty: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        return raise_type_error("GenericAlias() takes no keyword arguments");
    }
    if nargs != 2 {
        return crate::type_error!("GenericAlias expected 2 arguments, got {nargs}");
    }
    let a = *args.add(1);
    let t = if tuple::is_tuple(a) {
        new_ref(a)
    } else {
        tuple::tuple_pack(&[a])
    };
    new_alias(ty, *args, t)
}

/// `cls.__class_getitem__(item)` of the built-in generic classes.
pub unsafe fn class_getitem(cls: Value, item: Value) -> Value {
    new_generic_alias(cls, item)
}

/// The `__class_getitem__` class method of list, tuple, set and frozenset
/// (dict lists it beside `fromkeys`; `type[X]` is special-cased by the
/// subscript protocol).
pub static CLASS_GETITEM_METHODS: &[MethodDef] = &[MethodDef {
    name: "__class_getitem__",
    imp: MethodImpl::O(class_getitem),
    doc: "See PEP 585",
}];

unsafe fn alias_dealloc(o: *mut Object) {
    gc::untrack(o);
    let a = o as *mut AliasObject;
    clear_slot(&mut (*a).origin);
    clear_slot(&mut (*a).args);
    clear_slot(&mut (*a).params);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn alias_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let a = o as *mut AliasObject;
    for v in [(*a).origin, (*a).args, (*a).params] {
        let r = visit_value(v, visit, arg);
        if r != 0 {
            return r;
        }
    }
    0
}

unsafe fn alias_clear(o: *mut Object) -> i32 {
    let a = o as *mut AliasObject;
    clear_slot(&mut (*a).origin);
    clear_slot(&mut (*a).args);
    clear_slot(&mut (*a).params);
    0
}

/// Optional string attribute `name` of `v` (None when absent; Err with an
/// exception set on other failures).
fn str_attr(v: Value, name: &str) -> Result<Option<String>, ()> {
    let n = pystr::new_str(name);
    if n.is_null() {
        return Err(());
    }
    let r = crate::ops::attr::lookup_attr(v, n);
    decref(n);
    match r? {
        None => Ok(None),
        Some(x) => {
            let s = if pystr::is_str(x) {
                Some(pystr::as_str(x).to_string())
            } else {
                None
            };
            decref(x);
            Ok(s)
        }
    }
}

fn has_attr(v: Value, name: &str) -> Result<bool, ()> {
    let n = pystr::new_str(name);
    if n.is_null() {
        return Err(());
    }
    let r = crate::ops::attr::lookup_attr(v, n);
    decref(n);
    match r? {
        None => Ok(false),
        Some(x) => {
            decref(x);
            Ok(true)
        }
    }
}

/// How an alias shows one of its items: `...`, nested aliases by repr,
/// classes as `module.qualname` (bare for builtins), else `repr()`.
fn repr_item(v: Value, out: &mut String) -> Result<(), ()> {
    if v == crate::objects::singletons::ellipsis() {
        out.push_str("...");
        return Ok(());
    }
    if crate::objects::list::is_list(v) {
        out.push('[');
        for (k, &x) in crate::objects::list::as_slice(v)
            .to_vec()
            .iter()
            .enumerate()
        {
            if k > 0 {
                out.push_str(", ");
            }
            repr_item(x, out)?;
        }
        out.push(']');
        return Ok(());
    }
    if !is_generic_alias(v)
        && !is_union(v)
        && has_attr(v, "__origin__")?
        && has_attr(v, "__args__")?
    {
        return if crate::ops::protocol::repr_into(v, out) {
            Ok(())
        } else {
            Err(())
        };
    }
    if is_generic_alias(v) || is_union(v) {
        return if crate::ops::protocol::repr_into(v, out) {
            Ok(())
        } else {
            Err(())
        };
    }
    let qual = str_attr(v, "__qualname__")?;
    let module = if qual.is_some() {
        str_attr(v, "__module__")?
    } else {
        None
    };
    match (qual, module) {
        (Some(q), Some(m)) if m == "builtins" => out.push_str(&q),
        (Some(q), Some(m)) => {
            out.push_str(&m);
            out.push('.');
            out.push_str(&q);
        }
        _ => {
            if !crate::ops::protocol::repr_into(v, out) {
                return Err(());
            }
        }
    }
    Ok(())
}

unsafe fn ga_repr(v: Value) -> Value {
    let a = aobj(v);
    let mut out = String::new();
    let r = crate::errors::threadstate::with_recursion_guard(
        " while getting the repr of an object",
        Err(()),
        || -> Result<(), ()> {
            repr_item((*a).origin, &mut out)?;
            out.push('[');
            let args = tuple::as_slice((*a).args);
            if args.is_empty() {
                out.push_str("()");
            }
            for (k, &x) in args.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                repr_item(x, &mut out)?;
            }
            out.push(']');
            Ok(())
        },
    );
    match r {
        Ok(()) => pystr::from_string(out),
        Err(()) => Value::NULL,
    }
}

unsafe fn ga_hash(v: Value) -> isize {
    let a = aobj(v);
    let h0 = crate::ops::protocol::hash((*a).origin);
    if h0 == -1 {
        return -1;
    }
    let h1 = crate::ops::protocol::hash((*a).args);
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

/// Calling an alias calls its origin, then records `__orig_class__` on the
/// result when it accepts attributes.
unsafe extern "C" fn ga_call(v: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let origin = (*aobj(v)).origin;
    let r = crate::call::vectorcall::vectorcall(origin, args, nargs, kw);
    if r.is_null() {
        return r;
    }
    let n = pystr::new_str("__orig_class__");
    if n.is_null() {
        decref(r);
        return Value::NULL;
    }
    if crate::ops::attr::set_attr(r, n, v) < 0 {
        if matches(crate::errors::exceptions::ATTRIBUTE_ERROR.ptr())
            || matches(crate::errors::exceptions::TYPE_ERROR.ptr())
        {
            clear();
        } else {
            decref(n);
            decref(r);
            return Value::NULL;
        }
    }
    decref(n);
    r
}

/// Names an alias answers itself; every other attribute comes from the
/// origin class.
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
];

unsafe fn ga_getattro(v: Value, name: Value) -> Value {
    if pystr::is_str(name) && !OWN_ATTRS.contains(&pystr::as_str(name)) {
        return crate::ops::attr::get_attr((*aobj(v)).origin, name);
    }
    crate::ops::attr::generic_getattr(v, name)
}

unsafe fn ga_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if !is_generic_alias(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return not_implemented();
    }
    let (x, y) = (aobj(a), aobj(b));
    let mut eq = crate::ops::compare::rich_compare_bool((*x).origin, (*y).origin, CompareOp::Eq);
    if eq == 1 {
        eq = crate::ops::compare::rich_compare_bool((*x).args, (*y).args, CompareOp::Eq);
    }
    if eq < 0 {
        return Value::NULL;
    }
    crate::objects::bool::from_bool((eq == 1) == matches!(op, CompareOp::Eq))
}

/// The type variables among `args`, in order of first appearance: items
/// with `__typing_subst__`, and the `__parameters__` of nested aliases.
fn collect_params(args: Value) -> Value {
    let mut out: Vec<Value> = Vec::new();
    let push = |out: &mut Vec<Value>, p: Value| {
        if out.contains(&p) {
            decref(p);
        } else {
            out.push(p);
        }
    };
    for &x in tuple::as_slice(args).to_vec().iter() {
        if is_type(x) {
            continue;
        }
        match has_attr(x, "__typing_subst__") {
            Err(()) => {
                out.into_iter().for_each(decref);
                return Value::NULL;
            }
            Ok(true) => {
                push(&mut out, new_ref(x));
                continue;
            }
            Ok(false) => {}
        }
        let n = pystr::new_str("__parameters__");
        if n.is_null() {
            out.into_iter().for_each(decref);
            return Value::NULL;
        }
        let r = crate::ops::attr::lookup_attr(x, n);
        decref(n);
        match r {
            Err(()) => {
                out.into_iter().for_each(decref);
                return Value::NULL;
            }
            Ok(None) => {}
            Ok(Some(ps)) => {
                if tuple::is_tuple(ps) {
                    for &p in tuple::as_slice(ps) {
                        push(&mut out, new_ref(p));
                    }
                }
                decref(ps);
            }
        }
    }
    tuple::tuple_from_vec(out)
}

unsafe fn get_params(v: Value) -> Value {
    let a = aobj(v);
    if (*a).params.is_null() {
        let p = collect_params((*a).args);
        if p.is_null() {
            return p;
        }
        (*a).params = p;
    }
    new_ref((*a).params)
}

unsafe fn get_origin(v: Value) -> Value {
    new_ref((*aobj(v)).origin)
}

unsafe fn get_args(v: Value) -> Value {
    new_ref((*aobj(v)).args)
}

unsafe fn get_unpacked(_v: Value) -> Value {
    crate::objects::bool::from_bool(false)
}

static ALIAS_GETSETS: &[crate::call::descr::GetSetDef] = &[
    crate::call::descr::GetSetDef {
        name: "__args__",
        get: get_args,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "__parameters__",
        get: get_params,
        set: None,
        doc: "Type variables in the alias.",
    },
];

static GA_GETSETS: &[crate::call::descr::GetSetDef] = &[
    crate::call::descr::GetSetDef {
        name: "__origin__",
        get: get_origin,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "__args__",
        get: get_args,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "__parameters__",
        get: get_params,
        set: None,
        doc: "Type variables in the GenericAlias.",
    },
    crate::call::descr::GetSetDef {
        name: "__unpacked__",
        get: get_unpacked,
        set: None,
        doc: "",
    },
];

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

unsafe fn ga_mro_entries(v: Value, _bases: Value) -> Value {
    tuple::tuple_pack(&[(*aobj(v)).origin])
}

unsafe fn ga_instancecheck(_v: Value, _obj: Value) -> Value {
    raise_type_error("isinstance() argument 2 cannot be a parameterized generic")
}

unsafe fn ga_subclasscheck(_v: Value, _obj: Value) -> Value {
    raise_type_error("issubclass() argument 2 cannot be a parameterized generic")
}

/// The arguments of `v` (an alias or union) with its type variables
/// replaced by `key`'s items (new references), or None with an error set.
unsafe fn substitute(v: Value, key: Value) -> Option<Vec<Value>> {
    let params = get_params(v);
    if params.is_null() {
        return None;
    }
    let ps: Vec<Value> = tuple::as_slice(params).to_vec();
    decref(params);
    let items: Vec<Value> = if tuple::is_tuple(key) {
        tuple::as_slice(key).to_vec()
    } else {
        vec![key]
    };
    if ps.is_empty() || items.len() != ps.len() {
        let r = crate::ops::protocol::repr(v);
        if r.is_null() {
            return None;
        }
        let text = pystr::as_str(r).to_string();
        decref(r);
        if ps.is_empty() {
            raise_type_error(format!("{text} is not a generic class"));
        } else {
            raise_type_error(format!(
                "Too {} arguments for {}; actual {}, expected {}",
                if items.len() > ps.len() {
                    "many"
                } else {
                    "few"
                },
                text,
                items.len(),
                ps.len()
            ));
        }
        return None;
    }
    let mut out: Vec<Value> = Vec::new();
    for &arg in tuple::as_slice((*aobj(v)).args).to_vec().iter() {
        let replaced = if let Some(k) = ps.iter().position(|&p| p == arg) {
            new_ref(items[k])
        } else if is_generic_alias(arg) || is_union(arg) {
            let sub = get_params(arg);
            if sub.is_null() {
                out.into_iter().for_each(decref);
                return None;
            }
            let subs: Vec<Value> = tuple::as_slice(sub)
                .iter()
                .map(|&p| items[ps.iter().position(|&q| q == p).unwrap_or(0)])
                .collect();
            decref(sub);
            if subs.is_empty() {
                new_ref(arg)
            } else {
                let t = tuple::tuple_pack(&subs);
                if t.is_null() {
                    t
                } else {
                    let r = crate::ops::protocol::get_item(arg, t);
                    decref(t);
                    r
                }
            }
        } else {
            new_ref(arg)
        };
        if replaced.is_null() {
            out.into_iter().for_each(decref);
            return None;
        }
        out.push(replaced);
    }
    Some(out)
}

/// `alias[items]`: the alias with its type variables substituted.
unsafe fn ga_subscript(v: Value, key: Value) -> Value {
    match substitute(v, key) {
        Some(args) => new_alias(type_of(v), (*aobj(v)).origin, tuple::tuple_from_vec(args)),
        None => Value::NULL,
    }
}

/// `union[items]`: the union of the substituted arguments.
unsafe fn union_subscript(v: Value, key: Value) -> Value {
    let Some(args) = substitute(v, key) else {
        return Value::NULL;
    };
    let mut it = args.into_iter();
    let mut acc = it.next().unwrap_or(Value::NULL);
    while let Some(x) = it.next() {
        let r = crate::ops::number::binary_op(acc, x, BinOp::Or);
        decref(acc);
        decref(x);
        acc = r;
        if acc.is_null() {
            it.for_each(decref);
            return Value::NULL;
        }
    }
    acc
}

/// Can `v` be an operand of `|` between types?
fn unionable(v: Value) -> bool {
    is_none(v) || is_type(v) || is_generic_alias(v) || is_union(v)
}

/// `a | b` for classes, aliases, unions and None (`type.__or__` and the
/// alias types' `__or__`/`__ror__`): NotImplemented for other operands.
pub unsafe fn union_or(a: Value, b: Value) -> Value {
    if !unionable(a) || !unionable(b) {
        return not_implemented();
    }
    let mut flat: Vec<Value> = Vec::new();
    for v in [a, b] {
        if is_union(v) {
            flat.extend_from_slice(tuple::as_slice(alias_args(v)));
        } else {
            flat.push(v);
        }
    }
    let none_type = Value::from_obj(type_of(none()) as *mut Object);
    let mut out: Vec<Value> = Vec::new();
    for v in flat {
        let v = if is_none(v) { none_type } else { v };
        let mut dup = false;
        for &w in &out {
            let same = if is_generic_alias(v) && is_generic_alias(w) {
                let r = crate::ops::compare::rich_compare_bool(v, w, CompareOp::Eq);
                if r < 0 {
                    out.into_iter().for_each(decref);
                    return Value::NULL;
                }
                r == 1
            } else {
                v == w
            };
            if same {
                dup = true;
                break;
            }
        }
        if !dup {
            out.push(new_ref(v));
        }
    }
    if out.len() == 1 {
        return out.pop().unwrap_or(Value::NULL);
    }
    new_alias(UNION_TYPE.ptr(), Value::NULL, tuple::tuple_from_vec(out))
}

unsafe fn union_repr(v: Value) -> Value {
    let none_type = Value::from_obj(type_of(none()) as *mut Object);
    let mut out = String::new();
    for (k, &x) in tuple::as_slice(alias_args(v)).to_vec().iter().enumerate() {
        if k > 0 {
            out.push_str(" | ");
        }
        if x == none_type {
            out.push_str("None");
        } else if repr_item(x, &mut out).is_err() {
            return Value::NULL;
        }
    }
    pystr::from_string(out)
}

/// A frozenset of the union's arguments (new reference).
fn args_set(v: Value) -> Value {
    crate::objects::set::frozenset_from_items(tuple::as_slice(alias_args(v)))
}

unsafe fn union_hash(v: Value) -> isize {
    let s = args_set(v);
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
    let (x, y) = (args_set(a), args_set(b));
    if x.is_null() || y.is_null() {
        crate::object::xdecref(x);
        crate::object::xdecref(y);
        return Value::NULL;
    }
    let r = crate::ops::compare::rich_compare(x, y, op);
    decref(x);
    decref(y);
    r
}
