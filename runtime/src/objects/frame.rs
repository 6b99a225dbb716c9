//! `frame`: one activation of a code object — code, globals, builtins,
//! the local namespace (module and class bodies), the calling frame while
//! executing, the index of the current instruction, and the "localsplus"
//! slots followed by the value stack, stored inline after the header.
//!
//! Invariants: slots `0..nlocalsplus` hold owned references or null
//! (unbound); the value stack holds `stack_depth` entries while the frame
//! is suspended (a generator) and owns them (null entries are the NULL
//! markers of call sites); `back` is a borrowed pointer valid only while
//! the frame executes (the caller outlives the call); `lasti` is the index
//! of the instruction being executed (or last executed), -1 before start.
//!
//! Each code object keeps at most one dead frame (`CodeData::spare_frame`)
//! for its next call: a frame whose last reference goes away while its
//! code object lives on is cleared (slots unbound, value stack zeroed,
//! fields null, untracked) and parked there instead of being freed, so a
//! call usually reuses memory without allocating. Parked frames count as
//! freed objects and are freed with their code object.

use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::clear_slot;
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::code::{self, CodeData};
use crate::objects::{dict, int, singletons::none, str as pystr};
use crate::types::typeobject::*;

pub const FRAME_CREATED: u8 = 0;
pub const FRAME_EXECUTING: u8 = 1;
pub const FRAME_SUSPENDED: u8 = 2;
pub const FRAME_COMPLETED: u8 = 3;

#[repr(C)]
pub struct FrameObject {
    pub ob: Object,
    pub code: Value,
    pub func: Value,
    pub globals: Value,
    pub builtins: Value,
    pub locals: Value,
    pub back: *mut FrameObject,
    pub lasti: i32,
    pub state: u8,
    pub stack_depth: u32,
    pub nlocalsplus: u32,
    pub stacksize: u32,
}

pub const FRAME_HEADER: usize = std::mem::size_of::<FrameObject>();

pub static FRAME_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(frame_dealloc),
    tp_traverse: Some(frame_traverse),
    tp_repr: Some(frame_repr),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    getsets: FRAME_GETSETS,
    ..TypeObject::new_static("frame", FRAME_HEADER, TPFLAGS_HAVE_GC)
});

/// Pointer to slot 0 (localsplus, then the value stack).
#[inline(always)]
pub fn slots(f: *mut FrameObject) -> *mut Value {
    // SAFETY: slots follow the header inside the allocation.
    unsafe { (f as *mut u8).add(FRAME_HEADER) as *mut Value }
}

/// Pointer to the bottom of the value stack.
#[inline(always)]
pub fn stack_base(f: *mut FrameObject) -> *mut Value {
    // SAFETY: as `slots`.
    unsafe { slots(f).add((*f).nlocalsplus as usize) }
}

/// New frame for `code` (all borrowed; `func` and `locals` may be null).
/// Slots start unbound. New reference (as a pointer), null on MemoryError.
pub fn new_frame(
    code_v: Value,
    globals: Value,
    builtins: Value,
    locals: Value,
    func: Value,
) -> *mut FrameObject {
    let c: &CodeData = code::data(code_v);
    let n = c.nlocalsplus + c.stacksize;
    // SAFETY: a parked frame is cleared and sized for this code; else a
    // fresh object sized for its slots (zero-filled: all null).
    unsafe {
        let spare = c.spare_frame.get();
        let o = if !spare.is_null() {
            c.spare_frame.set(std::ptr::null_mut());
            crate::object::alloc::count(1);
            (*spare).ob.refcnt = 1;
            (*spare).back = std::ptr::null_mut();
            (*spare).state = FRAME_CREATED;
            (*spare).stack_depth = 0;
            spare as *mut Object
        } else {
            alloc_object(FRAME_TYPE.ptr(), FRAME_HEADER + n * 8)
        };
        if o.is_null() {
            return std::ptr::null_mut();
        }
        let f = o as *mut FrameObject;
        (*f).code = new_ref(code_v);
        (*f).globals = new_ref(globals);
        (*f).builtins = new_ref(builtins);
        (*f).locals = if locals.is_null() {
            locals
        } else {
            new_ref(locals)
        };
        (*f).func = if func.is_null() { func } else { new_ref(func) };
        (*f).lasti = -1;
        (*f).nlocalsplus = c.nlocalsplus as u32;
        (*f).stacksize = c.stacksize as u32;
        gc::track(o);
        f
    }
}

/// Release the slots and the saved stack (the frame finished).
///
/// # Safety
/// `f` is a frame that is not executing.
pub unsafe fn clear_frame_slots(f: *mut FrameObject) {
    let s = slots(f);
    for i in 0..(*f).nlocalsplus as usize {
        clear_slot(&mut *s.add(i));
    }
    let st = stack_base(f);
    for i in 0..(*f).stack_depth as usize {
        clear_slot(&mut *st.add(i));
    }
    (*f).stack_depth = 0;
}

