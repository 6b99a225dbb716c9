//! `generator` and `coroutine`: a suspended frame plus the protocol to
//! resume it — `send`, `throw`, `close`, iteration — with the handled
//! exception saved per generator while it is suspended, delegation of
//! `throw`/`close` to the sub-iterator of a `yield from`/`await`, and
//! CPython's errors ("generator already executing", "can't send non-None
//! value to a just-started generator", StopIteration turned into
//! RuntimeError).
//!
//! Invariants: `frame` is owned; it is in state CREATED (stopped at
//! RETURN_GENERATOR), SUSPENDED (stopped at a YIELD_VALUE, with its value
//! stack saved), EXECUTING, or COMPLETED (slots released).

use crate::errors::exceptions::{GENERATOR_EXIT, STOP_ITERATION};
use crate::errors::*;
use crate::interp::state::thread;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::clear_slot;
use crate::object::{decref, incref, new_ref, xdecref, Object, Static, Value};
use crate::objects::code;
use crate::objects::frame::{self, FrameObject};
use crate::objects::singletons::{is_none, none};
use crate::objects::{str as pystr, tuple};
use crate::types::typeobject::*;
use pyc_frontend::bytecode::code::co_flags;
use pyc_frontend::bytecode::Opcode;

#[repr(C)]
pub struct GeneratorObject {
    pub ob: Object,
    pub frame: *mut FrameObject,
    pub name: Value,
    pub qualname: Value,
    /// The handled exception of the generator while suspended (owned).
    pub exc_state: Value,
    pub running: bool,
}

macro_rules! gen_type {
    ($static:ident, $name:literal, $methods:expr) => {
        pub static $static: Static<TypeObject> = Static::new(TypeObject {
            tp_dealloc: Some(gen_dealloc),
            tp_traverse: Some(gen_traverse),
            tp_repr: Some(gen_repr),
            tp_iter: Some(crate::ops::protocol::iter_self),
            tp_iternext: Some(gen_iternext),
            tp_getattro: Some(crate::ops::attr::generic_getattr),
            methods: $methods,
            getsets: GEN_GETSETS,
            ..TypeObject::new_static(
                $name,
                std::mem::size_of::<GeneratorObject>(),
                TPFLAGS_HAVE_GC,
            )
        });
    };
}

gen_type!(GENERATOR_TYPE, "generator", GEN_METHODS);
gen_type!(COROUTINE_TYPE, "coroutine", GEN_METHODS);

/// Async generators share the generator layout; their protocol methods
/// (`__anext__`, `asend`, `athrow`, `aclose`) live in `asyncgen.rs`.
pub static ASYNC_GENERATOR_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(gen_dealloc),
    tp_traverse: Some(gen_traverse),
    tp_repr: Some(gen_repr),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    methods: crate::objects::asyncgen::ASYNC_GEN_METHODS,
    getsets: GEN_GETSETS,
    ..TypeObject::new_static(
        "async_generator",
        std::mem::size_of::<GeneratorObject>(),
        TPFLAGS_HAVE_GC,
    )
});

/// Generators and coroutines of this runtime.
#[inline]
pub fn is_generator_like(v: Value) -> bool {
    v.is_ptr() && {
        let t = type_of(v);
        t == GENERATOR_TYPE.ptr() || t == COROUTINE_TYPE.ptr()
    }
}

#[inline]
fn gobj(v: Value) -> *mut GeneratorObject {
    v.cast::<GeneratorObject>()
}

/// New generator (or coroutine) owning a reference to `f` (borrowed).
pub fn new_generator(f: *mut FrameObject) -> Value {
    // SAFETY: f is a live frame; fresh object.
    unsafe {
        let c = code::data((*f).code);
        let ty = if c.flags & co_flags::COROUTINE != 0 {
            COROUTINE_TYPE.ptr()
        } else if c.flags & co_flags::ASYNC_GENERATOR != 0 {
            ASYNC_GENERATOR_TYPE.ptr()
        } else {
            GENERATOR_TYPE.ptr()
        };
        let o = alloc_object(ty, std::mem::size_of::<GeneratorObject>());
        if o.is_null() {
            return Value::NULL;
        }
        let g = o as *mut GeneratorObject;
        incref(Value::from_obj(f));
        (*g).frame = f;
        let func = (*f).func;
        if !func.is_null() {
            let fo = crate::objects::function::fobj(func);
            (*g).name = new_ref((*fo).name);
            (*g).qualname = new_ref((*fo).qualname);
        } else {
            (*g).name = new_ref(c.name);
            (*g).qualname = new_ref(c.qualname);
        }
        gc::track(o);
        Value::from_obj(o)
    }
}

