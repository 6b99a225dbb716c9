//! Standard input: the `sys.stdin` text stream and `input()`.
//!
//! `sys.stdin` is a read-only `_io.TextIOWrapper`-like object over file
//! descriptor 0. Bytes are read a line at a time (up to and including
//! `\n`, or to end of input), decoded as strict UTF-8 into `text` (as CPython's
//! POSIX stdin, no newline translation: lines end at `\n` only);
//! `read`, `readline`, `readlines` and iteration consume from `text[pos..]`.
//!
//! Invariants: `pos` is on a char boundary of `text`; a chunk is decoded
//! only when complete (it ends in `\n` or at end of input, so no UTF-8
//! sequence is ever split); once `eof` is set no further
//! read is attempted; a closed stream rejects every read with CPython's
//! ValueError. `input()` follows CPython's non-interactive path: prompt
//! written through `sys.stdout.write`, `sys.stdout.flush()`, then
//! `sys.stdin.readline()`, EOFError on an empty result.

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::singletons::{is_none, none};
use crate::objects::{bool as pybool, dict, int, list, str as pystr};
use crate::types::typeobject::*;
use std::io::BufRead;

/// Buffered, decoded input not yet consumed.
pub struct InState {
    text: String,
    pos: usize,
    eof: bool,
    closed: bool,
}

#[repr(C)]
pub struct StdinObject {
    pub ob: Object,
    pub state: *mut InState,
}

pub static STDIN_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(stdin_dealloc),
    tp_iter: Some(stdin_iter),
    tp_iternext: Some(stdin_iternext),
    tp_repr: Some(stdin_repr),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    methods: STDIN_METHODS,
    getsets: STDIN_GETSETS,
    ..TypeObject::new_static("_io.TextIOWrapper", std::mem::size_of::<StdinObject>(), 0)
});

/// A new stream over file descriptor 0 (new reference).
pub fn new_stdin() -> Value {
    // SAFETY: fresh object, state owned by it until dealloc.
    unsafe {
        if crate::types::ready::ready_type(STDIN_TYPE.ptr()) < 0 {
            return Value::NULL;
        }
        let o = alloc_object(STDIN_TYPE.ptr(), std::mem::size_of::<StdinObject>());
        if o.is_null() {
            return Value::NULL;
        }
        (*(o as *mut StdinObject)).state = Box::into_raw(Box::new(InState {
            text: String::new(),
            pos: 0,
            eof: false,
            closed: false,
        }));
        Value::from_obj(o)
    }
}

unsafe fn stdin_dealloc(o: *mut Object) {
    let s = o as *mut StdinObject;
    if !(*s).state.is_null() {
        drop(Box::from_raw((*s).state));
        (*s).state = std::ptr::null_mut();
    }
    crate::object::alloc::free_and_release_type(o);
}

fn st<'a>(v: Value) -> &'a mut InState {
    // SAFETY: v is a stdin object whose state lives until dealloc.
    unsafe { &mut *(*v.cast::<StdinObject>()).state }
}

fn check_open(s: &InState) -> bool {
    if s.closed {
        raise_value_error("I/O operation on closed file.");
        return false;
    }
    true
}

/// Read one more chunk (a line of bytes) from fd 0 into `text`. Returns
/// false with an exception set on a read or decode error.
fn fill(s: &mut InState) -> bool {
    if s.eof {
        return true;
    }
    crate::builtins::io::flush_stdout();
    let mut chunk = Vec::new();
    let n = match std::io::stdin().lock().read_until(b'\n', &mut chunk) {
        Ok(n) => n,
        Err(e) => {
            raise_str(crate::errors::exceptions::OS_ERROR.ptr(), &e.to_string());
            return false;
        }
    };
    if n == 0 || !chunk.ends_with(b"\n") {
        s.eof = true;
    }
    if chunk.is_empty() {
        return true;
    }
    let decoded = match String::from_utf8(chunk) {
        Ok(t) => t,
        Err(e) => {
            let b = crate::objects::bytes::new_bytes(e.into_bytes());
            if b.is_null() {
                return false;
            }
            // Raises CPython's UnicodeDecodeError for these bytes.
            let r = crate::objects::bytes::methods::decode_value(b, Value::NULL, Value::NULL);
            decref(b);
            crate::object::xdecref(r);
            if !occurred() {
                raise_value_error("invalid UTF-8 on standard input");
            }
            return false;
        }
    };
    if s.pos > 0 && s.pos >= s.text.len() / 2 {
        s.text.drain(..s.pos);
        s.pos = 0;
    }
    s.text.push_str(&decoded);
    true
}