unsafe fn frame_dealloc(o: *mut Object) {
    gc::untrack(o);
    let f = o as *mut FrameObject;
    clear_frame_slots(f);
    clear_slot(&mut (*f).func);
    clear_slot(&mut (*f).globals);
    clear_slot(&mut (*f).builtins);
    clear_slot(&mut (*f).locals);
    let code_v = std::mem::replace(&mut (*f).code, Value::NULL);
    if !code_v.is_null() {
        // Park the frame on its code object when the code outlives this
        // reference (count above one, or immortal) and has no spare yet.
        let rc = (*code_v.as_obj()).refcnt;
        let c = code::data(code_v);
        let fits = (*f).nlocalsplus as usize == c.nlocalsplus
            && (*f).stacksize as usize == c.stacksize
            && std::ptr::eq((*f).ob.ty, FRAME_TYPE.ptr());
        if !(0..=1).contains(&rc) && fits && c.spare_frame.get().is_null() {
            // Local slots are unbound already; zero the value stack too.
            std::ptr::write_bytes(stack_base(f), 0, (*f).stacksize as usize);
            (*f).lasti = -1;
            c.spare_frame.set(f);
            crate::object::alloc::count(-1);
            decref(code_v);
            return;
        }
        decref(code_v);
    }
    crate::object::alloc::free_and_release_type(o);
}

/// Free a frame parked on a code object (null: nothing).
///
/// # Safety
/// `f` was parked by `frame_dealloc` and is no longer reachable.
pub(crate) unsafe fn free_spare(f: *mut FrameObject) {
    if f.is_null() {
        return;
    }
    crate::object::alloc::count(1);
    crate::object::alloc::free_object(f as *mut Object);
}

unsafe fn frame_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let f = o as *mut FrameObject;
    for v in [(*f).code, (*f).func, (*f).globals, (*f).locals] {
        let r = visit_value(v, visit, arg);
        if r != 0 {
            return r;
        }
    }
    let s = slots(f);
    let n = (*f).nlocalsplus as usize + (*f).stack_depth as usize;
    for i in 0..n {
        let r = visit_value(*s.add(i), visit, arg);
        if r != 0 {
            return r;
        }
    }
    0
}

/// Source line of the frame's current instruction.
pub fn current_line(f: *mut FrameObject) -> u32 {
    // SAFETY: live frame.
    unsafe {
        let c = code::data((*f).code);
        let i = (*f).lasti.max(0) as usize;
        c.src.line_of(i)
    }
}

unsafe fn frame_repr(v: Value) -> Value {
    let f = v.cast::<FrameObject>();
    let c = code::data((*f).code);
    pystr::from_string(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        v.0,
        c.src.filename,
        current_line(f),
        c.src.name
    ))
}

/// `f_locals`: the locals dict of module/class frames, or a new dict
/// snapshot of the bound fast locals (cells dereferenced).
pub unsafe fn locals_dict(f: *mut FrameObject) -> Value {
    if !(*f).locals.is_null() {
        return new_ref((*f).locals);
    }
    let d = dict::dict_new();
    if d.is_null() {
        return d;
    }
    let c = code::data((*f).code);
    let s = slots(f);
    for (i, &name) in c.localsplus_names.iter().enumerate() {
        let mut v = *s.add(i);
        if v.is_null() {
            continue;
        }
        let is_cell_slot =
            i >= c.nlocals || c.src.cellvars.iter().any(|n| n == pystr::as_str(name));
        if is_cell_slot && crate::objects::cell::is_cell(v) {
            v = crate::objects::cell::get(v);
            if v.is_null() {
                continue;
            }
        }
        if dict::set_item(d, name, v) < 0 {
            decref(d);
            return Value::NULL;
        }
    }
    d
}

unsafe fn get_code(v: Value) -> Value {
    new_ref((*v.cast::<FrameObject>()).code)
}
unsafe fn get_globals(v: Value) -> Value {
    new_ref((*v.cast::<FrameObject>()).globals)
}
unsafe fn get_builtins(v: Value) -> Value {
    new_ref((*v.cast::<FrameObject>()).builtins)
}
unsafe fn get_locals(v: Value) -> Value {
    locals_dict(v.cast::<FrameObject>())
}
unsafe fn get_back(v: Value) -> Value {
    let b = (*v.cast::<FrameObject>()).back;
    if b.is_null() {
        none()
    } else {
        new_ref(Value::from_obj(b))
    }
}
unsafe fn get_lineno(v: Value) -> Value {
    int::from_i64(current_line(v.cast::<FrameObject>()) as i64)
}
unsafe fn get_lasti(v: Value) -> Value {
    int::from_i64((*v.cast::<FrameObject>()).lasti.max(0) as i64 * 2)
}

macro_rules! gs {
    ($name:literal, $f:ident) => {
        crate::call::descr::GetSetDef {
            name: $name,
            get: $f,
            set: None,
            doc: "",
        }
    };
}

static FRAME_GETSETS: &[crate::call::descr::GetSetDef] = &[
    gs!("f_code", get_code),
    gs!("f_globals", get_globals),
    gs!("f_builtins", get_builtins),
    gs!("f_locals", get_locals),
    gs!("f_back", get_back),
    gs!("f_lineno", get_lineno),
    gs!("f_lasti", get_lasti),
];