fn kind(v: Value) -> &'static str {
    if type_of(v) == COROUTINE_TYPE.ptr() {
        "coroutine"
    } else if type_of(v) == ASYNC_GENERATOR_TYPE.ptr() {
        "async generator"
    } else {
        "generator"
    }
}

/// Resume the generator with `value` (borrowed) or by raising `exc`
/// (stolen, may be null). Returns `(result, finished)`: a yielded value
/// (finished false), the return value (finished true), or null.
pub unsafe fn resume(gv: Value, value: Value, exc: Value) -> (Value, bool) {
    let g = gobj(gv);
    let f = (*g).frame;
    if (*g).running {
        xdecref(exc);
        raise_value_error(format!("{} already executing", kind(gv)));
        return (Value::NULL, false);
    }
    if (*f).state == frame::FRAME_COMPLETED {
        if !exc.is_null() {
            restore(exc);
            return (Value::NULL, false);
        }
        if type_of(gv) == COROUTINE_TYPE.ptr() {
            raise_runtime_error("cannot reuse already awaited coroutine");
            return (Value::NULL, false);
        }
        return (Value::NULL, true);
    }
    if (*f).state == frame::FRAME_CREATED && exc.is_null() && !is_none(value) {
        crate::type_error!("can't send non-None value to a just-started {}", kind(gv));
        return (Value::NULL, false);
    }
    if (*f).state == frame::FRAME_SUSPENDED && exc.is_null() {
        let sp = frame::stack_base(f).add((*f).stack_depth as usize);
        *sp = new_ref(value);
        (*f).stack_depth += 1;
    }
    let ts = thread();
    let saved = std::mem::replace(&mut (*ts).exc_info, (*g).exc_state);
    (*g).exc_state = Value::NULL;
    (*g).running = true;
    let r = crate::interp::eval_frame(f, exc);
    (*g).running = false;
    (*g).exc_state = std::mem::replace(&mut (*ts).exc_info, saved);
    if (*f).state == frame::FRAME_SUSPENDED {
        return (r, false);
    }
    // Finished: release the frame's locals now.
    frame::clear_frame_slots(f);
    (*f).state = frame::FRAME_COMPLETED;
    clear_slot(&mut (*g).exc_state);
    if r.is_null() && matches(STOP_ITERATION.ptr()) {
        let e = fetch();
        raise_runtime_error(format!("{} raised StopIteration", kind(gv)));
        let new = current();
        crate::errors::exceptions::base::set_cause_steal(new, new_ref(e));
        crate::errors::exceptions::base::set_context_steal(new, e);
        return (Value::NULL, false);
    }
    (r, !r.is_null())
}

/// Raise StopIteration carrying `v` (borrowed) unless it is None.
fn raise_stop_iteration(v: Value) -> Value {
    if is_none(v) {
        raise_empty(STOP_ITERATION.ptr());
    } else {
        incref(v);
        raise_with_arg(STOP_ITERATION.ptr(), v);
    }
    Value::NULL
}

/// `gen.send(value)`.
pub unsafe fn gen_send(gv: Value, value: Value) -> Value {
    let (r, done) = resume(gv, value, Value::NULL);
    if done {
        if r.is_null() {
            return raise_stop_iteration(none());
        }
        raise_stop_iteration(r);
        decref(r);
        return Value::NULL;
    }
    r
}

unsafe fn gen_iternext(gv: Value) -> Value {
    let (r, done) = resume(gv, none(), Value::NULL);
    if done {
        if !r.is_null() {
            if !is_none(r) {
                raise_stop_iteration(r);
            }
            decref(r);
        }
        return Value::NULL;
    }
    r
}