/// Consume and return the next line (at most `limit` chars when given),
/// "" at end of input; None with an exception set on error.
fn take_line(s: &mut InState, limit: Option<usize>) -> Option<String> {
    loop {
        let rest = &s.text[s.pos..];
        if let Some(lim) = limit {
            if let Some((i, _)) = rest.char_indices().nth(lim) {
                if !rest[..i].contains('\n') {
                    let out = rest[..i].to_string();
                    s.pos += i;
                    return Some(out);
                }
            }
        }
        if let Some(i) = rest.find('\n') {
            let out = rest[..=i].to_string();
            s.pos += i + 1;
            return Some(out);
        }
        if s.eof {
            let out = rest.to_string();
            s.pos = s.text.len();
            return Some(out);
        }
        if !fill(s) {
            return None;
        }
    }
}

/// A size argument: None or negative means "no limit".
fn size_arg(args: &[Value], fname: &str) -> Result<Option<usize>, ()> {
    if args.len() > 1 {
        crate::type_error!("{fname} expected at most 1 argument, got {}", args.len());
        return Err(());
    }
    match args.first() {
        None => Ok(None),
        Some(&a) if is_none(a) => Ok(None),
        Some(&a) => match int::index_value(a) {
            Some(Ok(n)) => Ok((n >= 0).then_some(n as usize)),
            Some(Err(())) => Err(()),
            None => {
                crate::type_error!("argument should be integer or None, not '{}'", type_name(a));
                Err(())
            }
        },
    }
}

unsafe fn m_read(v: Value, args: &[Value]) -> Value {
    let Ok(size) = size_arg(args, "read") else {
        return Value::NULL;
    };
    let s = st(v);
    if !check_open(s) {
        return Value::NULL;
    }
    loop {
        let rest = &s.text[s.pos..];
        if let Some(n) = size {
            if let Some((i, _)) = rest.char_indices().nth(n) {
                let out = rest[..i].to_string();
                s.pos += i;
                return pystr::from_string(out);
            }
        }
        if s.eof {
            let out = rest.to_string();
            s.pos = s.text.len();
            return pystr::from_string(out);
        }
        if !fill(s) {
            return Value::NULL;
        }
    }
}

unsafe fn m_readline(v: Value, args: &[Value]) -> Value {
    let Ok(size) = size_arg(args, "readline") else {
        return Value::NULL;
    };
    let s = st(v);
    if !check_open(s) {
        return Value::NULL;
    }
    match take_line(s, size) {
        Some(l) => pystr::from_string(l),
        None => Value::NULL,
    }
}

unsafe fn m_readlines(v: Value, args: &[Value]) -> Value {
    let Ok(hint) = size_arg(args, "readlines") else {
        return Value::NULL;
    };
    let s = st(v);
    if !check_open(s) {
        return Value::NULL;
    }
    let mut items = Vec::new();
    let mut total = 0usize;
    loop {
        let Some(line) = take_line(s, None) else {
            for it in items {
                decref(it);
            }
            return Value::NULL;
        };
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        let l = pystr::from_string(line);
        if l.is_null() {
            for it in items {
                decref(it);
            }
            return l;
        }
        items.push(l);
        if hint.is_some_and(|h| h > 0 && total >= h) {
            break;
        }
    }
    list::list_from_vec(items)
}

unsafe fn stdin_iter(v: Value) -> Value {
    if !check_open(st(v)) {
        return Value::NULL;
    }
    new_ref(v)
}

unsafe fn stdin_iternext(v: Value) -> Value {
    let s = st(v);
    if !check_open(s) {
        return Value::NULL;
    }
    match take_line(s, None) {
        Some(l) if l.is_empty() => Value::NULL,
        Some(l) => pystr::from_string(l),
        None => Value::NULL,
    }
}

unsafe fn m_close(v: Value) -> Value {
    st(v).closed = true;
    none()
}

unsafe fn m_enter(v: Value) -> Value {
    if !check_open(st(v)) {
        return Value::NULL;
    }
    new_ref(v)
}

unsafe fn m_exit(v: Value, _args: &[Value]) -> Value {
    m_close(v)
}

unsafe fn m_fileno(_v: Value) -> Value {
    int::from_i64(0)
}

unsafe fn m_isatty(v: Value) -> Value {
    if !check_open(st(v)) {
        return Value::NULL;
    }
    pybool::from_bool(libc::isatty(0) == 1)
}

unsafe fn m_true(v: Value) -> Value {
    if !check_open(st(v)) {
        return Value::NULL;
    }
    pybool::from_bool(true)
}

