//! Slots of classes defined in Python (heap types), filled from their dunder
//! methods, as CPython's `slotdefs`/`update_one_slot`:
//!
//! * `setup_slots` (at class creation) lays out the instance: `__slots__`
//!   members or an instance `__dict__`, and applies the `__eq__`-without-
//!   `__hash__` rule (`__hash__ = None`).
//! * `fixup_slots` then points every slot whose dunder is defined by a heap
//!   class in the MRO at a generic function that calls the dunder
//!   (`generic.rs`); slots of dunders found only on built-in types keep the
//!   inherited native function.
//! * `update_slot` redoes this for one name when a class attribute is
//!   assigned or deleted (and for every subclass).

pub mod generic;
pub mod members;

use crate::object::{decref, Value};
use crate::objects::{dict, str as pystr, tuple};
use crate::types::slots::{BinOp, UnaryOp};
use crate::types::typeobject::*;
use generic::*;

/// Lay out instances of the new heap type `ty` from namespace `ns` (its
/// dict). 0, or -1 with an exception.
///
/// # Safety
/// `ty` is a heap type under construction with `base` set.
pub unsafe fn setup_slots(ty: *mut TypeObject, ns: Value) -> i32 {
    let base = (*ty).base;
    let word = std::mem::size_of::<Value>();
    // __eq__ without __hash__ makes instances unhashable.
    if dict::get_str(ns, "__eq__").is_some()
        && dict::get_str(ns, "__hash__").is_none()
        && dict::set_str(ns, "__hash__", crate::objects::singletons::none()) < 0
    {
        return -1;
    }
    let mut add_dict = (*base).dictoffset == 0;
    if let Some(slots) = dict::get_str(ns, "__slots__") {
        crate::object::incref(slots);
        let names = if pystr::is_str(slots) {
            Some(vec![crate::object::new_ref(slots)])
        } else {
            crate::ops::protocol::sequence_to_vec(slots)
        };
        decref(slots);
        let Some(names) = names else { return -1 };
        add_dict = false;
        let mut offsets = Vec::new();
        let mut rc = 0;
        for &n in &names {
            if rc < 0 {
                break;
            }
            if !pystr::is_str(n) {
                crate::type_error!("__slots__ items must be strings, not '{}'", type_name(n));
                rc = -1;
                break;
            }
            let text = pystr::as_str(n);
            if !is_identifier(text) {
                crate::errors::raise_type_error("__slots__ must be identifiers");
                rc = -1;
                break;
            }
            if text == "__dict__" {
                if (*base).dictoffset != 0 || add_dict {
                    crate::errors::raise_type_error("__dict__ slot disallowed: we already got one");
                    rc = -1;
                }
                add_dict = true;
                continue;
            }
            if text == "__weakref__" {
                continue;
            }
            if (*base).itemsize != 0 {
                crate::type_error!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    (*base).name()
                );
                rc = -1;
                break;
            }
            let mangled = mangle((*ty).name(), text);
            if dict::get_str(ns, &mangled).is_some() {
                crate::errors::raise_value_error(format!(
                    "'{mangled}' in __slots__ conflicts with class variable"
                ));
                rc = -1;
                break;
            }
            let off = (*ty).basicsize;
            (*ty).basicsize += word;
            offsets.push(Value::small_unchecked(off as i64));
            let d = members::new_member(&mangled, off, ty);
            if d.is_null() || dict::set_str(ns, &mangled, d) < 0 {
                crate::object::xdecref(d);
                rc = -1;
                break;
            }
            decref(d);
        }
        for n in names {
            decref(n);
        }
        if rc < 0 {
            return -1;
        }
        if !offsets.is_empty() {
            (*ty).ht_slots = tuple::tuple_pack(&offsets);
            if (*ty).ht_slots.is_null() {
                return -1;
            }
        }
    }
    if add_dict && (*ty).dictoffset == 0 {
        (*ty).dictoffset = (*ty).basicsize;
        (*ty).basicsize += word;
        if dict::get_str(ns, "__dict__").is_none() {
            let g =
                crate::call::descr::new_getset(&crate::objects::object::INSTANCE_DICT_GETSET, ty);
            if g.is_null() || dict::set_str(ns, "__dict__", g) < 0 {
                crate::object::xdecref(g);
                return -1;
            }
            decref(g);
        }
    }
    0
}

fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric())
}

/// Private name mangling (`__x` in class `C` becomes `_C__x`).
pub fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Where the dunder `name` is defined along `ty`'s MRO: Some(true) on a
/// heap type, Some(false) on a built-in type, None when undefined.
unsafe fn defined_where(ty: *mut TypeObject, name: &str) -> Option<(bool, Value)> {
    for &t in tuple::mro_slice((*ty).mro) {
        let tt = t.as_obj() as *mut TypeObject;
        if let Some(v) = dict::get_str((*tt).dict, name) {
            return Some(((*tt).is_heap_type(), v));
        }
    }
    None
}

/// Set the slot(s) for dunder `name` on heap type `ty` from its MRO.
unsafe fn update_one(ty: *mut TypeObject, name: &str) {
    let Some(entry) = SLOTDEFS.iter().find(|e| e.names.contains(&name)) else {
        return;
    };
    // A slot is generic when any of its dunders comes from a heap class.
    let mut generic = false;
    let mut is_none = false;
    let mut source: *mut TypeObject = std::ptr::null_mut();
    for n in entry.names {
        if let Some((heap, v)) = defined_where(ty, n) {
            if heap {
                generic = true;
                is_none = crate::objects::singletons::is_none(v) && entry.names.len() == 1;
            } else if source.is_null() {
                source = builtin_definer(ty, n);
            }
        }
    }
    NATIVE_SOURCE.with(|c| c.set(source));
    (entry.apply)(ty, generic, is_none);
    NATIVE_SOURCE.with(|c| c.set(std::ptr::null_mut()));
}

/// The first built-in type along `ty`'s MRO whose dict defines `name`.
unsafe fn builtin_definer(ty: *mut TypeObject, name: &str) -> *mut TypeObject {
    for &t in tuple::mro_slice((*ty).mro) {
        let tt = t.as_obj() as *mut TypeObject;
        if !(*tt).is_heap_type() && dict::get_str((*tt).dict, name).is_some() {
            return tt;
        }
    }
    std::ptr::null_mut()
}

thread_local! {
    /// While `update_one` applies a slot: the built-in type that defines
    /// the dunder first along the MRO (null when none does). Its native
    /// function is the one to inherit, as CPython's slot lookup finds it
    /// there even when another built-in base comes earlier in the MRO
    /// (`class E(ValueError, KeyError)` gets KeyError's `__str__`).
    static NATIVE_SOURCE: std::cell::Cell<*mut TypeObject> =
        const { std::cell::Cell::new(std::ptr::null_mut()) };
}

/// Fill the slots of a new heap type from its dunders.
///
/// # Safety
/// `ty` is a ready heap type.
pub unsafe fn fixup_slots(ty: *mut TypeObject) {
    for e in SLOTDEFS {
        update_one(ty, e.names[0]);
    }
    update_power3(ty);
}

/// A class attribute `name` of heap type `ty` was set or deleted: refresh
/// the affected slot on `ty` and its subclasses.
///
/// # Safety
/// `ty` is a ready type; `name` a str.
pub unsafe fn update_slot(ty: *mut TypeObject, name: Value) {
    let text = pystr::as_str(name);
    if !(text.starts_with("__") && text.ends_with("__")) {
        return;
    }
    let mut stack = vec![ty];
    while let Some(t) = stack.pop() {
        if (*t).is_heap_type() {
            update_one(t, text);
            if text == "__pow__" {
                update_power3(t);
            }
        }
        if !(*t).subclasses.is_null() {
            stack.extend((*(*t).subclasses).iter().copied());
        }
    }
}

