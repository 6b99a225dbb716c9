//! The `_random` built-in module: `State`, a Mersenne Twister generator
//! object (the algorithm is `num::random::Mt19937`, CPython's), with the
//! primitive operations `random.py` (runtime/lib) builds the `random`
//! module on: seeding from an int, `random()`, `getrandbits(k)`,
//! `randbelow(n)`, and the state as a 625-tuple (624 words, index).
//!
//! Invariant: a State always holds a seeded generator (`state` is never
//! null between creation and dealloc).

use crate::call::builtin::{new_builtin, MethodDef, MethodImpl};
use crate::errors::*;
use crate::num::random::Mt19937;
use crate::object::alloc::alloc_object;
use crate::object::{decref, xdecref, Object, Static, Value};
use crate::objects::singletons::none;
use crate::objects::{dict, float, int, module, tuple};
use crate::types::typeobject::*;
use num_bigint::BigInt;

#[repr(C)]
pub struct StateObject {
    pub ob: Object,
    pub mt: *mut Mt19937,
}

pub static STATE_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(state_dealloc),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    methods: STATE_METHODS,
    ..TypeObject::new_static("_random.State", std::mem::size_of::<StateObject>(), 0)
});

unsafe fn state_dealloc(o: *mut Object) {
    let s = o as *mut StateObject;
    if !(*s).mt.is_null() {
        drop(Box::from_raw((*s).mt));
        (*s).mt = std::ptr::null_mut();
    }
    crate::object::alloc::free_and_release_type(o);
}

fn mt<'a>(v: Value) -> &'a mut Mt19937 {
    // SAFETY: v is a State; its generator lives until dealloc.
    unsafe { &mut *(*v.cast::<StateObject>()).mt }
}

fn big_of(v: Value, what: &str) -> Result<BigInt, ()> {
    match int::int_val(v) {
        Some(i) => Ok(i.to_big().into_owned()),
        None => {
            crate::type_error!("{what} must be an int, not {}", type_name(v));
            Err(())
        }
    }
}

/// `new_state(seed)`: a generator seeded from the int `seed` (sign
/// ignored).
unsafe fn new_state(_m: Value, seed: Value) -> Value {
    let Ok(n) = big_of(seed, "seed") else {
        return Value::NULL;
    };
    if ready_state_type() < 0 {
        return Value::NULL;
    }
    let o = alloc_object(STATE_TYPE.ptr(), std::mem::size_of::<StateObject>());
    if o.is_null() {
        return Value::NULL;
    }
    (*(o as *mut StateObject)).mt = Box::into_raw(Box::new(Mt19937::from_int_seed(&n)));
    Value::from_obj(o)
}

unsafe fn ready_state_type() -> i32 {
    crate::types::ready::ready_type(STATE_TYPE.ptr())
}

unsafe fn m_seed(v: Value, seed: Value) -> Value {
    let Ok(n) = big_of(seed, "seed") else {
        return Value::NULL;
    };
    *mt(v) = Mt19937::from_int_seed(&n);
    none()
}

unsafe fn m_random(v: Value) -> Value {
    float::new_float(mt(v).random())
}

unsafe fn m_getrandbits(v: Value, k: Value) -> Value {
    let k = match int::index_value(k) {
        Some(Ok(k)) => k,
        Some(Err(())) => return Value::NULL,
        None => {
            return crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(k)
            )
        }
    };
    if k < 0 {
        return raise_value_error("number of bits must be non-negative");
    }
    if k > (1 << 40) {
        return raise_memory_error();
    }
    int::from_bigint(mt(v).getrandbits(k as u64))
}

unsafe fn m_randbelow(v: Value, n: Value) -> Value {
    let Ok(n) = big_of(n, "n") else {
        return Value::NULL;
    };
    if n.bits() > (1 << 40) {
        return raise_memory_error();
    }
    int::from_bigint(mt(v).randbelow(&n))
}

unsafe fn m_getstate(v: Value) -> Value {
    let (words, index) = mt(v).state();
    let mut items: Vec<Value> = words.iter().map(|&w| int::from_i64(w as i64)).collect();
    items.push(int::from_i64(index as i64));
    tuple::tuple_from_vec(items)
}

unsafe fn m_setstate(v: Value, state: Value) -> Value {
    if !tuple::is_tuple(state) {
        return crate::type_error!("state vector must be a tuple");
    }
    let items = tuple::as_slice(state);
    if items.len() != 625 {
        return raise_value_error("state vector is the wrong size");
    }
    let mut words = [0u32; 624];
    for (k, &it) in items[..624].iter().enumerate() {
        match int::int_val(it).and_then(|i| i.to_i64()) {
            Some(n) if (0..=u32::MAX as i64).contains(&n) => words[k] = n as u32,
            Some(_) => {
                return raise_overflow_error("Python int too large to convert to C unsigned long")
            }
            None => return crate::type_error!("state vector items must be integers"),
        }
    }
    let index = match int::int_val(items[624]).and_then(|i| i.to_i64()) {
        Some(n) if (0..=624).contains(&n) => n as usize,
        Some(_) => return raise_value_error("invalid state"),
        None => return crate::type_error!("state vector items must be integers"),
    };
    *mt(v) = Mt19937::from_state(words, index);
    none()
}

macro_rules! md {
    ($name:literal, $kind:ident, $f:ident) => {
        MethodDef {
            name: $name,
            imp: MethodImpl::$kind($f),
            doc: "",
        }
    };
}

static STATE_METHODS: &[MethodDef] = &[
    md!("seed", O, m_seed),
    md!("random", NoArgs, m_random),
    md!("getrandbits", O, m_getrandbits),
    md!("randbelow", O, m_randbelow),
    md!("getstate", NoArgs, m_getstate),
    md!("setstate", O, m_setstate),
];

static RANDOM_FUNCTIONS: &[MethodDef] = &[md!("new_state", O, new_state)];

/// Create the `_random` module (new reference, null on failure).
pub fn create_module() -> Value {
    let m = module::new_module("_random");
    if m.is_null() {
        return m;
    }
    let d = module::module_dict(m);
    let mut ok = true;
    for def in RANDOM_FUNCTIONS {
        let f = new_builtin(def, m, std::ptr::null_mut());
        ok &= !f.is_null() && dict::set_str(d, def.name, f) == 0;
        xdecref(f);
    }
    // SAFETY: static type, readying is idempotent.
    ok &= unsafe { ready_state_type() } == 0
        && dict::set_str(d, "State", Value::from_obj(STATE_TYPE.ptr())) == 0;
    if !ok {
        decref(m);
        return Value::NULL;
    }
    m
}
