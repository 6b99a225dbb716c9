//! Output: `print()` and the standard streams. `sys.stdout`/`sys.stderr`
//! start as `TextIOWrapper`-like stream objects writing to file
//! descriptors 1 and 2 through a buffer (stdout is flushed at exit, before
//! anything is written to stderr, and on `flush()`); a program may replace
//! them with any object that has a `write` method.

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::{decref, Object, Static, Value};
use crate::objects::singletons::{is_none, none};
use crate::objects::{dict, int, str as pystr};
use crate::types::typeobject::*;
use std::io::Write;

#[repr(C)]
pub struct StreamObject {
    pub ob: Object,
    pub fd: i32,
}

pub static STREAM_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    tp_repr: Some(stream_repr),
    methods: STREAM_METHODS,
    getsets: STREAM_GETSETS,
    ..TypeObject::new_static("_io.TextIOWrapper", std::mem::size_of::<StreamObject>(), 0)
});

struct Buffers {
    out: Vec<u8>,
}

static BUFFERS: Static<Buffers> = Static::new(Buffers { out: Vec::new() });

/// New stream object for file descriptor `fd` (1 or 2).
pub fn new_stream(fd: i32) -> Value {
    // SAFETY: fresh object.
    unsafe {
        let o = alloc_object(STREAM_TYPE.ptr(), std::mem::size_of::<StreamObject>());
        if o.is_null() {
            return Value::NULL;
        }
        (*(o as *mut StreamObject)).fd = fd;
        Value::from_obj(o)
    }
}

/// Flush buffered stdout text to fd 1 (ignoring a closed pipe).
pub fn flush_stdout() {
    // SAFETY: GIL held.
    unsafe {
        let b = BUFFERS.ptr();
        if !(*b).out.is_empty() {
            let mut o = std::io::stdout().lock();
            let _ = o.write_all(&(*b).out);
            let _ = o.flush();
            (*b).out.clear();
        }
    }
}

fn write_fd(fd: i32, text: &str) -> i32 {
    if fd == 1 {
        // SAFETY: GIL held.
        unsafe {
            let b = BUFFERS.ptr();
            (*b).out.extend_from_slice(text.as_bytes());
            if (*b).out.len() > 1 << 16 {
                flush_stdout();
            }
        }
    } else {
        flush_stdout();
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(text.as_bytes());
        let _ = e.flush();
    }
    0
}

/// Write to the program's current `sys.stdout`. 0 or -1.
pub fn write_stdout(text: &str) -> i32 {
    let out = sys_stream("stdout");
    if out.is_null() {
        return write_fd(1, text);
    }
    let r = write_to(out, text);
    decref(out);
    r
}

/// `sys.<name>` (new reference) or null without an exception when unset.
fn sys_stream(name: &str) -> Value {
    // SAFETY: GIL held.
    unsafe {
        let sys = (*crate::interp::state::runtime()).sys;
        if sys.is_null() {
            return Value::NULL;
        }
        match dict::get_str(crate::objects::module::module_dict(sys), name) {
            Some(v) => crate::object::new_ref(v),
            None => Value::NULL,
        }
    }
}

/// `file.write(text)`. 0 or -1.
pub fn write_to(file: Value, text: &str) -> i32 {
    if type_of(file) == STREAM_TYPE.ptr() {
        // SAFETY: stream layout.
        return write_fd(unsafe { (*file.cast::<StreamObject>()).fd }, text);
    }
    let s = pystr::new_str(text);
    if s.is_null() {
        return -1;
    }
    let r = crate::call::vectorcall::call_method(file, crate::id!(write), &[s]);
    decref(s);
    if r.is_null() {
        return -1;
    }
    decref(r);
    0
}

fn flush_file(file: Value) -> i32 {
    if type_of(file) == STREAM_TYPE.ptr() {
        flush_stdout();
        return 0;
    }
    let r = crate::call::vectorcall::call_method(file, crate::id!(flush), &[]);
    if r.is_null() {
        return -1;
    }
    decref(r);
    0
}

unsafe fn stream_write(s: Value, text: Value) -> Value {
    if !pystr::is_str(text) {
        return crate::type_error!("write() argument must be str, not {}", type_name(text));
    }
    write_fd((*s.cast::<StreamObject>()).fd, pystr::as_str(text));
    int::from_i64(pystr::char_len(text) as i64)
}

unsafe fn stream_flush(s: Value) -> Value {
    if (*s.cast::<StreamObject>()).fd == 1 {
        flush_stdout();
    }
    none()
}

unsafe fn stream_fileno(s: Value) -> Value {
    int::from_i64((*s.cast::<StreamObject>()).fd as i64)
}

unsafe fn stream_isatty(_s: Value) -> Value {
    crate::objects::bool::from_bool(false)
}

