//! Finishing a type (`PyType_Ready`): bases and MRO, the type dict with the
//! type's methods and computed attributes, slot and flag inheritance along
//! the MRO, and registration with the bases for version-tag invalidation.

use crate::call::{builtin::new_method_descr, descr::new_getset};
use crate::object::{decref, Value};
use crate::objects::object::OBJECT_TYPE;
use crate::objects::{dict, str as pystr, tuple};
use crate::types::typeobject::*;

macro_rules! inherit {
    ($ty:ident, $base:ident, $($field:ident).+) => {
        if (*$ty).$($field).+.is_none() {
            (*$ty).$($field).+ = (*$base).$($field).+;
        }
    };
}

unsafe fn inherit_slots(ty: *mut TypeObject, base: *mut TypeObject) {
    inherit!(ty, base, tp_getattro);
    inherit!(ty, base, tp_setattro);
    inherit!(ty, base, tp_call);
    inherit!(ty, base, tp_repr);
    inherit!(ty, base, tp_str);
    // Hash and comparison go together: a type defining either gets neither.
    if (*ty).tp_richcompare.is_none() && (*ty).tp_hash.is_none() {
        let defines_eq = !(*ty).dict.is_null()
            && (dict::get_str((*ty).dict, "__eq__").is_some()
                || dict::get_str((*ty).dict, "__hash__").is_some());
        if !defines_eq {
            (*ty).tp_richcompare = (*base).tp_richcompare;
            (*ty).tp_hash = (*base).tp_hash;
        }
    }
    inherit!(ty, base, tp_iter);
    inherit!(ty, base, tp_iternext);
    inherit!(ty, base, tp_descr_get);
    inherit!(ty, base, tp_descr_set);
    inherit!(ty, base, tp_init);
    // Static types directly under `object` without their own `__new__`
    // cannot be instantiated (iterators, descriptors); all others inherit.
    if (*ty).is_heap_type() || (*ty).base != OBJECT_TYPE.ptr() {
        inherit!(ty, base, tp_new);
    }
    inherit!(ty, base, tp_dealloc);
    if (*ty).is_gc_type() && (*base).is_gc_type() {
        inherit!(ty, base, tp_traverse);
        inherit!(ty, base, tp_clear);
    }
    for i in 0..(*ty).nb.binary.len() {
        if (*ty).nb.binary[i].is_none() {
            (*ty).nb.binary[i] = (*base).nb.binary[i];
        }
    }
    for i in 0..(*ty).nb.inplace.len() {
        if (*ty).nb.inplace[i].is_none() {
            (*ty).nb.inplace[i] = (*base).nb.inplace[i];
        }
    }
    for i in 0..(*ty).nb.unary.len() {
        if (*ty).nb.unary[i].is_none() {
            (*ty).nb.unary[i] = (*base).nb.unary[i];
        }
    }
    inherit!(ty, base, nb.power3);
    inherit!(ty, base, nb.nb_bool);
    inherit!(ty, base, nb.nb_int);
    inherit!(ty, base, nb.nb_float);
    inherit!(ty, base, nb.nb_index);
    inherit!(ty, base, sq.sq_length);
    inherit!(ty, base, sq.sq_concat);
    inherit!(ty, base, sq.sq_repeat);
    inherit!(ty, base, sq.sq_item);
    inherit!(ty, base, sq.sq_ass_item);
    inherit!(ty, base, sq.sq_contains);
    inherit!(ty, base, sq.sq_inplace_concat);
    inherit!(ty, base, sq.sq_inplace_repeat);
    inherit!(ty, base, mp.mp_length);
    inherit!(ty, base, mp.mp_subscript);
    inherit!(ty, base, mp.mp_ass_subscript);
}

unsafe fn add_descriptors(ty: *mut TypeObject) -> i32 {
    let d = (*ty).dict;
    for def in (*ty).methods {
        let m = new_method_descr(def, ty);
        if m.is_null() {
            return -1;
        }
        let r = dict::set_str(d, def.name, m);
        decref(m);
        if r < 0 {
            return -1;
        }
    }
    for def in (*ty).classmethods {
        let m = crate::call::builtin::new_classmethod_descr(def, ty);
        if m.is_null() {
            return -1;
        }
        let r = dict::set_str(d, def.name, m);
        decref(m);
        if r < 0 {
            return -1;
        }
    }
    for def in (*ty).getsets {
        let g = new_getset(def, ty);
        if g.is_null() {
            return -1;
        }
        let r = dict::set_str(d, def.name, g);
        decref(g);
        if r < 0 {
            return -1;
        }
    }
    if !(*ty).is_heap_type() && dict::get_str(d, "__doc__").is_none() {
        let doc = match (*ty).doc {
            Some(s) => pystr::new_str(s),
            None => crate::objects::singletons::none(),
        };
        if doc.is_null() {
            return -1;
        }
        let r = dict::set_str(d, "__doc__", doc);
        decref(doc);
        if r < 0 {
            return -1;
        }
    }
    0
}

/// Make `ty` usable: 0 on success, -1 with an exception (e.g. an
/// inconsistent MRO).
///
/// # Safety
/// `ty` is a valid type object; GIL held.
pub unsafe fn ready_type(ty: *mut TypeObject) -> i32 {
    if (*ty).has_flag(TPFLAGS_READY) {
        return 0;
    }
    let object = OBJECT_TYPE.ptr();
    if (*ty).base.is_null() && ty != object {
        (*ty).base = object;
    }
    let base = (*ty).base;
    if !base.is_null() && ready_type(base) < 0 {
        return -1;
    }
    if (*ty).bases.is_null() {
        (*ty).bases = if base.is_null() {
            tuple::empty_tuple()
        } else {
            tuple::tuple_pack(&[Value::from_obj(base)])
        };
        if (*ty).bases.is_null() {
            return -1;
        }
    }
    for &b in tuple::as_slice((*ty).bases) {
        if ready_type(b.as_obj() as *mut TypeObject) < 0 {
            return -1;
        }
    }
    if (*ty).dict.is_null() {
        (*ty).dict = dict::dict_new();
        if (*ty).dict.is_null() {
            return -1;
        }
    }
    let mro = crate::types::mro::compute_mro(ty);
    if mro.is_null() {
        return -1;
    }
    crate::types::mro::release_mro(&mut (*ty).mro);
    (*ty).mro = mro;
    if add_descriptors(ty) < 0 {
        return -1;
    }
    if !(*ty).is_heap_type() && crate::types::wrappers::add_operators(ty) < 0 {
        return -1;
    }
    if !base.is_null() {
        (*ty).flags |= (*base).flags & TPFLAGS_INHERITED_MASK;
        if (*ty).basicsize == 0 {
            (*ty).basicsize = (*base).basicsize;
        }
        if (*ty).itemsize == 0 {
            (*ty).itemsize = (*base).itemsize;
        }
        if (*ty).dictoffset == 0 {
            (*ty).dictoffset = (*base).dictoffset;
        }
    }
    let mro_items: Vec<Value> = tuple::as_slice((*ty).mro).to_vec();
    for b in mro_items.iter().skip(1) {
        inherit_slots(ty, b.as_obj() as *mut TypeObject);
    }
    (*ty).flags |= TPFLAGS_READY;
    crate::types::typetype::link_subclass(ty);
    0
}