/// `SEND`: send `v` to `recv`. `(yielded, false)`, `(returned, true)` or
/// null on error.
pub unsafe fn send_to(recv: Value, v: Value) -> (Value, bool) {
    if is_generator_like(recv) {
        let (r, done) = resume(recv, v, Value::NULL);
        if done && r.is_null() {
            return (none(), true);
        }
        return (r, done);
    }
    let r = if is_none(v) {
        let ty = type_of(recv);
        match (*ty).tp_iternext {
            Some(nf) => nf(recv),
            None => crate::type_error!("'{}' object is not an iterator", type_name(recv)),
        }
    } else {
        crate::call::vectorcall::call_method(recv, crate::id!(send), &[v])
    };
    if !r.is_null() {
        return (r, false);
    }
    if !occurred() {
        return (none(), true);
    }
    if matches(STOP_ITERATION.ptr()) {
        let e = fetch();
        let val = stop_iteration_value(e);
        decref(e);
        return (val, true);
    }
    (Value::NULL, false)
}

/// `StopIteration.value` of an exception instance (new reference).
pub fn stop_iteration_value(e: Value) -> Value {
    // SAFETY: e is a StopIteration.
    unsafe {
        let v = (*crate::errors::exceptions::exc_obj(e)).extra[0];
        if !v.is_null() {
            return new_ref(v);
        }
        let a = crate::errors::exceptions::base::args_of(e);
        match tuple::as_slice(a).first() {
            Some(&x) => new_ref(x),
            None => none(),
        }
    }
}

/// The sub-iterator a suspended generator delegates to (`yield from`), or
/// null (borrowed).
unsafe fn delegate(g: *mut GeneratorObject) -> Value {
    let f = (*g).frame;
    if (*f).state != frame::FRAME_SUSPENDED || (*f).stack_depth == 0 || (*f).lasti < 1 {
        return Value::NULL;
    }
    let c = code::data((*f).code);
    let i = (*f).lasti as usize;
    if c.src.instrs[i].op != Opcode::YIELD_VALUE || c.src.instrs[i - 1].op != Opcode::SEND {
        return Value::NULL;
    }
    *frame::stack_base(f).add((*f).stack_depth as usize - 1)
}

/// Make an exception instance from `throw(typ, val, tb)` arguments.
pub(crate) unsafe fn make_throw_exc(typ: Value, val: Value, tb: Value) -> Value {
    let e = if crate::types::typetype::is_type(typ)
        && is_subtype(
            typ.as_obj() as *mut TypeObject,
            crate::errors::exceptions::BASE_EXCEPTION.ptr(),
        ) {
        let args: Vec<Value> = if val.is_null() || is_none(val) {
            Vec::new()
        } else if crate::errors::exceptions::is_exception(val) {
            return new_ref(val);
        } else if tuple::is_tuple(val) {
            tuple::as_slice(val).to_vec()
        } else {
            vec![val]
        };
        crate::call::vectorcall::call(typ, &args, Value::NULL)
    } else if crate::errors::exceptions::is_exception(typ) {
        if !val.is_null() && !is_none(val) {
            return raise_type_error("instance exception may not have a separate value");
        }
        new_ref(typ)
    } else {
        return crate::type_error!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            type_name(typ)
        );
    };
    if !e.is_null() && !tb.is_null() && !is_none(tb) {
        incref(tb);
        crate::object::refcount::xsetref(
            &mut (*crate::errors::exceptions::exc_obj(e)).traceback,
            tb,
        );
    }
    e
}

/// `gen.throw(exc)`: raise `exc` (stolen) inside the generator, first in
/// its `yield from` delegate if any.
pub(crate) unsafe fn throw_exc(gv: Value, exc: Value) -> Value {
    let g = gobj(gv);
    let yf = delegate(g);
    if !yf.is_null() {
        let yf = new_ref(yf);
        let is_exit = is_instance_of(exc, GENERATOR_EXIT.ptr());
        let r = if is_exit {
            // Close the delegate, then raise GeneratorExit here.
            (*g).running = true;
            let rc = close_value(yf);
            (*g).running = false;
            decref(yf);
            if rc < 0 {
                decref(exc);
                return finish_throw(gv, Value::NULL);
            }
            return finish_throw(gv, exc);
        } else if is_generator_like(yf) {
            (*g).running = true;
            let r = throw_exc(yf, exc);
            (*g).running = false;
            r
        } else {
            match crate::ops::attr::lookup_attr(yf, crate::id!(throw)) {
                Ok(Some(m)) => {
                    (*g).running = true;
                    let r = crate::call::vectorcall::call(m, &[exc], Value::NULL);
                    (*g).running = false;
                    decref(m);
                    decref(exc);
                    r
                }
                Ok(None) => {
                    decref(yf);
                    return finish_throw(gv, exc);
                }
                Err(()) => {
                    decref(yf);
                    decref(exc);
                    return finish_throw(gv, Value::NULL);
                }
            }
        };
        decref(yf);
        if !r.is_null() {
            return r;
        }
        // The delegate finished or failed: continue in this generator.
        let f = (*g).frame;
        if matches(STOP_ITERATION.ptr()) {
            let e = fetch();
            let val = stop_iteration_value(e);
            decref(e);
            // Pop the delegate and resume after the SEND loop with `val`.
            let c = code::data((*f).code);
            let send_i = (*f).lasti as usize - 1;
            let target = c.src.instrs[send_i].arg as i32;
            (*f).stack_depth -= 1;
            let sp = frame::stack_base(f).add((*f).stack_depth as usize);
            let old = std::mem::replace(&mut *sp, Value::NULL);
            decref(old);
            (*f).lasti = target - 1;
            let r = gen_send(gv, val);
            decref(val);
            return r;
        }
        return finish_throw(gv, Value::NULL);
    }
    finish_throw(gv, exc)
}