/// One row of the slot table: the dunders that feed a slot and how to set
/// it (`generic` = use the dunder-calling function; otherwise restore the
/// native function inherited from the nearest built-in base).
pub struct SlotDef {
    pub names: &'static [&'static str],
    pub apply: unsafe fn(*mut TypeObject, bool, bool),
}

/// The built-in type whose native slots apply when no heap class defines
/// the dunder: the one defining it first along the MRO (see
/// `NATIVE_SOURCE`), else the nearest non-heap type in the MRO.
unsafe fn native_of(ty: *mut TypeObject) -> *mut TypeObject {
    let source = NATIVE_SOURCE.with(|c| c.get());
    if !source.is_null() {
        return source;
    }
    for &t in tuple::mro_slice((*ty).mro) {
        let tt = t.as_obj() as *mut TypeObject;
        if !(*tt).is_heap_type() {
            return tt;
        }
    }
    crate::objects::object::OBJECT_TYPE.ptr()
}

macro_rules! simple_slot {
    ($fname:ident, $($field:ident).+, $generic:expr) => {
        unsafe fn $fname(ty: *mut TypeObject, generic: bool, _none: bool) {
            (*ty).$($field).+ = if generic { Some($generic) } else { (*native_of(ty)).$($field).+ };
        }
    };
}

simple_slot!(set_repr, tp_repr, slot_tp_repr);
simple_slot!(set_str, tp_str, slot_tp_str);
simple_slot!(set_call, tp_call, slot_tp_call);
simple_slot!(set_iternext, tp_iternext, slot_tp_iternext);
simple_slot!(set_descr_get, tp_descr_get, slot_tp_descr_get);
simple_slot!(set_descr_set, tp_descr_set, slot_tp_descr_set);
simple_slot!(set_init, tp_init, slot_tp_init);
simple_slot!(set_new, tp_new, slot_tp_new);
simple_slot!(set_richcompare, tp_richcompare, slot_tp_richcompare);
simple_slot!(set_setattro, tp_setattro, slot_tp_setattro);
simple_slot!(set_sq_contains, sq.sq_contains, slot_sq_contains);
simple_slot!(set_nb_bool, nb.nb_bool, slot_nb_bool);
simple_slot!(set_nb_index, nb.nb_index, slot_nb_index);
simple_slot!(set_nb_int, nb.nb_int, slot_nb_int);
simple_slot!(set_nb_float, nb.nb_float, slot_nb_float);
simple_slot!(set_power3, nb.power3, slot_nb_power3);

unsafe fn set_hash(ty: *mut TypeObject, generic: bool, none: bool) {
    (*ty).tp_hash = if none {
        Some(crate::ops::protocol::hash_not_implemented)
    } else if generic {
        Some(slot_tp_hash)
    } else {
        (*native_of(ty)).tp_hash
    };
}

unsafe fn set_iter(ty: *mut TypeObject, generic: bool, none: bool) {
    (*ty).tp_iter = if none {
        Some(slot_tp_iter_none)
    } else if generic {
        Some(slot_tp_iter)
    } else {
        (*native_of(ty)).tp_iter
    };
}

unsafe fn set_getattro(ty: *mut TypeObject, _generic: bool, _none: bool) {
    let has_getattr = defined_where(ty, "__getattr__").is_some_and(|(heap, _)| heap);
    let has_getattribute = defined_where(ty, "__getattribute__").is_some_and(|(heap, _)| heap);
    if has_getattr || has_getattribute {
        (*ty).tp_getattro = Some(slot_tp_getattr_hook);
    } else {
        (*ty).tp_getattro = (*native_of(ty)).tp_getattro;
    }
    if has_getattr {
        (*ty).flags |= TPFLAGS_HAS_GETATTR_HOOK;
    } else {
        (*ty).flags &= !TPFLAGS_HAS_GETATTR_HOOK;
    }
}

