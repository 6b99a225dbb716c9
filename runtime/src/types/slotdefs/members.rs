//! `member_descriptor`: the descriptors `__slots__` creates. Each reads and
//! writes one `Value` word at a fixed offset of the instance; an unset slot
//! (null) raises AttributeError.

use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::{new_ref, Object, Static, Value};
use crate::objects::str as pystr;
use crate::types::typeobject::*;

#[repr(C)]
pub struct MemberDescrObject {
    pub ob: Object,
    pub name: Value,
    pub offset: usize,
    /// The class whose instances hold the slot (owned reference).
    pub owner: *mut TypeObject,
}

pub static MEMBER_DESCR_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(member_repr),
    tp_descr_get: Some(member_get),
    tp_descr_set: Some(member_set),
    tp_dealloc: Some(member_dealloc),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    getsets: MEMBER_GETSETS,
    ..TypeObject::new_static(
        "member_descriptor",
        std::mem::size_of::<MemberDescrObject>(),
        0,
    )
});

/// New member descriptor for slot `name` at `offset` of `owner` instances.
pub fn new_member(name: &str, offset: usize, owner: *mut TypeObject) -> Value {
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(
            MEMBER_DESCR_TYPE.ptr(),
            std::mem::size_of::<MemberDescrObject>(),
        );
        if o.is_null() {
            return Value::NULL;
        }
        let m = o as *mut MemberDescrObject;
        (*m).name = pystr::intern(name);
        (*m).offset = offset;
        (*m).owner = owner;
        crate::object::incref(Value::from_obj(owner));
        Value::from_obj(o)
    }
}

unsafe fn check(m: *mut MemberDescrObject, obj: Value) -> bool {
    if is_instance_of(obj, (*m).owner) {
        return true;
    }
    crate::type_error!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        pystr::as_str((*m).name),
        (*(*m).owner).name(),
        type_name(obj)
    );
    false
}

unsafe fn member_get(descr: Value, obj: Value, _ty: Value) -> Value {
    if obj.is_null() {
        return new_ref(descr);
    }
    let m = descr.cast::<MemberDescrObject>();
    if !check(m, obj) {
        return Value::NULL;
    }
    let v = *((obj.as_obj() as *mut u8).add((*m).offset) as *const Value);
    if v.is_null() {
        return raise_attribute_error(format!(
            "'{}' object has no attribute '{}'",
            type_name(obj),
            pystr::as_str((*m).name)
        ));
    }
    new_ref(v)
}

unsafe fn member_set(descr: Value, obj: Value, value: Value) -> i32 {
    let m = descr.cast::<MemberDescrObject>();
    if !check(m, obj) {
        return -1;
    }
    let slot = (obj.as_obj() as *mut u8).add((*m).offset) as *mut Value;
    if value.is_null() && (*slot).is_null() {
        // CPython 3.11 reports deleting an unset slot with the bare name.
        raise_attribute_error(pystr::as_str((*m).name));
        return -1;
    }
    crate::object::xincref(value);
    crate::object::refcount::xsetref(&mut *slot, value);
    0
}

unsafe fn member_repr(v: Value) -> Value {
    let m = v.cast::<MemberDescrObject>();
    pystr::from_string(format!(
        "<member '{}' of '{}' objects>",
        pystr::as_str((*m).name),
        (*(*m).owner).name()
    ))
}

unsafe fn member_name(v: Value) -> Value {
    new_ref((*v.cast::<MemberDescrObject>()).name)
}

unsafe fn member_qualname(v: Value) -> Value {
    let m = v.cast::<MemberDescrObject>();
    let owner = crate::objects::object::type_qualname((*m).owner);
    pystr::from_string(format!("{owner}.{}", pystr::as_str((*m).name)))
}

unsafe fn member_objclass(v: Value) -> Value {
    new_ref(Value::from_obj((*v.cast::<MemberDescrObject>()).owner))
}

unsafe fn member_doc(_v: Value) -> Value {
    crate::objects::singletons::none()
}

static MEMBER_GETSETS: &[crate::call::descr::GetSetDef] = &[
    crate::call::descr::GetSetDef {
        name: "__name__",
        get: member_name,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "__qualname__",
        get: member_qualname,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "__objclass__",
        get: member_objclass,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "__doc__",
        get: member_doc,
        set: None,
        doc: "",
    },
];

unsafe fn member_dealloc(o: *mut Object) {
    crate::object::decref(Value::from_obj((*(o as *mut MemberDescrObject)).owner));
    crate::object::alloc::free_and_release_type(o);
}
