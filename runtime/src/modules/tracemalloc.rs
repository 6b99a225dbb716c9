//! The `_tracemalloc` built-in module: tracing of object allocations.
//!
//! While tracing is on, `object::alloc` reports every object block it
//! allocates (`on_alloc`) and frees (`on_free`); each live block is kept
//! with its size and the stack of (file, line) of the Python frames that
//! were running (most recent first, at most `nframe` of them), interned
//! as a trace id. Blocks allocated before `start()` are not traced, and
//! freeing them is ignored.
//!
//! Invariants: the hooks never allocate Python objects (only Rust
//! memory), and `BUSY` stops them from re-entering; `current` is the sum
//! of the sizes of the blocks in `blocks`, `peak` its maximum since
//! `start`/`reset_peak`. Everything is touched only under the GIL.

use crate::call::builtin::{new_builtin, MethodDef, MethodImpl};
use crate::errors::*;
use crate::object::header::Static;
use crate::object::{decref, xdecref, Value};
use crate::objects::singletons::none;
use crate::objects::{bool as pybool, dict, int, list, module, str as pystr, tuple};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether allocations are being traced (read by `object::alloc`).
pub static TRACING: AtomicBool = AtomicBool::new(false);

type Frames = Vec<(String, u32)>;

struct Tracer {
    nframe: usize,
    blocks: Option<HashMap<usize, (usize, usize)>>,
    stacks: Vec<Frames>,
    stack_ids: Option<HashMap<Frames, usize>>,
    current: usize,
    peak: usize,
    busy: bool,
}

static TRACER: Static<Tracer> = Static::new(Tracer {
    nframe: 1,
    blocks: None,
    stacks: Vec::new(),
    stack_ids: None,
    current: 0,
    peak: 0,
    busy: false,
});

fn tracer() -> &'static mut Tracer {
    // SAFETY: touched only under the GIL.
    unsafe { &mut *TRACER.ptr() }
}

/// The (file, line) stack of the running Python frames, most recent
/// first, at most `limit` deep.
fn current_frames(limit: usize) -> Frames {
    let mut out = Vec::new();
    let mut f = crate::interp::state::current_frame();
    while !f.is_null() && out.len() < limit {
        // SAFETY: frames on the current stack are live.
        unsafe {
            let c = crate::objects::code::data((*f).code);
            out.push((
                c.src.filename.clone(),
                crate::objects::frame::current_line(f),
            ));
            f = (*f).back;
        }
    }
    if out.is_empty() {
        out.push(("<unknown>".to_string(), 0));
    }
    out
}

/// Record a new block at `addr` of `size` bytes.
pub fn on_alloc(addr: *mut u8, size: usize) {
    let t = tracer();
    if t.busy {
        return;
    }
    t.busy = true;
    let frames = current_frames(t.nframe);
    let ids = t.stack_ids.get_or_insert_with(HashMap::new);
    let id = match ids.get(&frames) {
        Some(&id) => id,
        None => {
            let id = t.stacks.len();
            t.stacks.push(frames.clone());
            ids.insert(frames, id);
            id
        }
    };
    let blocks = t.blocks.get_or_insert_with(HashMap::new);
    if let Some((old, _)) = blocks.insert(addr as usize, (size, id)) {
        t.current -= old;
    }
    t.current += size;
    t.peak = t.peak.max(t.current);
    t.busy = false;
}

/// Forget the block at `addr` (if it was traced).
pub fn on_free(addr: *mut u8) {
    let t = tracer();
    if t.busy {
        return;
    }
    if let Some(blocks) = t.blocks.as_mut() {
        if let Some((size, _)) = blocks.remove(&(addr as usize)) {
            t.current -= size;
        }
    }
}

fn clear_all(t: &mut Tracer) {
    t.blocks = None;
    t.stacks = Vec::new();
    t.stack_ids = None;
    t.current = 0;
    t.peak = 0;
}

unsafe fn tm_start(_m: Value, args: &[Value]) -> Value {
    if args.len() > 1 {
        return crate::type_error!("start expected at most 1 argument, got {}", args.len());
    }
    let n = match args.first() {
        None => 1,
        Some(&v) => match int::index_value(v) {
            Some(Ok(n)) => n as i64,
            Some(Err(())) => return Value::NULL,
            None => {
                return crate::type_error!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::types::typeobject::type_name(v)
                )
            }
        },
    };
    if !(1..=65535).contains(&n) {
        return raise_value_error("the number of frames must be in range [1; 65535]");
    }
    let t = tracer();
    t.nframe = n as usize;
    TRACING.store(true, Ordering::Relaxed);
    none()
}