unsafe fn stream_repr(s: Value) -> Value {
    let name = if (*s.cast::<StreamObject>()).fd == 1 {
        "<stdout>"
    } else {
        "<stderr>"
    };
    pystr::from_string(format!(
        "<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>"
    ))
}

unsafe fn get_encoding(_s: Value) -> Value {
    pystr::new_str("utf-8")
}

static STREAM_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "write",
        imp: MethodImpl::O(stream_write),
        doc: "",
    },
    MethodDef {
        name: "flush",
        imp: MethodImpl::NoArgs(stream_flush),
        doc: "",
    },
    MethodDef {
        name: "fileno",
        imp: MethodImpl::NoArgs(stream_fileno),
        doc: "",
    },
    MethodDef {
        name: "isatty",
        imp: MethodImpl::NoArgs(stream_isatty),
        doc: "",
    },
];

static STREAM_GETSETS: &[crate::call::descr::GetSetDef] = &[crate::call::descr::GetSetDef {
    name: "encoding",
    get: get_encoding,
    set: None,
    doc: "",
}];

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
pub unsafe fn builtin_print(_m: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value {
    let mut sep = Value::NULL;
    let mut end = Value::NULL;
    let mut file = Value::NULL;
    let mut flush = Value::NULL;
    if !kwnames.is_null() {
        for (k, &name) in crate::objects::tuple::as_slice(kwnames).iter().enumerate() {
            let v = *args.add(nargs + k);
            match pystr::as_str(name) {
                "sep" => sep = v,
                "end" => end = v,
                "file" => file = v,
                "flush" => flush = v,
                other => {
                    return crate::type_error!(
                        "'{other}' is an invalid keyword argument for print()"
                    )
                }
            }
        }
    }
    let text_arg = |v: Value, what: &str, default: &str| -> Result<String, ()> {
        if v.is_null() || is_none(v) {
            Ok(default.to_string())
        } else if pystr::is_str(v) {
            Ok(pystr::as_str(v).to_string())
        } else {
            crate::type_error!("{what} must be None or a string, not {}", type_name(v));
            Err(())
        }
    };
    let Ok(sep) = text_arg(sep, "sep", " ") else {
        return Value::NULL;
    };
    let Ok(end) = text_arg(end, "end", "\n") else {
        return Value::NULL;
    };
    let target = if file.is_null() || is_none(file) {
        let s = sys_stream("stdout");
        if s.is_null() {
            Value::NULL
        } else {
            s
        }
    } else {
        crate::object::new_ref(file)
    };
    // The built-in streams get one write of the whole line; any other file
    // object gets one `write` call per piece, as CPython makes them.
    let batched = target.is_null() || type_of(target) == STREAM_TYPE.ptr();
    let emit = |out: &mut String| -> i32 {
        if batched {
            return 0;
        }
        let rc = write_to(target, out);
        out.clear();
        rc
    };
    let finish_batch = |out: &str| {
        if target.is_null() {
            write_fd(1, out);
            0
        } else {
            write_to(target, out)
        }
    };
    let mut out = String::new();
    for i in 0..nargs {
        if i > 0 {
            out.push_str(&sep);
            if emit(&mut out) < 0 {
                decref(target);
                return Value::NULL;
            }
        }
        let v = *args.add(i);
        if pystr::is_exact_str(v) {
            out.push_str(pystr::as_str(v));
        } else if v.is_small() {
            use std::fmt::Write as _;
            let _ = write!(out, "{}", v.as_small());
        } else {
            let s = crate::ops::protocol::str_of(v);
            if s.is_null() {
                if batched && !out.is_empty() {
                    // What CPython wrote before failing still appears.
                    let e = fetch();
                    finish_batch(&out);
                    restore(e);
                }
                crate::object::xdecref(target);
                return Value::NULL;
            }
            out.push_str(pystr::as_str(s));
            decref(s);
        }
        if emit(&mut out) < 0 {
            decref(target);
            return Value::NULL;
        }
    }
    out.push_str(&end);
    if target.is_null() {
        write_fd(1, &out);
        return none();
    }
    let mut rc = write_to(target, &out);
    if rc == 0 && !flush.is_null() {
        let t = crate::ops::protocol::is_true(flush);
        if t < 0 {
            rc = -1;
        } else if t == 1 {
            rc = flush_file(target);
        }
    }
    decref(target);
    if rc < 0 {
        return Value::NULL;
    }
    none()
}

/// Write to the current `sys.stderr` (falling back to fd 2).
pub fn write_to_stderr(text: &str) {
    let err = sys_stream("stderr");
    if err.is_null() || write_to(err, text) < 0 {
        clear();
        write_fd(2, text);
    }
    if !err.is_null() {
        decref(err);
    }
    flush_stdout();
}
