//! `match` statement support: which subjects count as mappings and
//! sequences, mapping-pattern key extraction (`MATCH_KEYS`) and class
//! patterns (`MATCH_CLASS`, with `__match_args__` and the built-in types
//! that match themselves positionally), with CPython's errors.

use crate::errors::*;
use crate::object::{decref, new_ref, Value};
use crate::objects::singletons::none;
use crate::objects::{str as pystr, tuple};
use crate::types::typeobject::*;

/// Mapping subjects: dicts, their subclasses, and classes flagged as
/// mappings (`collections.abc.Mapping` and what it registers).
pub fn is_mapping(v: Value) -> bool {
    // SAFETY: valid value.
    v.is_ptr()
        && unsafe {
            let ty = type_of(v);
            (*ty).has_flag(TPFLAGS_MAPPING) || (*ty).has_flag(TPFLAGS_DICT_SUBCLASS)
        }
}

/// Sequence subjects: lists, tuples, ranges, and classes flagged as
/// sequences (`collections.abc.Sequence` and what it registers); never
/// str/bytes.
pub fn is_sequence(v: Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    let ty = type_of(v);
    // SAFETY: valid type.
    unsafe {
        (*ty).has_flag(TPFLAGS_SEQUENCE)
            || (*ty).has_flag(TPFLAGS_LIST_SUBCLASS)
            || (*ty).has_flag(TPFLAGS_TUPLE_SUBCLASS)
            || is_subtype(ty, crate::objects::range::RANGE_TYPE.ptr())
    }
}

/// `MATCH_KEYS`: tuple of the values for `keys`, or None if one is
/// missing (new reference; null on error).
pub fn match_keys(subject: Value, keys: Value) -> Value {
    let ks = tuple::as_slice(keys);
    if ks.is_empty() {
        return tuple::empty_tuple();
    }
    let get = match crate::ops::attr::lookup_attr(subject, crate::id!(get)) {
        Ok(Some(g)) => g,
        Ok(None) => return raise_type_error("mapping pattern subject has no get method"),
        Err(()) => return Value::NULL,
    };
    // A private sentinel: a fresh object no mapping can contain.
    let dummy = crate::objects::object::alloc_instance(crate::objects::object::OBJECT_TYPE.ptr());
    let mut vals = Vec::with_capacity(ks.len());
    let mut seen: Vec<Value> = Vec::new();
    let mut result = Value::NULL;
    let mut failed = false;
    for &k in ks {
        for &s in &seen {
            let eq =
                crate::ops::compare::rich_compare_bool(s, k, crate::types::slots::CompareOp::Eq);
            if eq < 0 {
                failed = true;
                break;
            }
            if eq == 1 {
                let mut r = String::new();
                if crate::ops::protocol::repr_into(k, &mut r) {
                    crate::value_error!("mapping pattern checks duplicate key ({r})");
                }
                failed = true;
                break;
            }
        }
        if failed {
            break;
        }
        seen.push(k);
        let v = crate::call::vectorcall::call(get, &[k, dummy], Value::NULL);
        if v.is_null() {
            failed = true;
            break;
        }
        if v == dummy {
            decref(v);
            result = none();
            break;
        }
        vals.push(v);
    }
    decref(get);
    decref(dummy);
    if failed {
        for v in vals {
            decref(v);
        }
        return Value::NULL;
    }
    if !result.is_null() {
        for v in vals {
            decref(v);
        }
        return result;
    }
    tuple::tuple_from_vec(vals)
}

fn matches_self(ty: *mut TypeObject) -> bool {
    use crate::objects::*;
    let selfish = [
        bool::BOOL_TYPE.ptr(),
        float::FLOAT_TYPE.ptr(),
        int::INT_TYPE.ptr(),
        list::LIST_TYPE.ptr(),
        str::STR_TYPE.ptr(),
        tuple::TUPLE_TYPE.ptr(),
        dict::DICT_TYPE.ptr(),
    ];
    selfish.iter().any(|&t| is_subtype(ty, t))
}

/// Fetch attribute `name` for a class pattern: Ok(None) when missing.
fn pattern_attr(subject: Value, name: Value) -> Result<Option<Value>, ()> {
    crate::ops::attr::lookup_attr(subject, name)
}

/// `MATCH_CLASS`: tuple of `nargs` positional then keyword attributes, or
/// None when the subject does not match (new reference; null on error).
pub unsafe fn match_class(subject: Value, cls: Value, nargs: usize, kwnames: Value) -> Value {
    if !crate::types::typetype::is_type(cls) {
        return raise_type_error("called match pattern must be a type");
    }
    let ty = cls.as_obj() as *mut TypeObject;
    let inst = crate::builtins::core::isinstance_value(subject, cls);
    if inst < 0 {
        return Value::NULL;
    }
    if inst == 0 {
        return none();
    }
    let cname = crate::objects::object::type_qualname(ty);
    let mut names: Vec<Value> = Vec::new();
    let mut out: Vec<Value> = Vec::new();
    let cleanup = |out: Vec<Value>| {
        for v in out {
            decref(v);
        }
    };
    if nargs > 0 {
        let ma = match crate::ops::attr::lookup_attr(cls, crate::id!(__match_args__)) {
            Ok(v) => v,
            Err(()) => return Value::NULL,
        };
        match ma {
            None => {
                if matches_self(ty) && nargs == 1 {
                    out.push(new_ref(subject));
                } else {
                    return crate::type_error!(
                        "{cname}() accepts 0 positional sub-patterns ({nargs} given)"
                    );
                }
            }
            Some(ma) => {
                if !tuple::is_tuple(ma) {
                    let n = type_name(ma);
                    decref(ma);
                    return crate::type_error!("{cname}.__match_args__ must be a tuple (got {n})");
                }
                let items = tuple::as_slice(ma).to_vec();
                if nargs > items.len() {
                    decref(ma);
                    return crate::type_error!(
                        "{cname}() accepts {} positional sub-pattern{} ({nargs} given)",
                        items.len(),
                        if items.len() == 1 { "" } else { "s" }
                    );
                }
                for &n in &items[..nargs] {
                    if !pystr::is_str(n) {
                        decref(ma);
                        cleanup(out);
                        return crate::type_error!(
                            "__match_args__ elements must be strings (got {})",
                            type_name(n)
                        );
                    }
                    names.push(n);
                    match pattern_attr(subject, n) {
                        Ok(Some(v)) => out.push(v),
                        Ok(None) => {
                            decref(ma);
                            cleanup(out);
                            return none();
                        }
                        Err(()) => {
                            decref(ma);
                            cleanup(out);
                            return Value::NULL;
                        }
                    }
                }
                decref(ma);
            }
        }
    }
    for &k in tuple::as_slice(kwnames) {
        if names.iter().any(|&n| crate::objects::str::str_eq(n, k)) {
            cleanup(out);
            return crate::type_error!(
                "{cname}() got multiple sub-patterns for attribute '{}'",
                pystr::as_str(k)
            );
        }
        names.push(k);
        match pattern_attr(subject, k) {
            Ok(Some(v)) => out.push(v),
            Ok(None) => {
                cleanup(out);
                return none();
            }
            Err(()) => {
                cleanup(out);
                return Value::NULL;
            }
        }
    }
    tuple::tuple_from_vec(out)
}
