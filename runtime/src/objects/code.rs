//! `code`: the runtime form of a frontend `CodeObject`. Constants are
//! converted to runtime values once, when the code object is created;
//! names (`co_names`, local and free variable names) are interned strings
//! so that attribute and global lookups hit the method cache and compare
//! by pointer.
//!
//! Invariants: `consts[i]` and `names[i]` are owned references for every
//! index the instructions use; `nlocalsplus` is the frame's slot count
//! (locals, own cells, free variables, in that order); the frontend code
//! object is kept unchanged (instructions, locations and exception table
//! are read from it directly by the interpreter).
//!
//! Constants of types defined outside the interpreter (`bytes`,
//! `frozenset`, `complex`) are built by calling the type registered under
//! that name in the builtins module; code objects are created after the
//! runtime is initialised, so the registry is always in place.

use crate::object::alloc::alloc_object;
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::{bool as pybool, float, int, singletons, str as pystr, tuple};
use crate::types::typeobject::*;
use pyc_frontend::bytecode::{CodeObject, Constant};

/// Everything the interpreter needs of one code object.
pub struct CodeData {
    pub src: CodeObject,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    /// Names of every localsplus slot (interned).
    pub localsplus_names: Vec<Value>,
    pub nlocals: usize,
    pub nlocalsplus: usize,
    /// Index of the first free-variable slot.
    pub free_start: usize,
    pub stacksize: usize,
    pub flags: u32,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    /// Parameter names as Rust strings (for argument binding messages).
    pub param_names: Vec<String>,
    /// Per-instruction cache of `LOAD_GLOBAL` results: (globals version,
    /// builtins version, borrowed value). Dict versions are unique across
    /// all dicts and change on every mutation, so an entry whose versions
    /// match the current ones names a value both dicts still hold.
    pub global_cache: Box<[std::cell::Cell<GlobalCacheEntry>]>,
    /// The compiled function of this code object when the program was
    /// built ahead of time (`eval_frame` then calls it instead of the
    /// interpreter loop).
    pub native: std::cell::Cell<Option<NativeFn>>,
    /// A dead frame of this code kept for the next call (see
    /// `frame::new_frame`): its slots are unbound, its fields null, it is
    /// untracked and holds no references; null when there is none.
    pub spare_frame: std::cell::Cell<*mut crate::objects::frame::FrameObject>,
}

/// One `LOAD_GLOBAL` cache entry (laid out for native code, which reads
/// it inline: `abi` layout `GLOBAL_CACHE_*`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GlobalCacheEntry {
    pub globals_version: u64,
    pub builtins_version: u64,
    /// Borrowed: both dicts still hold it while the versions match.
    pub value: Value,
}

/// A natively compiled code object: runs frame `f` as `eval_frame` would
/// (`throw` is the exception to raise at the resumption point, or null)
/// and returns the frame's result, a new reference or null.
pub type NativeFn =
    unsafe extern "C" fn(f: *mut crate::objects::frame::FrameObject, throw: Value) -> Value;

#[repr(C)]
pub struct CodeObjectRt {
    pub ob: Object,
    pub data: *mut CodeData,
    /// `data.consts.as_ptr()`, `data.names.as_ptr()` and
    /// `data.global_cache.as_ptr()`, at fixed offsets for native code
    /// (`abi` layout `CODE_CONSTS`, `CODE_NAMES`, `CODE_GLOBAL_CACHE`).
    pub consts: *const Value,
    pub names: *const Value,
    pub global_cache: *const GlobalCacheEntry,
}

pub static CODE_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(code_dealloc),
    tp_repr: Some(code_repr),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    getsets: CODE_GETSETS,
    ..TypeObject::new_static("code", std::mem::size_of::<CodeObjectRt>(), 0)
});

#[inline(always)]
pub fn is_code(v: Value) -> bool {
    v.is_ptr() && type_of(v) == CODE_TYPE.ptr()
}

/// The code data of a code object (borrowed for the object's lifetime).
#[inline(always)]
pub fn data<'a>(v: Value) -> &'a CodeData {
    // SAFETY: v is a code object; data lives until dealloc.
    unsafe { &*(*v.cast::<CodeObjectRt>()).data }
}

/// Convert one constant to a runtime value (new reference or null).
pub fn const_value(c: &Constant) -> Value {
    match c {
        Constant::None => singletons::none(),
        Constant::Bool(b) => pybool::from_bool(*b),
        Constant::Ellipsis => singletons::ellipsis(),
        Constant::Int(i) => int::from_bigint(i.clone()),
        Constant::Float(f) => float::new_float(*f),
        Constant::Complex { real, imag } => crate::objects::complex::new_complex(*real, *imag),
        Constant::Str(s) => {
            // Identifier-like constants are interned (as CPython does).
            if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                pystr::intern(s)
            } else {
                pystr::new_str(s)
            }
        }
        Constant::Bytes(b) => crate::objects::bytes::new_bytes(b.clone()),
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            let mut v = Vec::with_capacity(items.len());
            for it in items {
                let x = const_value(it);
                if x.is_null() {
                    for y in v {
                        decref(y);
                    }
                    return Value::NULL;
                }
                v.push(x);
            }
            if matches!(c, Constant::FrozenSet(_)) {
                let f = crate::objects::set::frozenset_constant(&v);
                for y in v {
                    decref(y);
                }
                return f;
            }
            tuple::tuple_from_vec(v)
        }
        Constant::Code(c) => new_code((**c).clone()),
    }
}

