//! `TypeObject`: the layout of every type (static built-in types and heap
//! types created by `type(...)` / class statements), its flags, and the
//! small accessors everything else uses (`type_of`, `is_subtype`, names).
//!
//! Static built-in types live in `Static<TypeObject>` statics, are immortal,
//! and are finished at runtime start-up by `types::ready::ready_type`
//! (bases, MRO, dict, inherited slots). Heap types are allocated by
//! `type.__new__` with a GC header like any container and own references to
//! their name, bases, MRO and dict.
//!
//! **Version tag.** `version_tag` identifies the current contents of the
//! type's dict *and* of every type in its MRO. It is 0 when unassigned. Any
//! change to the type's dict, its bases, or any base's dict calls
//! `types::version::type_modified`, which resets the tag of the type and of
//! every subclass to 0; the next lookup assigns a fresh tag from a global
//! counter that never repeats. An inline cache (native code or interpreter)
//! stores `(type pointer, version_tag)` with the looked-up result and is
//! valid exactly while `ty == cached_ty && ty->version_tag == cached_tag`
//! and `cached_tag != 0`: a single load and two compares. The tag lives at
//! the fixed offset `TYPE_VERSION_TAG_OFFSET`.

use super::slots::*;
use crate::object::header::IMMORTAL_REFCNT;
use crate::object::{Object, Static, Value};

/// Type is allocated on the heap (created by `type.__new__`).
pub const TPFLAGS_HEAPTYPE: u64 = 1 << 9;
/// Instances match sequence patterns (`Py_TPFLAGS_SEQUENCE`).
pub const TPFLAGS_SEQUENCE: u64 = 1 << 5;
/// Instances match mapping patterns (`Py_TPFLAGS_MAPPING`).
pub const TPFLAGS_MAPPING: u64 = 1 << 6;
/// Type may be subclassed.
pub const TPFLAGS_BASETYPE: u64 = 1 << 10;
/// Instances carry a GC header and must be traversable.
pub const TPFLAGS_HAVE_GC: u64 = 1 << 14;
/// `ready_type` has run.
pub const TPFLAGS_READY: u64 = 1 << 12;
/// Attributes cannot be set on the type.
pub const TPFLAGS_IMMUTABLETYPE: u64 = 1 << 8;
/// Instances of the type's `__get__` may be skipped by LOAD_METHOD (the
/// descriptor binds `self` as the first argument).
pub const TPFLAGS_METHOD_DESCRIPTOR: u64 = 1 << 17;
/// The type defines `__getattr__` (checked after the generic lookup fails).
pub const TPFLAGS_HAS_GETATTR_HOOK: u64 = 1 << 18;
/// Set on the module type (module functions bound to their module print
/// as "built-in function").
pub const TPFLAGS_MODULE: u64 = 1 << 19;
/// Fast subclass checks, set on the built-in type and inherited.
pub const TPFLAGS_LONG_SUBCLASS: u64 = 1 << 24;
pub const TPFLAGS_LIST_SUBCLASS: u64 = 1 << 25;
pub const TPFLAGS_TUPLE_SUBCLASS: u64 = 1 << 26;
pub const TPFLAGS_BYTES_SUBCLASS: u64 = 1 << 27;
pub const TPFLAGS_UNICODE_SUBCLASS: u64 = 1 << 28;
pub const TPFLAGS_DICT_SUBCLASS: u64 = 1 << 29;
pub const TPFLAGS_BASE_EXC_SUBCLASS: u64 = 1 << 30;
pub const TPFLAGS_TYPE_SUBCLASS: u64 = 1 << 31;
/// Flags inherited by every subclass.
pub const TPFLAGS_INHERITED_MASK: u64 = TPFLAGS_SEQUENCE
    | TPFLAGS_MAPPING
    | TPFLAGS_LONG_SUBCLASS
    | TPFLAGS_LIST_SUBCLASS
    | TPFLAGS_TUPLE_SUBCLASS
    | TPFLAGS_BYTES_SUBCLASS
    | TPFLAGS_UNICODE_SUBCLASS
    | TPFLAGS_DICT_SUBCLASS
    | TPFLAGS_BASE_EXC_SUBCLASS
    | TPFLAGS_TYPE_SUBCLASS
    | TPFLAGS_HAS_GETATTR_HOOK
    | TPFLAGS_MODULE;