/// Resume by raising `exc` (stolen; null = the exception already set).
unsafe fn finish_throw(gv: Value, exc: Value) -> Value {
    let exc = if exc.is_null() { fetch() } else { exc };
    let (r, done) = resume(gv, none(), exc);
    if done {
        if r.is_null() {
            return raise_stop_iteration(none());
        }
        raise_stop_iteration(r);
        decref(r);
        return Value::NULL;
    }
    r
}

unsafe fn m_send(gv: Value, v: Value) -> Value {
    gen_send(gv, v)
}

unsafe fn m_throw(gv: Value, args: &[Value]) -> Value {
    if args.is_empty() || args.len() > 3 {
        return crate::type_error!("throw expected at least 1 argument, got {}", args.len());
    }
    let e = make_throw_exc(
        args[0],
        args.get(1).copied().unwrap_or(Value::NULL),
        args.get(2).copied().unwrap_or(Value::NULL),
    );
    if e.is_null() {
        return e;
    }
    throw_exc(gv, e)
}

/// `close()` on any object: generators directly, others via `.close()`.
/// 0 or -1.
unsafe fn close_value(v: Value) -> i32 {
    if is_generator_like(v) {
        let r = gen_close(v);
        if r.is_null() {
            return -1;
        }
        decref(r);
        return 0;
    }
    match crate::ops::attr::lookup_attr(v, crate::id!(close)) {
        Ok(Some(m)) => {
            let r = crate::call::vectorcall::call(m, &[], Value::NULL);
            decref(m);
            if r.is_null() {
                return -1;
            }
            decref(r);
            0
        }
        Ok(None) => 0,
        Err(()) => -1,
    }
}

/// `gen.close()`.
pub unsafe fn gen_close(gv: Value) -> Value {
    let g = gobj(gv);
    let f = (*g).frame;
    match (*f).state {
        frame::FRAME_CREATED => {
            frame::clear_frame_slots(f);
            (*f).state = frame::FRAME_COMPLETED;
            return none();
        }
        frame::FRAME_COMPLETED => return none(),
        _ => {}
    }
    let e =
        crate::errors::exceptions::new_exception_args(GENERATOR_EXIT.ptr(), tuple::empty_tuple());
    if e.is_null() {
        return e;
    }
    let r = throw_exc(gv, e);
    if !r.is_null() {
        decref(r);
        return raise_runtime_error(format!("{} ignored GeneratorExit", kind(gv)));
    }
    if matches(STOP_ITERATION.ptr()) || matches(GENERATOR_EXIT.ptr()) {
        clear();
        return none();
    }
    Value::NULL
}

unsafe fn m_close(gv: Value) -> Value {
    gen_close(gv)
}

/// `GET_AWAITABLE`: coroutines are awaitable as they are; other objects
/// through `__await__`.
pub fn get_awaitable(v: Value, _where: u32) -> Value {
    if v.is_ptr() && type_of(v) == COROUTINE_TYPE.ptr() {
        return new_ref(v);
    }
    // SAFETY: GIL held.
    unsafe {
        match crate::interp::calls::lookup_special(v, crate::id!(__await__)) {
            Ok(Some(m)) => {
                let r = crate::call::vectorcall::call(m, &[], Value::NULL);
                decref(m);
                if r.is_null() {
                    return r;
                }
                if r.is_ptr() && type_of(r) == COROUTINE_TYPE.ptr() {
                    decref(r);
                    return raise_type_error("__await__() returned a coroutine");
                }
                if (*type_of(r)).tp_iternext.is_none() {
                    let n = type_name(r);
                    decref(r);
                    return crate::type_error!("__await__() returned non-iterator of type '{n}'");
                }
                r
            }
            Ok(None) => crate::type_error!(
                "object {} can't be used in 'await' expression",
                type_name(v)
            ),
            Err(()) => Value::NULL,
        }
    }
}