/// Build a runtime code object from a compiled one (new reference).
pub fn new_code(src: CodeObject) -> Value {
    let mut consts = Vec::with_capacity(src.consts.len());
    for c in &src.consts {
        let v = const_value(c);
        if v.is_null() {
            for x in consts {
                decref(x);
            }
            return Value::NULL;
        }
        consts.push(v);
    }
    let names: Vec<Value> = src.names.iter().map(|n| pystr::intern(n)).collect();
    let localsplus_names: Vec<Value> = src
        .localsplus_names()
        .iter()
        .map(|n| pystr::intern(n))
        .collect();
    if names
        .iter()
        .chain(localsplus_names.iter())
        .any(|v| v.is_null())
    {
        for x in consts {
            decref(x);
        }
        return Value::NULL;
    }
    let nlocalsplus = src.nlocalsplus();
    let data = CodeData {
        consts,
        names,
        nlocals: src.nlocals(),
        nlocalsplus,
        free_start: nlocalsplus - src.freevars.len(),
        stacksize: src.stacksize as usize + 1,
        flags: src.flags,
        argcount: src.argcount as usize,
        posonlyargcount: src.posonlyargcount as usize,
        kwonlyargcount: src.kwonlyargcount as usize,
        name: pystr::intern(&src.name),
        qualname: pystr::new_str(&src.qualname),
        filename: pystr::new_str(&src.filename),
        param_names: src.varnames[..src.total_args().min(src.varnames.len())].to_vec(),
        global_cache: (0..src.instrs.len())
            .map(|_| {
                std::cell::Cell::new(GlobalCacheEntry {
                    globals_version: 0,
                    builtins_version: 0,
                    value: Value::NULL,
                })
            })
            .collect(),
        localsplus_names,
        src,
        native: std::cell::Cell::new(None),
        spare_frame: std::cell::Cell::new(std::ptr::null_mut()),
    };
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(CODE_TYPE.ptr(), std::mem::size_of::<CodeObjectRt>());
        if o.is_null() {
            drop_data(data);
            return Value::NULL;
        }
        let data = Box::into_raw(Box::new(data));
        (*(o as *mut CodeObjectRt)).data = data;
        (*(o as *mut CodeObjectRt)).consts = (*data).consts.as_ptr();
        (*(o as *mut CodeObjectRt)).names = (*data).names.as_ptr();
        (*(o as *mut CodeObjectRt)).global_cache =
            (*data).global_cache.as_ptr() as *const GlobalCacheEntry;
        Value::from_obj(o)
    }
}

fn drop_data(d: CodeData) {
    // SAFETY: the spare frame is owned by the code data alone.
    unsafe { crate::objects::frame::free_spare(d.spare_frame.get()) };
    for &c in &d.consts {
        decref(c);
    }
    crate::object::xdecref(d.qualname);
    crate::object::xdecref(d.filename);
}

unsafe fn code_dealloc(o: *mut Object) {
    let c = o as *mut CodeObjectRt;
    if !(*c).data.is_null() {
        drop_data(*Box::from_raw((*c).data));
        (*c).data = std::ptr::null_mut();
    }
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn code_repr(v: Value) -> Value {
    let d = data(v);
    pystr::from_string(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        d.src.name, v.0, d.src.filename, d.src.firstlineno
    ))
}

fn names_tuple(names: &[String]) -> Value {
    let v: Vec<Value> = names.iter().map(|n| pystr::new_str(n)).collect();
    tuple::tuple_pack_steal(&v)
}

unsafe fn get_name(v: Value) -> Value {
    new_ref(data(v).name)
}
unsafe fn get_qualname(v: Value) -> Value {
    new_ref(data(v).qualname)
}
unsafe fn get_filename(v: Value) -> Value {
    new_ref(data(v).filename)
}
unsafe fn get_argcount(v: Value) -> Value {
    int::from_i64(data(v).argcount as i64)
}
unsafe fn get_posonly(v: Value) -> Value {
    int::from_i64(data(v).posonlyargcount as i64)
}
unsafe fn get_kwonly(v: Value) -> Value {
    int::from_i64(data(v).kwonlyargcount as i64)
}
unsafe fn get_nlocals(v: Value) -> Value {
    int::from_i64(data(v).nlocals as i64)
}
unsafe fn get_flags(v: Value) -> Value {
    int::from_i64(data(v).flags as i64)
}
unsafe fn get_firstlineno(v: Value) -> Value {
    int::from_i64(data(v).src.firstlineno as i64)
}
unsafe fn get_stacksize(v: Value) -> Value {
    int::from_i64(data(v).src.stacksize as i64)
}
unsafe fn get_varnames(v: Value) -> Value {
    names_tuple(&data(v).src.varnames)
}
unsafe fn get_cellvars(v: Value) -> Value {
    names_tuple(&data(v).src.cellvars)
}
unsafe fn get_freevars(v: Value) -> Value {
    names_tuple(&data(v).src.freevars)
}
unsafe fn get_names(v: Value) -> Value {
    names_tuple(&data(v).src.names)
}
unsafe fn get_consts(v: Value) -> Value {
    tuple::tuple_pack(&data(v).consts)
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

static CODE_GETSETS: &[crate::call::descr::GetSetDef] = &[
    gs!("co_name", get_name),
    gs!("co_qualname", get_qualname),
    gs!("co_filename", get_filename),
    gs!("co_argcount", get_argcount),
    gs!("co_posonlyargcount", get_posonly),
    gs!("co_kwonlyargcount", get_kwonly),
    gs!("co_nlocals", get_nlocals),
    gs!("co_flags", get_flags),
    gs!("co_firstlineno", get_firstlineno),
    gs!("co_stacksize", get_stacksize),
    gs!("co_varnames", get_varnames),
    gs!("co_cellvars", get_cellvars),
    gs!("co_freevars", get_freevars),
    gs!("co_names", get_names),
    gs!("co_consts", get_consts),
];
