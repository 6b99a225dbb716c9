//! `mappingproxy` (`types.MappingProxyType`): a read-only, live view of a
//! mapping. `cls.__dict__` returns one over the class namespace, so code
//! can read a class's attributes but not change them behind the type's
//! back (which would skip the version-tag and slot updates `setattr` does).
//!
//! Reads (`[]`, `len`, `in`, iteration, `get`, `keys`, `values`, `items`,
//! `copy`, `|`, `==`, `reversed`) go to the wrapped mapping; there is no
//! way to write through the proxy. Invariant: `mapping` is never null on a
//! live proxy.

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::clear_slot;
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::singletons::none;
use crate::objects::str as pystr;
use crate::ops::protocol;
use crate::types::slots::{BinOp, CompareOp, MappingSlots, NumberSlots, SequenceSlots};
use crate::types::typeobject::*;

#[repr(C)]
pub struct MappingProxyObject {
    pub ob: Object,
    pub mapping: Value,
}

const fn proxy_number_slots() -> NumberSlots {
    let mut n = NumberSlots::EMPTY;
    n.binary[BinOp::Or as usize] = Some(proxy_or);
    n
}

const fn proxy_sequence_slots() -> SequenceSlots {
    let mut s = SequenceSlots::EMPTY;
    s.sq_contains = Some(proxy_contains);
    s
}

pub static MAPPINGPROXY_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_new: Some(proxy_new),
    tp_dealloc: Some(proxy_dealloc),
    tp_traverse: Some(proxy_traverse),
    tp_repr: Some(proxy_repr),
    tp_str: Some(proxy_str),
    tp_hash: Some(crate::ops::protocol::hash_not_implemented),
    tp_richcompare: Some(proxy_richcompare),
    tp_iter: Some(proxy_iter),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    mp: MappingSlots {
        mp_length: Some(proxy_len),
        mp_subscript: Some(proxy_getitem),
        mp_ass_subscript: None,
    },
    sq: proxy_sequence_slots(),
    nb: proxy_number_slots(),
    methods: PROXY_METHODS,
    doc: Some("Read-only proxy of a mapping."),
    ..TypeObject::new_static(
        "mappingproxy",
        std::mem::size_of::<MappingProxyObject>(),
        TPFLAGS_HAVE_GC | TPFLAGS_MAPPING,
    )
});

fn mapping_of(v: Value) -> Value {
    // SAFETY: v is a mappingproxy.
    unsafe { (*v.cast::<MappingProxyObject>()).mapping }
}

/// A new proxy over `mapping` (borrowed), which must be a mapping.
pub fn new_proxy(mapping: Value) -> Value {
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(
            MAPPINGPROXY_TYPE.ptr(),
            std::mem::size_of::<MappingProxyObject>(),
        );
        if o.is_null() {
            return Value::NULL;
        }
        (*(o as *mut MappingProxyObject)).mapping = new_ref(mapping);
        gc::track(o);
        Value::from_obj(o)
    }
}

/// `mappingproxy(mapping)`: lists, tuples and non-mappings are refused.
unsafe fn proxy_new(_t: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 1];
    let spec = crate::call::argparse::ArgSpec {
        fname: "mappingproxy",
        params: &["mapping"],
        posonly: 0,
        required: 1,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let m = out[0];
    let ty = type_of(m);
    let is_mapping = (*ty).mp.mp_subscript.is_some()
        && !crate::objects::list::is_list(m)
        && !crate::objects::tuple::is_tuple(m);
    if !is_mapping {
        return crate::type_error!(
            "mappingproxy() argument must be a mapping, not {}",
            type_name(m)
        );
    }
    new_proxy(m)
}

unsafe fn proxy_dealloc(o: *mut Object) {
    gc::untrack(o);
    clear_slot(&mut (*(o as *mut MappingProxyObject)).mapping);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn proxy_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    visit_value((*(o as *mut MappingProxyObject)).mapping, visit, arg)
}

unsafe fn proxy_repr(v: Value) -> Value {
    let r = protocol::repr(mapping_of(v));
    if r.is_null() {
        return r;
    }
    let s = pystr::from_string(format!("mappingproxy({})", pystr::as_str(r)));
    decref(r);
    s
}

unsafe fn proxy_str(v: Value) -> Value {
    protocol::str_of(mapping_of(v))
}

unsafe fn proxy_len(v: Value) -> isize {
    protocol::len(mapping_of(v))
}

unsafe fn proxy_getitem(v: Value, key: Value) -> Value {
    protocol::get_item(mapping_of(v), key)
}

unsafe fn proxy_contains(v: Value, key: Value) -> i32 {
    protocol::contains(mapping_of(v), key)
}

unsafe fn proxy_iter(v: Value) -> Value {
    protocol::get_iter(mapping_of(v))
}

unsafe fn proxy_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    crate::ops::compare::rich_compare(mapping_of(a), b, op)
}

/// `proxy | other` and `other | proxy`: the wrapped mappings or'd (a new
/// dict for dicts), never a proxy.
unsafe fn proxy_or(a: Value, b: Value) -> Value {
    let unwrap = |v: Value| {
        if v.is_ptr() && type_of(v) == MAPPINGPROXY_TYPE.ptr() {
            mapping_of(v)
        } else {
            v
        }
    };
    crate::ops::number::binary_op(unwrap(a), unwrap(b), BinOp::Or)
}

/// Call `mapping.<name>(*args)`.
unsafe fn forward(v: Value, name: &str, args: &[Value]) -> Value {
    let n = pystr::intern(name);
    if n.is_null() {
        return n;
    }
    crate::call::vectorcall::call_method(mapping_of(v), n, args)
}

unsafe fn m_get(v: Value, args: &[Value]) -> Value {
    match args.len() {
        0 => crate::type_error!("get expected at least 1 argument, got 0"),
        1 => forward(v, "get", &[args[0], none()]),
        2 => forward(v, "get", args),
        n => crate::type_error!("get expected at most 2 arguments, got {n}"),
    }
}
unsafe fn m_keys(v: Value) -> Value {
    forward(v, "keys", &[])
}
unsafe fn m_values(v: Value) -> Value {
    forward(v, "values", &[])
}
unsafe fn m_items(v: Value) -> Value {
    forward(v, "items", &[])
}
unsafe fn m_copy(v: Value) -> Value {
    forward(v, "copy", &[])
}
unsafe fn m_reversed(v: Value) -> Value {
    crate::call::vectorcall::call(
        Value::from_obj(crate::builtins::iters::REVERSED_TYPE.ptr()),
        &[mapping_of(v)],
        Value::NULL,
    )
}

static PROXY_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "get",
        imp: MethodImpl::Fast(m_get),
        doc: "Return the value for key if key is in the mapping, else default.",
    },
    MethodDef {
        name: "keys",
        imp: MethodImpl::NoArgs(m_keys),
        doc: "D.keys() -> a set-like object providing a view on D's keys",
    },
    MethodDef {
        name: "values",
        imp: MethodImpl::NoArgs(m_values),
        doc: "D.values() -> an object providing a view on D's values",
    },
    MethodDef {
        name: "items",
        imp: MethodImpl::NoArgs(m_items),
        doc: "D.items() -> a set-like object providing a view on D's items",
    },
    MethodDef {
        name: "copy",
        imp: MethodImpl::NoArgs(m_copy),
        doc: "D.copy() -> a shallow copy of D",
    },
    MethodDef {
        name: "__reversed__",
        imp: MethodImpl::NoArgs(m_reversed),
        doc: "D.__reversed__() -> reverse iterator",
    },
];