unsafe fn m_false(v: Value) -> Value {
    if !check_open(st(v)) {
        return Value::NULL;
    }
    pybool::from_bool(false)
}

unsafe fn m_flush(v: Value) -> Value {
    if !check_open(st(v)) {
        return Value::NULL;
    }
    none()
}

unsafe fn stdin_repr(_v: Value) -> Value {
    pystr::new_str("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>")
}

unsafe fn get_name(_v: Value) -> Value {
    pystr::new_str("<stdin>")
}
unsafe fn get_mode(_v: Value) -> Value {
    pystr::new_str("r")
}
unsafe fn get_encoding(_v: Value) -> Value {
    pystr::new_str("utf-8")
}
unsafe fn get_closed(v: Value) -> Value {
    pybool::from_bool(st(v).closed)
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

static STDIN_METHODS: &[MethodDef] = &[
    md!("read", Fast, m_read),
    md!("readline", Fast, m_readline),
    md!("readlines", Fast, m_readlines),
    md!("close", NoArgs, m_close),
    md!("fileno", NoArgs, m_fileno),
    md!("isatty", NoArgs, m_isatty),
    md!("readable", NoArgs, m_true),
    md!("writable", NoArgs, m_false),
    md!("seekable", NoArgs, m_false),
    md!("flush", NoArgs, m_flush),
    md!("__enter__", NoArgs, m_enter),
    md!("__exit__", Fast, m_exit),
];

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

static STDIN_GETSETS: &[crate::call::descr::GetSetDef] = &[
    gs!("name", get_name),
    gs!("mode", get_mode),
    gs!("encoding", get_encoding),
    gs!("closed", get_closed),
];

/// `sys.<name>` (new reference); RuntimeError "input(): lost sys.<name>"
/// when it is missing or None.
fn sys_attr_for_input(name: &str) -> Value {
    // SAFETY: GIL held.
    let v = unsafe {
        let sys = (*crate::interp::state::runtime()).sys;
        if sys.is_null() {
            None
        } else {
            dict::get_str(crate::objects::module::module_dict(sys), name)
        }
    };
    match v {
        Some(v) if !is_none(v) => new_ref(v),
        _ => raise_runtime_error(format!("input(): lost sys.{name}")),
    }
}

fn call_noargs(obj: Value, name: &str) -> bool {
    let r = crate::call::vectorcall::call_method(obj, pystr::intern(name), &[]);
    if r.is_null() {
        return false;
    }
    decref(r);
    true
}

/// `input([prompt])`: write `str(prompt)` to `sys.stdout`, flush it, read
/// one line with `sys.stdin.readline()` and return it without its
/// trailing newline; EOFError "EOF when reading a line" at end of input.
pub unsafe fn builtin_input(_m: Value, args: &[Value]) -> Value {
    if args.len() > 1 {
        return crate::type_error!("input expected at most 1 argument, got {}", args.len());
    }
    let fin = sys_attr_for_input("stdin");
    if fin.is_null() {
        return fin;
    }
    let fout = sys_attr_for_input("stdout");
    if fout.is_null() {
        decref(fin);
        return fout;
    }
    let fail = |a: Value, b: Value| {
        decref(a);
        decref(b);
        Value::NULL
    };
    let ferr = sys_attr_for_input("stderr");
    if ferr.is_null() {
        return fail(fin, fout);
    }
    let ok = call_noargs(ferr, "flush");
    decref(ferr);
    if !ok {
        return fail(fin, fout);
    }
    if let Some(&p) = args.first() {
        let s = crate::ops::protocol::str_of(p);
        if s.is_null() {
            return fail(fin, fout);
        }
        let r = crate::builtins::io::write_to(fout, pystr::as_str(s));
        decref(s);
        if r < 0 {
            return fail(fin, fout);
        }
    }
    if !call_noargs(fout, "flush") {
        return fail(fin, fout);
    }
    decref(fout);
    let line = crate::call::vectorcall::call_method(fin, pystr::intern("readline"), &[]);
    decref(fin);
    if line.is_null() {
        return line;
    }
    if !pystr::is_str(line) {
        decref(line);
        return crate::type_error!("object.readline() returned non-string");
    }
    let text = pystr::as_str(line);
    if text.is_empty() {
        decref(line);
        return raise_str(
            crate::errors::exceptions::EOF_ERROR.ptr(),
            "EOF when reading a line",
        );
    }
    if let Some(stripped) = text.strip_suffix('\n') {
        let r = pystr::new_str(stripped);
        decref(line);
        return r;
    }
    line
}