unsafe fn set_len(ty: *mut TypeObject, generic: bool, _none: bool) {
    let n = native_of(ty);
    if generic {
        (*ty).sq.sq_length = Some(slot_sq_length);
        (*ty).mp.mp_length = Some(slot_sq_length);
    } else {
        (*ty).sq.sq_length = (*n).sq.sq_length;
        (*ty).mp.mp_length = (*n).mp.mp_length;
    }
}

unsafe fn set_getitem(ty: *mut TypeObject, generic: bool, _none: bool) {
    let n = native_of(ty);
    if generic {
        (*ty).mp.mp_subscript = Some(slot_mp_subscript);
        (*ty).sq.sq_item = Some(slot_sq_item);
    } else {
        (*ty).mp.mp_subscript = (*n).mp.mp_subscript;
        (*ty).sq.sq_item = (*n).sq.sq_item;
    }
}

unsafe fn set_setitem(ty: *mut TypeObject, generic: bool, _none: bool) {
    let n = native_of(ty);
    if generic {
        (*ty).mp.mp_ass_subscript = Some(slot_mp_ass_subscript);
        (*ty).sq.sq_ass_item = None;
    } else {
        (*ty).mp.mp_ass_subscript = (*n).mp.mp_ass_subscript;
        (*ty).sq.sq_ass_item = (*n).sq.sq_ass_item;
    }
}

macro_rules! binop_slot {
    ($setter:ident, $op:expr) => {
        unsafe fn $setter(ty: *mut TypeObject, generic: bool, _none: bool) {
            let i = $op as usize;
            (*ty).nb.binary[i] = if generic {
                Some(BINARY_SLOTS[i])
            } else {
                (*native_of(ty)).nb.binary[i]
            };
        }
    };
}
macro_rules! inplace_slot {
    ($setter:ident, $op:expr) => {
        unsafe fn $setter(ty: *mut TypeObject, generic: bool, _none: bool) {
            let i = $op as usize;
            (*ty).nb.inplace[i] = if generic {
                Some(INPLACE_SLOTS[i])
            } else {
                (*native_of(ty)).nb.inplace[i]
            };
        }
    };
}
macro_rules! unary_slot {
    ($setter:ident, $op:expr) => {
        unsafe fn $setter(ty: *mut TypeObject, generic: bool, _none: bool) {
            let i = $op as usize;
            (*ty).nb.unary[i] = if generic {
                Some(UNARY_SLOTS[i])
            } else {
                (*native_of(ty)).nb.unary[i]
            };
        }
    };
}

binop_slot!(b_add, BinOp::Add);
binop_slot!(b_and, BinOp::And);
binop_slot!(b_floordiv, BinOp::FloorDiv);
binop_slot!(b_lshift, BinOp::LShift);
binop_slot!(b_matmul, BinOp::MatMul);
binop_slot!(b_mul, BinOp::Mul);
binop_slot!(b_mod, BinOp::Mod);
binop_slot!(b_or, BinOp::Or);
binop_slot!(b_pow, BinOp::Pow);
binop_slot!(b_rshift, BinOp::RShift);
binop_slot!(b_sub, BinOp::Sub);
binop_slot!(b_truediv, BinOp::TrueDiv);
binop_slot!(b_xor, BinOp::Xor);
binop_slot!(b_divmod, BinOp::Divmod);
inplace_slot!(i_add, BinOp::Add);
inplace_slot!(i_and, BinOp::And);
inplace_slot!(i_floordiv, BinOp::FloorDiv);
inplace_slot!(i_lshift, BinOp::LShift);
inplace_slot!(i_matmul, BinOp::MatMul);
inplace_slot!(i_mul, BinOp::Mul);
inplace_slot!(i_mod, BinOp::Mod);
inplace_slot!(i_or, BinOp::Or);
inplace_slot!(i_pow, BinOp::Pow);
inplace_slot!(i_rshift, BinOp::RShift);
inplace_slot!(i_sub, BinOp::Sub);
inplace_slot!(i_truediv, BinOp::TrueDiv);
inplace_slot!(i_xor, BinOp::Xor);
unary_slot!(u_neg, UnaryOp::Neg);
unary_slot!(u_pos, UnaryOp::Pos);
unary_slot!(u_invert, UnaryOp::Invert);
unary_slot!(u_abs, UnaryOp::Abs);

