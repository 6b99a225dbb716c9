//! Async generators: the wrapper marking values an async generator yields
//! (`ASYNC_GEN_WRAP`, so they can be told apart from values its `await`s
//! pass through to the event loop), the awaitables returned by
//! `__anext__`/`asend`/`athrow`/`aclose`, and the async-iteration opcode
//! helpers (`GET_AITER`, `GET_ANEXT`, `BEFORE_ASYNC_WITH`).
//!
//! An awaitable (`AsendObject`) drives its generator: each `send` resumes
//! the generator's frame; a wrapped yield completes the awaitable
//! (StopIteration carrying the value), an unwrapped one is passed out, and
//! the generator finishing raises StopAsyncIteration.

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::errors::exceptions::{GENERATOR_EXIT, STOP_ASYNC_ITERATION, STOP_ITERATION};
use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::clear_slot;
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::generator::{self, ASYNC_GENERATOR_TYPE};
use crate::objects::singletons::{is_none, none};
use crate::objects::tuple;
use crate::types::typeobject::*;

#[repr(C)]
pub struct WrappedObject {
    pub ob: Object,
    pub value: Value,
}

pub static WRAPPED_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(wrapped_dealloc),
    tp_traverse: Some(wrapped_traverse),
    ..TypeObject::new_static(
        "async_generator_wrapped_value",
        std::mem::size_of::<WrappedObject>(),
        TPFLAGS_HAVE_GC,
    )
});

/// `ASYNC_GEN_WRAP` (v borrowed; new reference).
pub fn wrap(v: Value) -> Value {
    // SAFETY: fresh object.
    unsafe {
        let o = alloc_object(WRAPPED_TYPE.ptr(), std::mem::size_of::<WrappedObject>());
        if o.is_null() {
            return Value::NULL;
        }
        (*(o as *mut WrappedObject)).value = new_ref(v);
        gc::track(o);
        Value::from_obj(o)
    }
}

unsafe fn wrapped_dealloc(o: *mut Object) {
    gc::untrack(o);
    clear_slot(&mut (*(o as *mut WrappedObject)).value);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn wrapped_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    visit_value((*(o as *mut WrappedObject)).value, visit, arg)
}

const MODE_SEND: u8 = 0;
const MODE_THROW: u8 = 1;
const MODE_CLOSE: u8 = 2;

#[repr(C)]
pub struct AsendObject {
    pub ob: Object,
    pub gen: Value,
    /// First value to send (asend) or exception to throw (athrow).
    pub value: Value,
    pub mode: u8,
    pub started: bool,
    pub done: bool,
}

pub static ASEND_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(asend_dealloc),
    tp_traverse: Some(asend_traverse),
    tp_iter: Some(crate::ops::protocol::iter_self),
    tp_iternext: Some(asend_iternext),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    methods: ASEND_METHODS,
    ..TypeObject::new_static(
        "async_generator_asend",
        std::mem::size_of::<AsendObject>(),
        TPFLAGS_HAVE_GC,
    )
});

fn new_asend(gen: Value, value: Value, mode: u8) -> Value {
    // SAFETY: fresh object.
    unsafe {
        let o = alloc_object(ASEND_TYPE.ptr(), std::mem::size_of::<AsendObject>());
        if o.is_null() {
            return Value::NULL;
        }
        let a = o as *mut AsendObject;
        (*a).gen = new_ref(gen);
        (*a).value = if value.is_null() {
            value
        } else {
            new_ref(value)
        };
        (*a).mode = mode;
        gc::track(o);
        Value::from_obj(o)
    }
}

unsafe fn asend_dealloc(o: *mut Object) {
    gc::untrack(o);
    let a = o as *mut AsendObject;
    clear_slot(&mut (*a).gen);
    clear_slot(&mut (*a).value);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn asend_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let a = o as *mut AsendObject;
    let r = visit_value((*a).gen, visit, arg);
    if r != 0 {
        return r;
    }
    visit_value((*a).value, visit, arg)
}