/// Layout of a type object.
#[repr(C)]
pub struct TypeObject {
    pub ob: Object,
    /// `tp_name` bytes (UTF-8). Static: a `'static` string. Heap: points into
    /// the `ht_name` str object, which the type owns.
    pub name_ptr: *const u8,
    pub name_len: usize,
    pub flags: u64,
    /// See the module docs. Offset asserted in tests.
    pub version_tag: u32,
    pub _pad: u32,
    /// Size of an instance in bytes, including the `Object` header and
    /// excluding the GC header.
    pub basicsize: usize,
    /// Size of each trailing item for variable-size instances (else 0).
    pub itemsize: usize,
    /// Byte offset of the instance `__dict__` slot (a `Value`, null until
    /// first use) from the object header; 0 when instances have no dict.
    pub dictoffset: usize,
    /// The solid base (`tp_base`): the base whose layout this type extends.
    pub base: *mut TypeObject,
    /// `__bases__` (tuple, owned), `__mro__` (tuple, owned) and the type's
    /// dict (owned). Null before `ready_type`.
    pub bases: Value,
    pub mro: Value,
    pub dict: Value,
    /// Direct subclasses (not owning), for version-tag invalidation.
    pub subclasses: *mut Vec<*mut TypeObject>,
    /// Heap types: `__name__` / `__qualname__` str objects (owned); static
    /// types: null (computed from `name_ptr`).
    pub ht_name: Value,
    pub ht_qualname: Value,
    /// Heap types: the tuple of `__slots__` names or null.
    pub ht_slots: Value,

    pub tp_getattro: Option<GetattroFn>,
    pub tp_setattro: Option<SetattroFn>,
    /// Calling an instance of this type (vectorcall convention).
    pub tp_call: Option<VectorcallFn>,
    pub tp_repr: Option<UnaryFn>,
    pub tp_str: Option<UnaryFn>,
    pub tp_hash: Option<HashFn>,
    pub tp_richcompare: Option<RichCmpFn>,
    pub tp_iter: Option<UnaryFn>,
    pub tp_iternext: Option<UnaryFn>,
    pub tp_descr_get: Option<DescrGetFn>,
    pub tp_descr_set: Option<DescrSetFn>,
    pub tp_init: Option<InitFn>,
    pub tp_new: Option<NewFn>,
    pub tp_dealloc: Option<DeallocFn>,
    pub tp_traverse: Option<TraverseFn>,
    pub tp_clear: Option<ClearFn>,
    /// Per-object GC test for types whose instances are only sometimes
    /// containers with a GC header (`type`: only heap types are).
    pub tp_is_gc: Option<IsGcFn>,
    pub nb: NumberSlots,
    pub sq: SequenceSlots,
    pub mp: MappingSlots,
    /// Doc string of static types.
    pub doc: Option<&'static str>,
    /// Methods and computed attributes `ready_type` puts in the dict.
    pub methods: &'static [crate::call::builtin::MethodDef],
    pub getsets: &'static [crate::call::descr::GetSetDef],
    /// Class methods (`dict.fromkeys`, `object.__init_subclass__`): bound
    /// to the class they are looked up on.
    pub classmethods: &'static [crate::call::builtin::MethodDef],
}

/// Offset of `version_tag` in `TypeObject` (read by native inline caches).
pub const TYPE_VERSION_TAG_OFFSET: usize = std::mem::offset_of!(TypeObject, version_tag);
/// Offset of `flags` in `TypeObject`.
pub const TYPE_FLAGS_OFFSET: usize = std::mem::offset_of!(TypeObject, flags);