macro_rules! sd {
    ([$($n:literal),+], $f:ident) => {
        SlotDef { names: &[$($n),+], apply: $f }
    };
}

/// Every dunder that maps to a slot.
pub static SLOTDEFS: &[SlotDef] = &[
    sd!(["__repr__"], set_repr),
    sd!(["__str__"], set_str),
    sd!(["__hash__"], set_hash),
    sd!(["__call__"], set_call),
    sd!(["__iter__"], set_iter),
    sd!(["__next__"], set_iternext),
    sd!(["__get__"], set_descr_get),
    sd!(["__set__", "__delete__"], set_descr_set),
    sd!(["__init__"], set_init),
    sd!(["__new__"], set_new),
    sd!(
        ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"],
        set_richcompare
    ),
    sd!(["__getattribute__", "__getattr__"], set_getattro),
    sd!(["__setattr__", "__delattr__"], set_setattro),
    sd!(["__len__"], set_len),
    sd!(["__getitem__"], set_getitem),
    sd!(["__setitem__", "__delitem__"], set_setitem),
    sd!(["__contains__"], set_sq_contains),
    sd!(["__bool__"], set_nb_bool),
    sd!(["__index__"], set_nb_index),
    sd!(["__int__"], set_nb_int),
    sd!(["__float__"], set_nb_float),
    sd!(["__add__", "__radd__"], b_add),
    sd!(["__and__", "__rand__"], b_and),
    sd!(["__floordiv__", "__rfloordiv__"], b_floordiv),
    sd!(["__lshift__", "__rlshift__"], b_lshift),
    sd!(["__matmul__", "__rmatmul__"], b_matmul),
    sd!(["__mul__", "__rmul__"], b_mul),
    sd!(["__mod__", "__rmod__"], b_mod),
    sd!(["__or__", "__ror__"], b_or),
    sd!(["__pow__", "__rpow__"], b_pow),
    sd!(["__rshift__", "__rrshift__"], b_rshift),
    sd!(["__sub__", "__rsub__"], b_sub),
    sd!(["__truediv__", "__rtruediv__"], b_truediv),
    sd!(["__xor__", "__rxor__"], b_xor),
    sd!(["__divmod__", "__rdivmod__"], b_divmod),
    sd!(["__iadd__"], i_add),
    sd!(["__iand__"], i_and),
    sd!(["__ifloordiv__"], i_floordiv),
    sd!(["__ilshift__"], i_lshift),
    sd!(["__imatmul__"], i_matmul),
    sd!(["__imul__"], i_mul),
    sd!(["__imod__"], i_mod),
    sd!(["__ior__"], i_or),
    sd!(["__ipow__"], i_pow),
    sd!(["__irshift__"], i_rshift),
    sd!(["__isub__"], i_sub),
    sd!(["__itruediv__"], i_truediv),
    sd!(["__ixor__"], i_xor),
    sd!(["__neg__"], u_neg),
    sd!(["__pos__"], u_pos),
    sd!(["__invert__"], u_invert),
    sd!(["__abs__"], u_abs),
];

/// Three-argument `pow` follows `__pow__`.
unsafe fn update_power3(ty: *mut TypeObject) {
    let generic = defined_where(ty, "__pow__").is_some_and(|(h, _)| h);
    set_power3(ty, generic, false);
}
