//! The `_abc` built-in module, reduced to the part of CPython's `_abc`
//! that needs the object model: the collection flags that decide which
//! classes `match` treats as sequences or mappings. `abc.ABCMeta` (in
//! Python, `runtime/lib/abc.py`) keeps its registry itself and calls:
//!
//! * `_abc_init(cls)`: move `__abc_tpflags__` from the class namespace
//!   into the type's flags (`collections.abc.Sequence` sets
//!   `1 << 5`, `Mapping` `1 << 6`);
//! * `_abc_register(cls, subclass)`: give `subclass` (and its subclasses)
//!   the collection flag of `cls`, unless it is a built-in type.
//!
//! Invariant: a type never carries both collection flags.

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::errors::*;
use crate::object::Value;
use crate::objects::{dict, int, singletons::none};
use crate::types::typeobject::*;
use crate::types::typetype::is_type;

/// `Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING`.
const COLLECTION_FLAGS: u64 = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING;

unsafe fn abc_init(_m: Value, cls: Value) -> Value {
    if !is_type(cls) {
        return none();
    }
    let ty = cls.as_obj() as *mut TypeObject;
    let d = (*ty).dict;
    let Some(flags) = dict::get_str(d, "__abc_tpflags__") else {
        return none();
    };
    let Some(val) = int::as_i64(flags) else {
        return crate::type_error!("__abc_tpflags__ must be an int, not {}", type_name(flags));
    };
    let val = val as u64 & COLLECTION_FLAGS;
    if val == COLLECTION_FLAGS {
        return raise_type_error(
            "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING",
        );
    }
    (*ty).flags |= val;
    if dict::del_item(d, crate::id!(__abc_tpflags__)) < 0 {
        return Value::NULL;
    }
    none()
}

unsafe fn set_collection_flag_recursive(ty: *mut TypeObject, flag: u64, depth: usize) {
    if !(*ty).is_heap_type() || (*ty).flags & COLLECTION_FLAGS == flag || depth > 10_000 {
        return;
    }
    (*ty).flags = ((*ty).flags & !COLLECTION_FLAGS) | flag;
    if !(*ty).subclasses.is_null() {
        let subs: Vec<*mut TypeObject> = (*(*ty).subclasses).clone();
        for s in subs {
            set_collection_flag_recursive(s, flag, depth + 1);
        }
    }
}

unsafe fn abc_register(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("_abc_register expected 2 arguments, got {}", args.len());
    }
    let (cls, sub) = (args[0], args[1]);
    if is_type(cls) && is_type(sub) {
        let flag = (*(cls.as_obj() as *mut TypeObject)).flags & COLLECTION_FLAGS;
        if flag != 0 {
            set_collection_flag_recursive(sub.as_obj() as *mut TypeObject, flag, 0);
        }
    }
    none()
}

pub static ABC_FUNCTIONS: &[MethodDef] = &[
    MethodDef {
        name: "_abc_init",
        imp: MethodImpl::O(abc_init),
        doc: "Internal ABC helper for class set-up. Should be never used outside abc module.",
    },
    MethodDef {
        name: "_abc_register",
        imp: MethodImpl::Fast(abc_register),
        doc: "Internal ABC helper for subclasss registration. Should be never used outside abc module.",
    },
];