unsafe fn gen_dealloc(o: *mut Object) {
    let gv = Value::from_obj(o);
    let g = o as *mut GeneratorObject;
    // Run pending `finally` blocks of a suspended generator (PEP 342).
    if !(*g).frame.is_null() && (*(*g).frame).state == frame::FRAME_SUSPENDED {
        (*o).refcnt = 1;
        let saved = fetch();
        let r = gen_close(gv);
        if r.is_null() {
            clear();
        } else {
            decref(r);
        }
        restore(saved);
        (*o).refcnt -= 1;
        if (*o).refcnt != 0 {
            return;
        }
    }
    gc::untrack(o);
    if !(*g).frame.is_null() {
        decref(Value::from_obj((*g).frame));
        (*g).frame = std::ptr::null_mut();
    }
    clear_slot(&mut (*g).name);
    clear_slot(&mut (*g).qualname);
    clear_slot(&mut (*g).exc_state);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn gen_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let g = o as *mut GeneratorObject;
    if !(*g).frame.is_null() {
        let r = visit(Value::from_obj((*g).frame), arg);
        if r != 0 {
            return r;
        }
    }
    visit_value((*g).exc_state, visit, arg)
}

unsafe fn gen_repr(v: Value) -> Value {
    pystr::from_string(format!(
        "<{} object {} at {:#x}>",
        kind(v),
        pystr::as_str((*gobj(v)).qualname),
        v.0
    ))
}

unsafe fn get_name(v: Value) -> Value {
    new_ref((*gobj(v)).name)
}
unsafe fn get_qualname(v: Value) -> Value {
    new_ref((*gobj(v)).qualname)
}
unsafe fn get_running(v: Value) -> Value {
    crate::objects::bool::from_bool((*gobj(v)).running)
}
unsafe fn get_frame(v: Value) -> Value {
    let f = (*gobj(v)).frame;
    if f.is_null() || (*f).state == frame::FRAME_COMPLETED {
        none()
    } else {
        new_ref(Value::from_obj(f))
    }
}
unsafe fn get_code(v: Value) -> Value {
    new_ref((*(*gobj(v)).frame).code)
}
unsafe fn get_suspended(v: Value) -> Value {
    crate::objects::bool::from_bool((*(*gobj(v)).frame).state == frame::FRAME_SUSPENDED)
}

/// `gi_yieldfrom` / `cr_await`: the delegated-to iterator or None.
unsafe fn get_yieldfrom(v: Value) -> Value {
    let d = delegate(gobj(v));
    if d.is_null() {
        none()
    } else {
        new_ref(d)
    }
}

macro_rules! gs {
    ($name:literal, $g:ident) => {
        crate::call::descr::GetSetDef {
            name: $name,
            get: $g,
            set: None,
            doc: "",
        }
    };
}

static GEN_GETSETS: &[crate::call::descr::GetSetDef] = &[
    gs!("__name__", get_name),
    gs!("__qualname__", get_qualname),
    gs!("gi_running", get_running),
    gs!("gi_frame", get_frame),
    gs!("gi_code", get_code),
    gs!("gi_suspended", get_suspended),
    gs!("cr_running", get_running),
    gs!("cr_frame", get_frame),
    gs!("cr_code", get_code),
    gs!("gi_yieldfrom", get_yieldfrom),
    gs!("cr_await", get_yieldfrom),
    gs!("cr_suspended", get_suspended),
];

static GEN_METHODS: &[crate::call::builtin::MethodDef] = &[
    crate::call::builtin::MethodDef {
        name: "send",
        imp: crate::call::builtin::MethodImpl::O(m_send),
        doc: "",
    },
    crate::call::builtin::MethodDef {
        name: "throw",
        imp: crate::call::builtin::MethodImpl::Fast(m_throw),
        doc: "",
    },
    crate::call::builtin::MethodDef {
        name: "close",
        imp: crate::call::builtin::MethodImpl::NoArgs(m_close),
        doc: "",
    },
];