/// Interpret what the generator produced for awaitable `a`.
unsafe fn finish_step(a: *mut AsendObject, r: Value, done: bool) -> Value {
    if r.is_null() && !done {
        (*a).done = true;
        if (*a).mode == MODE_CLOSE
            && (matches(STOP_ASYNC_ITERATION.ptr()) || matches(GENERATOR_EXIT.ptr()))
        {
            clear();
            raise_empty(STOP_ITERATION.ptr());
        }
        return Value::NULL;
    }
    if done {
        (*a).done = true;
        crate::object::xdecref(r);
        if (*a).mode == MODE_CLOSE {
            raise_empty(STOP_ITERATION.ptr());
        } else {
            raise_empty(STOP_ASYNC_ITERATION.ptr());
        }
        return Value::NULL;
    }
    if type_of(r) == WRAPPED_TYPE.ptr() {
        (*a).done = true;
        if (*a).mode == MODE_CLOSE {
            decref(r);
            return raise_runtime_error("async generator ignored GeneratorExit");
        }
        let v = new_ref((*r.cast::<WrappedObject>()).value);
        decref(r);
        if is_none(v) {
            raise_empty(STOP_ITERATION.ptr());
        } else {
            raise_with_arg(STOP_ITERATION.ptr(), v);
        }
        return Value::NULL;
    }
    r
}

unsafe fn asend_send(av: Value, v: Value) -> Value {
    let a = av.cast::<AsendObject>();
    if (*a).done {
        return raise_runtime_error("cannot reuse already awaited __anext__()/asend()");
    }
    let g = (*a).gen;
    if !(*a).started {
        (*a).started = true;
        if (*a).mode != MODE_SEND {
            let e = std::mem::replace(&mut (*a).value, Value::NULL);
            let f = (*g.cast::<generator::GeneratorObject>()).frame;
            if (*f).state == crate::objects::frame::FRAME_COMPLETED
                || (*f).state == crate::objects::frame::FRAME_CREATED && (*a).mode == MODE_CLOSE
            {
                (*a).done = true;
                decref(e);
                if (*a).mode == MODE_CLOSE {
                    crate::objects::generator::gen_close(g);
                    return raise_empty(STOP_ITERATION.ptr());
                }
                return raise_empty(STOP_ASYNC_ITERATION.ptr());
            }
            let r = generator::throw_exc(g, e);
            return finish_step(a, r, false);
        }
        let first = if (*a).value.is_null() || !is_none(v) {
            v
        } else {
            (*a).value
        };
        let (r, done) = generator::resume(g, first, Value::NULL);
        return finish_step(a, r, done);
    }
    let (r, done) = generator::resume(g, v, Value::NULL);
    finish_step(a, r, done)
}

unsafe fn asend_iternext(av: Value) -> Value {
    asend_send(av, none())
}

unsafe fn m_asend_send(av: Value, v: Value) -> Value {
    asend_send(av, v)
}

unsafe fn m_asend_throw(av: Value, args: &[Value]) -> Value {
    let a = av.cast::<AsendObject>();
    if args.is_empty() || args.len() > 3 {
        return crate::type_error!("throw expected at least 1 argument, got {}", args.len());
    }
    let e = generator::make_throw_exc(
        args[0],
        args.get(1).copied().unwrap_or(Value::NULL),
        args.get(2).copied().unwrap_or(Value::NULL),
    );
    if e.is_null() {
        return e;
    }
    (*a).started = true;
    let r = generator::throw_exc((*a).gen, e);
    finish_step(a, r, false)
}

unsafe fn m_asend_close(av: Value) -> Value {
    (*av.cast::<AsendObject>()).done = true;
    none()
}

unsafe fn m_await(av: Value) -> Value {
    new_ref(av)
}

static ASEND_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "send",
        imp: MethodImpl::O(m_asend_send),
        doc: "",
    },
    MethodDef {
        name: "throw",
        imp: MethodImpl::Fast(m_asend_throw),
        doc: "",
    },
    MethodDef {
        name: "close",
        imp: MethodImpl::NoArgs(m_asend_close),
        doc: "",
    },
    MethodDef {
        name: "__await__",
        imp: MethodImpl::NoArgs(m_await),
        doc: "",
    },
];

