//! The `gc` module: the interface of CPython's collector over the
//! runtime's tracked-container list (`object::gc`).
//!
//! Memory is reclaimed by reference counting; the cycle collector itself
//! arrives in a later issue, so `collect()` finds nothing unreachable and
//! returns 0, and `get_stats()` reports no collections. Everything else is
//! real: the enabled flag, thresholds and debug flags are kept and
//! returned, `is_tracked` asks the tracked list, `get_objects` walks it,
//! and `get_referents` runs the objects' `tp_traverse`.

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::errors::*;
use crate::object::header::Static;
use crate::object::{decref, new_ref, xdecref, Value};
use crate::objects::singletons::none;
use crate::objects::{bool as pybool, dict, int, list, module, tuple};
use crate::types::typeobject::{object_is_gc, type_name, type_of};

struct GcConfig {
    enabled: bool,
    thresholds: [i64; 3],
    debug: i64,
}

static CONFIG: Static<GcConfig> = Static::new(GcConfig {
    enabled: true,
    thresholds: [700, 10, 10],
    debug: 0,
});

fn config() -> &'static mut GcConfig {
    // SAFETY: only touched under the GIL.
    unsafe { &mut *CONFIG.ptr() }
}

fn int_of(v: Value) -> Result<i64, ()> {
    match int::index_value(v) {
        Some(Ok(n)) => Ok(n as i64),
        Some(Err(())) => Err(()),
        None => {
            crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            );
            Err(())
        }
    }
}

unsafe fn gc_collect(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 1];
    let spec = crate::call::argparse::ArgSpec {
        fname: "collect",
        params: &["generation"],
        posonly: 0,
        required: 0,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    if !out[0].is_null() {
        let Ok(g) = int_of(out[0]) else {
            return Value::NULL;
        };
        if !(0..=2).contains(&g) {
            return raise_value_error("invalid generation");
        }
    }
    // No cycle collector yet: nothing unreachable is ever found.
    int::from_i64(0)
}

unsafe fn gc_enable(_m: Value) -> Value {
    config().enabled = true;
    none()
}

unsafe fn gc_disable(_m: Value) -> Value {
    config().enabled = false;
    none()
}

unsafe fn gc_isenabled(_m: Value) -> Value {
    pybool::from_bool(config().enabled)
}

unsafe fn gc_get_threshold(_m: Value) -> Value {
    let t = config().thresholds;
    tuple::tuple_from_vec(t.iter().map(|&n| int::from_i64(n)).collect())
}

unsafe fn gc_set_threshold(_m: Value, args: &[Value]) -> Value {
    if args.is_empty() || args.len() > 3 {
        return crate::type_error!(
            "set_threshold() takes at {} argument ({} given)",
            if args.is_empty() { "least 1" } else { "most 3" },
            args.len()
        );
    }
    let mut t = config().thresholds;
    for (k, &a) in args.iter().enumerate() {
        let Ok(n) = int_of(a) else {
            return Value::NULL;
        };
        t[k] = n;
    }
    config().thresholds = t;
    none()
}

unsafe fn gc_get_count(_m: Value) -> Value {
    let n = crate::object::gc::tracked_count() as i64;
    tuple::tuple_from_vec(vec![int::from_i64(n), int::from_i64(0), int::from_i64(0)])
}

unsafe fn gc_get_debug(_m: Value) -> Value {
    int::from_i64(config().debug)
}

unsafe fn gc_set_debug(_m: Value, v: Value) -> Value {
    let Ok(n) = int_of(v) else {
        return Value::NULL;
    };
    config().debug = n;
    none()
}

unsafe fn gc_is_tracked(_m: Value, v: Value) -> Value {
    let tracked =
        v.is_ptr() && object_is_gc(v.as_obj()) && crate::object::gc::is_tracked(v.as_obj());
    pybool::from_bool(tracked)
}

unsafe fn gc_is_finalized(_m: Value, _v: Value) -> Value {
    pybool::from_bool(false)
}

unsafe fn collect_ref(v: Value, arg: *mut libc::c_void) -> i32 {
    let out = &mut *(arg as *mut Vec<Value>);
    out.push(new_ref(v));
    0
}

