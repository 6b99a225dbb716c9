//! `method`: a function bound to an instance (`obj.f` where `f` is a
//! function found on the class). Calling it calls the function with the
//! instance prepended to the arguments. `func` and `self_` are owned.

use crate::errors::panic::boundary;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::clear_slot;
use crate::object::{new_ref, Object, Static, Value};
use crate::objects::str as pystr;
use crate::types::slots::CompareOp;
use crate::types::typeobject::*;

#[repr(C)]
pub struct MethodObject {
    pub ob: Object,
    pub func: Value,
    pub self_: Value,
}

pub static METHOD_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(method_dealloc),
    tp_traverse: Some(method_traverse),
    tp_call: Some(method_vectorcall),
    tp_repr: Some(method_repr),
    tp_hash: Some(method_hash),
    tp_richcompare: Some(method_richcompare),
    tp_getattro: Some(method_getattro),
    tp_descr_get: Some(method_descr_get),
    tp_new: Some(method_new),
    getsets: METHOD_GETSETS,
    ..TypeObject::new_static(
        "method",
        std::mem::size_of::<MethodObject>(),
        TPFLAGS_HAVE_GC,
    )
});

/// `method(func, instance)` (`types.MethodType`): bind a callable.
unsafe fn method_new(
    _ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    if crate::call::vectorcall::kw_count(kwnames) > 0 {
        return crate::type_error!("method() takes no keyword arguments");
    }
    if nargs != 2 {
        return crate::type_error!("method expected 2 arguments, got {nargs}");
    }
    let (func, self_) = (*args, *args.add(1));
    if (*type_of(func)).tp_call.is_none() {
        return crate::type_error!("first argument must be callable");
    }
    if crate::objects::singletons::is_none(self_) {
        return crate::type_error!("instance must not be None");
    }
    new_method(func, self_)
}

/// New bound method (both arguments borrowed).
pub fn new_method(func: Value, self_: Value) -> Value {
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(METHOD_TYPE.ptr(), std::mem::size_of::<MethodObject>());
        if o.is_null() {
            return Value::NULL;
        }
        let m = o as *mut MethodObject;
        (*m).func = new_ref(func);
        (*m).self_ = new_ref(self_);
        gc::track(o);
        Value::from_obj(o)
    }
}

#[inline(always)]
pub fn is_method(v: Value) -> bool {
    v.is_ptr() && type_of(v) == METHOD_TYPE.ptr()
}

/// `(func, self)` of a bound method (borrowed).
#[inline(always)]
pub fn parts(v: Value) -> (Value, Value) {
    // SAFETY: v is a method.
    unsafe {
        let m = v.cast::<MethodObject>();
        ((*m).func, (*m).self_)
    }
}

unsafe extern "C" fn method_vectorcall(
    callable: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    boundary(|| {
        let (func, self_) = parts(callable);
        let nkw = crate::call::vectorcall::kw_count(kwnames);
        let total = nargs + nkw;
        // Small calls prepend self on the Rust stack; larger ones allocate.
        if total < 8 {
            let mut buf = [Value::NULL; 9];
            buf[0] = self_;
            buf[1..=total].copy_from_slice(crate::object::value::slice_from(args, total));
            crate::call::vectorcall::vectorcall(func, buf.as_ptr(), nargs + 1, kwnames)
        } else {
            let mut v = Vec::with_capacity(total + 1);
            v.push(self_);
            v.extend_from_slice(crate::object::value::slice_from(args, total));
            crate::call::vectorcall::vectorcall(func, v.as_ptr(), nargs + 1, kwnames)
        }
    })
}

unsafe fn method_dealloc(o: *mut Object) {
    gc::untrack(o);
    let m = o as *mut MethodObject;
    clear_slot(&mut (*m).func);
    clear_slot(&mut (*m).self_);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn method_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let m = o as *mut MethodObject;
    let r = visit_value((*m).func, visit, arg);
    if r != 0 {
        return r;
    }
    visit_value((*m).self_, visit, arg)
}

unsafe fn method_repr(v: Value) -> Value {
    let (func, self_) = parts(v);
    let name = match crate::ops::attr::lookup_attr(func, crate::id!(__qualname__)) {
        Ok(Some(n)) => {
            let s = if pystr::is_str(n) {
                pystr::as_str(n).to_string()
            } else {
                "?".to_string()
            };
            crate::object::decref(n);
            s
        }
        Ok(None) => "?".to_string(),
        Err(()) => return Value::NULL,
    };
    let mut out = format!("<bound method {name} of ");
    if !crate::ops::protocol::repr_into(self_, &mut out) {
        return Value::NULL;
    }
    out.push('>');
    pystr::from_string(out)
}

unsafe fn method_hash(v: Value) -> isize {
    let (func, self_) = parts(v);
    let a = crate::objects::hash::hash_pointer(self_.0 as usize);
    let b = crate::ops::protocol::hash(func);
    if b == -1 {
        return -1;
    }
    let h = a ^ b;
    if h == -1 {
        -2
    } else {
        h
    }
}

unsafe fn method_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if !is_method(a) || !is_method(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return crate::objects::singletons::not_implemented();
    }
    let (fa, sa) = parts(a);
    let (fb, sb) = parts(b);
    let eq = sa == sb && {
        let r = crate::ops::compare::rich_compare_bool(fa, fb, CompareOp::Eq);
        if r < 0 {
            return Value::NULL;
        }
        r == 1
    };
    crate::objects::bool::from_bool(eq == (op == CompareOp::Eq))
}

/// Attributes not found on the method type come from the function.
unsafe fn method_getattro(v: Value, name: Value) -> Value {
    let ty = type_of(v);
    let descr = crate::types::lookup::type_lookup(ty, name);
    if !descr.is_null() {
        return crate::ops::attr::generic_getattr(v, name);
    }
    crate::ops::attr::get_attr(parts(v).0, name)
}

unsafe fn method_descr_get(descr: Value, _obj: Value, _ty: Value) -> Value {
    new_ref(descr)
}

unsafe fn get_func(v: Value) -> Value {
    new_ref(parts(v).0)
}
unsafe fn get_self(v: Value) -> Value {
    new_ref(parts(v).1)
}

static METHOD_GETSETS: &[crate::call::descr::GetSetDef] = &[
    crate::call::descr::GetSetDef {
        name: "__func__",
        get: get_func,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "__self__",
        get: get_self,
        set: None,
        doc: "",
    },
];