unsafe fn m_anext(g: Value) -> Value {
    new_asend(g, Value::NULL, MODE_SEND)
}
unsafe fn m_aiter(g: Value) -> Value {
    new_ref(g)
}
unsafe fn m_asend(g: Value, v: Value) -> Value {
    new_asend(g, v, MODE_SEND)
}
unsafe fn m_athrow(g: Value, args: &[Value]) -> Value {
    if args.is_empty() || args.len() > 3 {
        return crate::type_error!("athrow expected at least 1 argument, got {}", args.len());
    }
    let e = generator::make_throw_exc(
        args[0],
        args.get(1).copied().unwrap_or(Value::NULL),
        args.get(2).copied().unwrap_or(Value::NULL),
    );
    if e.is_null() {
        return e;
    }
    let r = new_asend(g, e, MODE_THROW);
    decref(e);
    r
}
unsafe fn m_aclose(g: Value) -> Value {
    let e =
        crate::errors::exceptions::new_exception_args(GENERATOR_EXIT.ptr(), tuple::empty_tuple());
    if e.is_null() {
        return e;
    }
    let r = new_asend(g, e, MODE_CLOSE);
    decref(e);
    r
}

pub static ASYNC_GEN_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__anext__",
        imp: MethodImpl::NoArgs(m_anext),
        doc: "",
    },
    MethodDef {
        name: "__aiter__",
        imp: MethodImpl::NoArgs(m_aiter),
        doc: "",
    },
    MethodDef {
        name: "asend",
        imp: MethodImpl::O(m_asend),
        doc: "",
    },
    MethodDef {
        name: "athrow",
        imp: MethodImpl::Fast(m_athrow),
        doc: "",
    },
    MethodDef {
        name: "aclose",
        imp: MethodImpl::NoArgs(m_aclose),
        doc: "",
    },
];

/// `GET_AITER`: `type(v).__aiter__(v)`.
pub unsafe fn get_aiter(v: Value) -> Value {
    if type_of(v) == ASYNC_GENERATOR_TYPE.ptr() {
        return new_ref(v);
    }
    match crate::interp::calls::lookup_special(v, crate::id!(__aiter__)) {
        Ok(Some(m)) => {
            let r = crate::call::vectorcall::call(m, &[], Value::NULL);
            decref(m);
            r
        }
        Ok(None) => crate::type_error!(
            "'async for' requires an object with __aiter__ method, got {}",
            type_name(v)
        ),
        Err(()) => Value::NULL,
    }
}

/// `GET_ANEXT`: an awaitable of `aiter.__anext__()`.
pub unsafe fn get_anext(aiter: Value) -> Value {
    if type_of(aiter) == ASYNC_GENERATOR_TYPE.ptr() {
        return new_asend(aiter, Value::NULL, MODE_SEND);
    }
    let r = match crate::interp::calls::lookup_special(aiter, crate::id!(__anext__)) {
        Ok(Some(m)) => {
            let r = crate::call::vectorcall::call(m, &[], Value::NULL);
            decref(m);
            r
        }
        Ok(None) => {
            return crate::type_error!(
                "'async for' requires an iterator with __anext__ method, got {}",
                type_name(aiter)
            )
        }
        Err(()) => return Value::NULL,
    };
    if r.is_null() {
        return r;
    }
    let a = generator::get_awaitable(r, 0);
    decref(r);
    if a.is_null() && matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
        clear();
        return crate::type_error!(
            "'async for' received an invalid object from __anext__: {}",
            type_name(aiter)
        );
    }
    a
}

/// `BEFORE_ASYNC_WITH`: `(bound __aexit__, mgr.__aenter__())`.
pub unsafe fn before_async_with(mgr: Value) -> Option<(Value, Value)> {
    let enter = match crate::interp::calls::lookup_special(mgr, crate::id!(__aenter__)) {
        Ok(Some(e)) => e,
        Ok(None) => {
            crate::type_error!(
                "'{}' object does not support the asynchronous context manager protocol",
                type_name(mgr)
            );
            return None;
        }
        Err(()) => return None,
    };
    let exit = match crate::interp::calls::lookup_special(mgr, crate::id!(__aexit__)) {
        Ok(Some(e)) => e,
        Ok(None) => {
            decref(enter);
            crate::type_error!(
                "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                type_name(mgr)
            );
            return None;
        }
        Err(()) => {
            decref(enter);
            return None;
        }
    };
    let r = crate::call::vectorcall::call(enter, &[], Value::NULL);
    decref(enter);
    if r.is_null() {
        decref(exit);
        return None;
    }
    Some((exit, r))
}