unsafe fn gc_get_referents(_m: Value, args: &[Value]) -> Value {
    let mut found: Vec<Value> = Vec::new();
    for &a in args {
        if !a.is_ptr() || !object_is_gc(a.as_obj()) {
            continue;
        }
        if let Some(trav) = (*type_of(a)).tp_traverse {
            trav(
                a.as_obj(),
                collect_ref,
                &mut found as *mut Vec<Value> as *mut libc::c_void,
            );
        }
    }
    list::list_from_vec(found)
}

unsafe fn gc_get_objects(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 1];
    let spec = crate::call::argparse::ArgSpec {
        fname: "get_objects",
        params: &["generation"],
        posonly: 0,
        required: 0,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    if !out[0].is_null() && !crate::objects::singletons::is_none(out[0]) {
        let Ok(g) = int_of(out[0]) else {
            return Value::NULL;
        };
        // -1 means every generation, as None does.
        if g < -1 {
            return raise_value_error("generation parameter cannot be negative");
        }
        if g > 2 {
            return raise_value_error(
                "generation parameter must be less than the number of available generations (3)",
            );
        }
    }
    let mut items = Vec::new();
    crate::object::gc::for_each_tracked(|o| items.push(new_ref(Value::from_obj(o))));
    list::list_from_vec(items)
}

unsafe fn gc_get_stats(_m: Value) -> Value {
    let mut gens = Vec::new();
    for _ in 0..3 {
        let d = dict::dict_new();
        if d.is_null() {
            for g in gens {
                decref(g);
            }
            return d;
        }
        for k in ["collections", "collected", "uncollectable"] {
            let z = int::from_i64(0);
            dict::set_str(d, k, z);
            decref(z);
        }
        gens.push(d);
    }
    list::list_from_vec(gens)
}

unsafe fn gc_freeze(_m: Value) -> Value {
    none()
}

unsafe fn gc_get_freeze_count(_m: Value) -> Value {
    int::from_i64(0)
}

macro_rules! def {
    ($name:literal, $kind:ident, $f:ident) => {
        MethodDef {
            name: $name,
            imp: MethodImpl::$kind($f),
            doc: "",
        }
    };
}

pub static GC_FUNCTIONS: &[MethodDef] = &[
    def!("collect", FastKw, gc_collect),
    def!("enable", NoArgs, gc_enable),
    def!("disable", NoArgs, gc_disable),
    def!("isenabled", NoArgs, gc_isenabled),
    def!("get_threshold", NoArgs, gc_get_threshold),
    def!("set_threshold", Fast, gc_set_threshold),
    def!("get_count", NoArgs, gc_get_count),
    def!("get_debug", NoArgs, gc_get_debug),
    def!("set_debug", O, gc_set_debug),
    def!("is_tracked", O, gc_is_tracked),
    def!("is_finalized", O, gc_is_finalized),
    def!("get_referents", Fast, gc_get_referents),
    def!("get_objects", FastKw, gc_get_objects),
    def!("get_stats", NoArgs, gc_get_stats),
    def!("freeze", NoArgs, gc_freeze),
    def!("unfreeze", NoArgs, gc_freeze),
    def!("get_freeze_count", NoArgs, gc_get_freeze_count),
];

/// Create the `gc` module (new reference, null on failure).
pub fn create_module() -> Value {
    let m = module::new_module("gc");
    if m.is_null() {
        return m;
    }
    let d = module::module_dict(m);
    let mut ok = true;
    for def in GC_FUNCTIONS {
        let f = crate::call::builtin::new_builtin(def, m, std::ptr::null_mut());
        ok &= !f.is_null() && dict::set_str(d, def.name, f) == 0;
        xdecref(f);
    }
    for (name, n) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        let v = int::from_i64(n);
        ok &= !v.is_null() && dict::set_str(d, name, v) == 0;
        xdecref(v);
    }
    for name in ["garbage", "callbacks"] {
        let l = list::list_from_vec(Vec::new());
        ok &= !l.is_null() && dict::set_str(d, name, l) == 0;
        xdecref(l);
    }
    if !ok {
        decref(m);
        return Value::NULL;
    }
    m
}