unsafe fn tm_stop(_m: Value) -> Value {
    TRACING.store(false, Ordering::Relaxed);
    clear_all(tracer());
    none()
}

unsafe fn tm_is_tracing(_m: Value) -> Value {
    pybool::from_bool(TRACING.load(Ordering::Relaxed))
}

unsafe fn tm_clear_traces(_m: Value) -> Value {
    clear_all(tracer());
    none()
}

unsafe fn tm_get_traced_memory(_m: Value) -> Value {
    let t = tracer();
    tuple::tuple_from_vec(vec![
        int::from_i64(t.current as i64),
        int::from_i64(t.peak as i64),
    ])
}

unsafe fn tm_reset_peak(_m: Value) -> Value {
    let t = tracer();
    t.peak = t.current;
    none()
}

unsafe fn tm_get_traceback_limit(_m: Value) -> Value {
    int::from_i64(tracer().nframe as i64)
}

unsafe fn tm_get_tracemalloc_memory(_m: Value) -> Value {
    let t = tracer();
    let blocks = t.blocks.as_ref().map_or(0, |b| b.capacity()) * 32;
    let stacks: usize = t
        .stacks
        .iter()
        .map(|s| s.iter().map(|(f, _)| f.len() + 16).sum::<usize>() + 24)
        .sum();
    int::from_i64((blocks + stacks * 2) as i64)
}

fn stack_value(frames: &Frames) -> Value {
    tuple::tuple_from_vec(
        frames
            .iter()
            .map(|(f, l)| tuple::tuple_from_vec(vec![pystr::new_str(f), int::from_i64(*l as i64)]))
            .collect(),
    )
}

/// `_get_traces()`: a list of `(domain, size, frames, total_nframe)`
/// with frames most recent first.
unsafe fn tm_get_traces(_m: Value) -> Value {
    let t = tracer();
    t.busy = true;
    let mut out = Vec::new();
    let mut stack_vals: HashMap<usize, Value> = HashMap::new();
    if let Some(blocks) = t.blocks.as_ref() {
        let mut entries: Vec<(usize, usize, usize)> =
            blocks.iter().map(|(&a, &(s, id))| (a, s, id)).collect();
        entries.sort_unstable();
        for (_, size, id) in entries {
            let frames = *stack_vals
                .entry(id)
                .or_insert_with(|| stack_value(&t.stacks[id]));
            crate::object::incref(frames);
            out.push(tuple::tuple_from_vec(vec![
                int::from_i64(0),
                int::from_i64(size as i64),
                frames,
                int::from_i64(t.stacks[id].len() as i64),
            ]));
        }
    }
    for (_, v) in stack_vals {
        decref(v);
    }
    t.busy = false;
    list::list_from_vec(out)
}

/// `_get_object_traceback(obj)`: the frames of obj's allocation or None.
unsafe fn tm_get_object_traceback(_m: Value, obj: Value) -> Value {
    if !obj.is_ptr() {
        return none();
    }
    let o = obj.as_obj();
    let start = if crate::types::typeobject::object_is_gc(o) {
        crate::object::gc::head_of(o) as usize
    } else {
        o as usize
    };
    let t = tracer();
    match t.blocks.as_ref().and_then(|b| b.get(&start)) {
        Some(&(_, id)) => {
            t.busy = true;
            let v = stack_value(&t.stacks[id]);
            t.busy = false;
            v
        }
        None => none(),
    }
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

static TM_FUNCTIONS: &[MethodDef] = &[
    def!("start", Fast, tm_start),
    def!("stop", NoArgs, tm_stop),
    def!("is_tracing", NoArgs, tm_is_tracing),
    def!("clear_traces", NoArgs, tm_clear_traces),
    def!("get_traced_memory", NoArgs, tm_get_traced_memory),
    def!("reset_peak", NoArgs, tm_reset_peak),
    def!("get_traceback_limit", NoArgs, tm_get_traceback_limit),
    def!("get_tracemalloc_memory", NoArgs, tm_get_tracemalloc_memory),
    def!("_get_traces", NoArgs, tm_get_traces),
    def!("_get_object_traceback", O, tm_get_object_traceback),
];

/// Create the `_tracemalloc` module (new reference, null on failure).
pub fn create_module() -> Value {
    let m = module::new_module("_tracemalloc");
    if m.is_null() {
        return m;
    }
    let d = module::module_dict(m);
    let mut ok = true;
    for def in TM_FUNCTIONS {
        let f = new_builtin(def, m, std::ptr::null_mut());
        ok &= !f.is_null() && dict::set_str(d, def.name, f) == 0;
        xdecref(f);
    }
    if !ok {
        decref(m);
        return Value::NULL;
    }
    m
}