impl TypeObject {
    /// A static type template: every slot empty, the given name, size and
    /// flags. Static type definitions use `..TypeObject::new_static(..)`.
    pub const fn new_static(name: &'static str, basicsize: usize, flags: u64) -> TypeObject {
        TypeObject {
            ob: Object {
                refcnt: IMMORTAL_REFCNT,
                ty: crate::types::typetype::TYPE_TYPE.ptr(),
            },
            name_ptr: name.as_ptr(),
            name_len: name.len(),
            flags,
            version_tag: 0,
            _pad: 0,
            basicsize,
            itemsize: 0,
            dictoffset: 0,
            base: std::ptr::null_mut(),
            bases: Value::NULL,
            mro: Value::NULL,
            dict: Value::NULL,
            subclasses: std::ptr::null_mut(),
            ht_name: Value::NULL,
            ht_qualname: Value::NULL,
            ht_slots: Value::NULL,
            tp_getattro: None,
            tp_setattro: None,
            tp_call: None,
            tp_repr: None,
            tp_str: None,
            tp_hash: None,
            tp_richcompare: None,
            tp_iter: None,
            tp_iternext: None,
            tp_descr_get: None,
            tp_descr_set: None,
            tp_init: None,
            tp_new: None,
            tp_dealloc: None,
            tp_traverse: None,
            tp_clear: None,
            tp_is_gc: None,
            nb: NumberSlots::EMPTY,
            sq: SequenceSlots::EMPTY,
            mp: MappingSlots::EMPTY,
            doc: None,
            methods: &[],
            getsets: &[],
            classmethods: &[],
        }
    }

    /// The type's `tp_name` (for heap types, `__name__`).
    #[inline]
    pub fn name(&self) -> &str {
        // SAFETY: name_ptr/name_len always describe valid UTF-8 kept alive by
        // the type (static string or owned `ht_name`).
        unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.name_ptr, self.name_len))
        }
    }

    #[inline(always)]
    pub fn has_flag(&self, f: u64) -> bool {
        self.flags & f != 0
    }
    #[inline(always)]
    pub fn is_heap_type(&self) -> bool {
        self.has_flag(TPFLAGS_HEAPTYPE)
    }
    /// Whether instances of this type are allocated with a GC header.
    #[inline(always)]
    pub fn is_gc_type(&self) -> bool {
        self.has_flag(TPFLAGS_HAVE_GC)
    }
}

/// The type of any value (borrowed). Small ints are `int`.
///
/// Safety: `v` must be a valid non-null value.
#[inline(always)]
pub fn type_of(v: Value) -> *mut TypeObject {
    if v.is_small() {
        crate::objects::int::INT_TYPE.ptr()
    } else {
        debug_assert!(!v.is_null());
        // SAFETY: heap pointer to a live object.
        unsafe { (*v.as_obj()).ty as *mut TypeObject }
    }
}

/// `type(v).__name__` as a Rust string (borrowed from the type).
#[inline]
pub fn type_name(v: Value) -> &'static str {
    // SAFETY: types outlive the error messages built from their names within
    // one runtime call; static types live forever.
    unsafe { std::mem::transmute::<&str, &'static str>((*type_of(v)).name()) }
}

/// Whether the object `o` has a GC header (its type is a GC type and, when
/// the type has `tp_is_gc`, that hook agrees).
///
/// # Safety
/// `o` is a live object.
pub unsafe fn object_is_gc(o: *mut Object) -> bool {
    let ty = (*o).ty;
    (*ty).is_gc_type() && (*ty).tp_is_gc.is_none_or(|f| f(o))
}

/// `issubclass(a, b)` for types, following `a`'s MRO (or the `base` chain
/// before the MRO is computed).
#[inline]
pub fn is_subtype(a: *const TypeObject, b: *const TypeObject) -> bool {
    if a == b {
        return true;
    }
    // SAFETY: both are valid type objects.
    unsafe {
        let mro = (*a).mro;
        if !mro.is_null() {
            crate::objects::tuple::as_slice(mro)
                .iter()
                .any(|t| t.as_obj() as *const TypeObject == b)
        } else {
            let mut t = (*a).base as *const TypeObject;
            while !t.is_null() {
                if t == b {
                    return true;
                }
                t = (*t).base;
            }
            false
        }
    }
}

/// `isinstance(v, ty)` on exact types only (no `__instancecheck__`).
#[inline]
pub fn is_instance_of(v: Value, ty: *const TypeObject) -> bool {
    is_subtype(type_of(v), ty)
}

/// Pointer to a static type as a `Value` (borrowed).
#[inline(always)]
pub fn type_value(t: &Static<TypeObject>) -> Value {
    Value::from_obj(t.ptr())
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn type_layout_offsets() {
        assert_eq!(std::mem::offset_of!(TypeObject, ob), 0);
        assert_eq!(TYPE_VERSION_TAG_OFFSET, 40);
        assert_eq!(TYPE_FLAGS_OFFSET, 32);
        assert_eq!(std::mem::size_of::<TypeObject>() % 8, 0);
    }
}
