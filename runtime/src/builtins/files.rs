//! `open()`: a `TextIOWrapper`-like object. Reading modes load the file
//! at open time (text modes decode it as UTF-8 into `text`, binary modes
//! keep the bytes in `raw`) and serve `read`, `readline`, `readlines` and
//! iteration from it; writing modes (`w`, `a`, `x`, `+`) buffer the
//! encoded output in `pending` and write it out on `flush`/`close`.
//!
//! Invariants: `pos` is a byte offset into `raw` (binary) or on a char
//! boundary of `text` (text);
//! `closed` files reject every operation with CPython's ValueError.

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::singletons::{is_none, none};
use crate::objects::{bool as pybool, int, list, str as pystr};
use crate::types::typeobject::*;
use std::io::Write;

pub struct FileState {
    path: String,
    mode: String,
    text: String,
    pos: usize,
    pending: Vec<u8>,
    binary: bool,
    raw: Vec<u8>,
    readable: bool,
    writable: bool,
    closed: bool,
    file: Option<std::fs::File>,
}

#[repr(C)]
pub struct FileObject {
    pub ob: Object,
    pub name: Value,
    pub state: *mut FileState,
}

/// The file types share one layout and one set of slots and methods; they
/// differ only in name, as CPython's: text files are `TextIOWrapper`,
/// binary ones `BufferedReader` (`rb`), `BufferedWriter` (`wb`, `ab`,
/// `xb`) or `BufferedRandom` (any binary mode with `+`).
macro_rules! file_type {
    ($id:ident, $name:literal) => {
        pub static $id: Static<TypeObject> = Static::new(TypeObject {
            tp_dealloc: Some(file_dealloc),
            tp_iter: Some(file_iter),
            tp_iternext: Some(file_iternext),
            tp_repr: Some(file_repr),
            tp_getattro: Some(crate::ops::attr::generic_getattr),
            methods: FILE_METHODS,
            getsets: FILE_GETSETS,
            ..TypeObject::new_static($name, std::mem::size_of::<FileObject>(), 0)
        });
    };
}

file_type!(FILE_TYPE, "_io.TextIOWrapper");
file_type!(BUFFERED_READER_TYPE, "_io.BufferedReader");
file_type!(BUFFERED_WRITER_TYPE, "_io.BufferedWriter");
file_type!(BUFFERED_RANDOM_TYPE, "_io.BufferedRandom");

fn raise_os(e: &std::io::Error, path: &str) -> Value {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let strerror = text.split(" (os error").next().unwrap_or(&text).to_string();
    let args = [
        int::from_i64(errno as i64),
        pystr::from_string(strerror),
        pystr::new_str(path),
    ];
    let exc = crate::call::vectorcall::call(
        Value::from_obj(crate::errors::exceptions::OS_ERROR.ptr()),
        &args,
        Value::NULL,
    );
    for a in args {
        crate::object::xdecref(a);
    }
    if !exc.is_null() {
        set_exception(exc);
    }
    Value::NULL
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub unsafe fn builtin_open(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 8];
    let spec = crate::call::argparse::ArgSpec {
        fname: "open",
        params: &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        posonly: 0,
        required: 1,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    // An os.PathLike file argument opens the path its __fspath__ gives.
    let file_arg = crate::modules::posix::OwnedPath::of(out[0]);
    let Some(file_arg) = file_arg else {
        return Value::NULL;
    };
    out[0] = file_arg.value();
    if !pystr::is_str(out[0]) {
        return crate::type_error!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(out[0])
        );
    }
    let path = pystr::as_str(out[0]).to_string();
    let mode = if out[1].is_null() {
        "r".to_string()
    } else if pystr::is_str(out[1]) {
        pystr::as_str(out[1]).to_string()
    } else {
        return crate::type_error!(
            "open() argument 'mode' must be str, not {}",
            type_name(out[1])
        );
    };
    if let Some(enc) = Some(out[3]).filter(|e| !e.is_null() && !is_none(*e)) {
        let e = pystr::as_str(enc).to_ascii_lowercase().replace('_', "-");
        if !matches!(e.as_str(), "utf-8" | "utf8" | "ascii" | "us-ascii") {
            return raise_str(
                crate::errors::exceptions::LOOKUP_ERROR.ptr(),
                &format!("unknown encoding: {}", pystr::as_str(enc)),
            );
        }
    }
    let binary = mode.contains('b');
    if binary && mode.contains('t') {
        return raise_value_error("can't have text and binary mode at once");
    }
    if binary && !out[3].is_null() && !is_none(out[3]) {
        return raise_value_error("binary mode doesn't take an encoding argument");
    }
    let valid = mode.chars().all(|c| "rwaxtb+".contains(c))
        && mode.chars().filter(|c| "rwax".contains(*c)).count() == 1;
    if !valid {
        return raise_value_error(format!("invalid mode: '{mode}'"));
    }
    let plus = mode.contains('+');
    let mut opts = std::fs::OpenOptions::new();
    let (readable, writable) = if mode.contains('r') {
        opts.read(true).write(plus);
        (true, plus)
    } else if mode.contains('w') {
        opts.write(true).create(true).truncate(true).read(plus);
        (plus, true)
    } else if mode.contains('a') {
        opts.append(true).create(true).read(plus);
        (plus, true)
    } else {
        opts.write(true).create_new(true).read(plus);
        (plus, true)
    };
    let mut file = match opts.open(&path) {
        Ok(f) => f,
        Err(e) => return raise_os(&e, &path),
    };
    let mut text = String::new();
    let mut raw = Vec::new();
    if mode.contains('r') {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::Read::read_to_end(&mut file, &mut bytes) {
            return raise_os(&e, &path);
        }
        if binary {
            raw = bytes;
        } else {
            match String::from_utf8(bytes) {
                Ok(t) => text = t,
                Err(e) => {
                    return raise_str(
                        crate::errors::exceptions::UNICODE_DECODE_ERROR.ptr(),
                        &format!("'utf-8' codec can't decode file contents: {e}"),
                    )
                }
            }
            if !out[5].is_null() && !is_none(out[5]) {
                // newline='' etc.: keep line endings as they are.
            } else {
                text = text.replace("\r\n", "\n");
            }
        }
    }
    let ty = if !binary {
        FILE_TYPE.ptr()
    } else if plus {
        BUFFERED_RANDOM_TYPE.ptr()
    } else if readable {
        BUFFERED_READER_TYPE.ptr()
    } else {
        BUFFERED_WRITER_TYPE.ptr()
    };
    if crate::types::ready::ready_type(ty) < 0 {
        return Value::NULL;
    }
    let o = alloc_object(ty, std::mem::size_of::<FileObject>());
    if o.is_null() {
        return Value::NULL;
    }
    let f = o as *mut FileObject;
    (*f).name = new_ref(out[0]);
    (*f).state = Box::into_raw(Box::new(FileState {
        path,
        mode,
        text,
        pos: 0,
        pending: Vec::new(),
        binary,
        raw,
        readable,
        writable,
        closed: false,
        file: Some(file),
    }));
    Value::from_obj(o)
}

fn st<'a>(v: Value) -> &'a mut FileState {
    // SAFETY: v is a file object whose state lives until dealloc.
    unsafe { &mut *(*v.cast::<FileObject>()).state }
}

fn check_open(s: &FileState) -> bool {
    if s.closed {
        raise_value_error("I/O operation on closed file.");
        return false;
    }
    true
}

fn flush_state(s: &mut FileState) -> bool {
    if s.pending.is_empty() {
        return true;
    }
    if let Some(f) = s.file.as_mut() {
        if let Err(e) = f.write_all(&s.pending) {
            raise_os(&e, &s.path.clone());
            return false;
        }
    }
    s.pending.clear();
    true
}

unsafe fn m_read(v: Value, args: &[Value]) -> Value {
    let s = st(v);
    if !check_open(s) {
        return Value::NULL;
    }
    if !s.readable {
        return raise_str(crate::errors::exceptions::OS_ERROR.ptr(), "not readable");
    }
    let n = match args.first() {
        Some(&a) if !is_none(a) => int::as_i64(a).unwrap_or(-1),
        _ => -1,
    };
    if s.binary {
        let rest = &s.raw[s.pos..];
        let take = if n < 0 {
            rest.len()
        } else {
            rest.len().min(n as usize)
        };
        let out = rest[..take].to_vec();
        s.pos += take;
        return crate::objects::bytes::new_bytes(out);
    }
    let rest = &s.text[s.pos..];
    let take = if n < 0 {
        rest.len()
    } else {
        rest.char_indices()
            .nth(n as usize)
            .map_or(rest.len(), |(i, _)| i)
    };
    let out = rest[..take].to_string();
    s.pos += take;
    pystr::from_string(out)
}

/// The next line as a `str` (text mode) or `bytes` (binary mode), or
/// `None` at the end of the file.
fn next_line_value(s: &mut FileState) -> Option<Value> {
    if s.binary {
        let rest = &s.raw[s.pos..];
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        let line = rest[..end].to_vec();
        s.pos += end;
        return Some(crate::objects::bytes::new_bytes(line));
    }
    next_line(s).map(pystr::from_string)
}

fn next_line(s: &mut FileState) -> Option<String> {
    let rest = &s.text[s.pos..];
    if rest.is_empty() {
        return None;
    }
    let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    let line = rest[..end].to_string();
    s.pos += end;
    Some(line)
}

unsafe fn m_readline(v: Value, _args: &[Value]) -> Value {
    let s = st(v);
    if !check_open(s) {
        return Value::NULL;
    }
    match next_line_value(s) {
        Some(l) => l,
        None if s.binary => crate::objects::bytes::new_bytes(Vec::new()),
        None => pystr::new_str(""),
    }
}

unsafe fn m_readlines(v: Value, _args: &[Value]) -> Value {
    let s = st(v);
    if !check_open(s) {
        return Value::NULL;
    }
    let mut items = Vec::new();
    while let Some(l) = next_line_value(s) {
        if l.is_null() {
            for it in items {
                decref(it);
            }
            return Value::NULL;
        }
        items.push(l);
    }
    list::list_from_vec(items)
}

unsafe fn m_write(v: Value, text: Value) -> Value {
    let s = st(v);
    if !check_open(s) {
        return Value::NULL;
    }
    if s.binary {
        if !crate::objects::bytes::is_byteslike(text) {
            return crate::type_error!(
                "a bytes-like object is required, not '{}'",
                type_name(text)
            );
        }
    } else if !pystr::is_str(text) {
        return crate::type_error!("write() argument must be str, not {}", type_name(text));
    }
    if !s.writable {
        return raise_str(crate::errors::exceptions::OS_ERROR.ptr(), "not writable");
    }
    let n = if s.binary {
        let b = crate::objects::bytes::as_bytes(text);
        s.pending.extend_from_slice(b);
        b.len()
    } else {
        s.pending.extend_from_slice(pystr::as_str(text).as_bytes());
        pystr::char_len(text)
    };
    if s.pending.len() > 1 << 16 && !flush_state(s) {
        return Value::NULL;
    }
    int::from_i64(n as i64)
}

unsafe fn m_writelines(v: Value, lines: Value) -> Value {
    let Some(items) = crate::ops::protocol::sequence_to_vec(lines) else {
        return Value::NULL;
    };
    let mut ok = true;
    for &it in &items {
        if ok {
            let r = m_write(v, it);
            if r.is_null() {
                ok = false;
            } else {
                decref(r);
            }
        }
    }
    for it in items {
        decref(it);
    }
    if ok {
        none()
    } else {
        Value::NULL
    }
}

unsafe fn m_flush(v: Value) -> Value {
    let s = st(v);
    if !check_open(s) || !flush_state(s) {
        return Value::NULL;
    }
    none()
}

unsafe fn m_close(v: Value) -> Value {
    let s = st(v);
    if s.closed {
        return none();
    }
    let ok = flush_state(s);
    s.closed = true;
    s.file = None;
    if ok {
        none()
    } else {
        Value::NULL
    }
}

unsafe fn m_enter(v: Value) -> Value {
    let s = st(v);
    if !check_open(s) {
        return Value::NULL;
    }
    new_ref(v)
}

unsafe fn m_exit(v: Value, _args: &[Value]) -> Value {
    m_close(v)
}

unsafe fn m_readable(v: Value) -> Value {
    pybool::from_bool(st(v).readable)
}
unsafe fn m_writable(v: Value) -> Value {
    pybool::from_bool(st(v).writable)
}

unsafe fn file_iter(v: Value) -> Value {
    if !check_open(st(v)) {
        return Value::NULL;
    }
    new_ref(v)
}

unsafe fn file_iternext(v: Value) -> Value {
    let s = st(v);
    if !check_open(s) {
        return Value::NULL;
    }
    next_line_value(s).unwrap_or(Value::NULL)
}

unsafe fn file_repr(v: Value) -> Value {
    let s = st(v);
    if s.binary {
        return pystr::from_string(format!(
            "<{} name={}>",
            type_name(v),
            crate::objects::str::repr::repr_string(&s.path)
        ));
    }
    pystr::from_string(format!(
        "<_io.TextIOWrapper name={} mode='{}' encoding='UTF-8'>",
        crate::objects::str::repr::repr_string(&s.path),
        s.mode
    ))
}

unsafe fn file_dealloc(o: *mut Object) {
    let f = o as *mut FileObject;
    if !(*f).state.is_null() {
        let mut s = Box::from_raw((*f).state);
        if !s.closed && !flush_state(&mut s) {
            clear();
        }
        (*f).state = std::ptr::null_mut();
    }
    crate::object::refcount::clear_slot(&mut (*f).name);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn get_name(v: Value) -> Value {
    new_ref((*v.cast::<FileObject>()).name)
}
unsafe fn get_mode(v: Value) -> Value {
    pystr::new_str(&st(v).mode)
}
unsafe fn get_closed(v: Value) -> Value {
    pybool::from_bool(st(v).closed)
}
unsafe fn get_encoding(_v: Value) -> Value {
    pystr::new_str("UTF-8")
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

static FILE_METHODS: &[MethodDef] = &[
    md!("read", Fast, m_read),
    md!("readline", Fast, m_readline),
    md!("readlines", Fast, m_readlines),
    md!("write", O, m_write),
    md!("writelines", O, m_writelines),
    md!("flush", NoArgs, m_flush),
    md!("close", NoArgs, m_close),
    md!("readable", NoArgs, m_readable),
    md!("writable", NoArgs, m_writable),
    md!("__enter__", NoArgs, m_enter),
    md!("__exit__", Fast, m_exit),
];

static FILE_GETSETS: &[crate::call::descr::GetSetDef] = &[
    crate::call::descr::GetSetDef {
        name: "name",
        get: get_name,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "mode",
        get: get_mode,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "closed",
        get: get_closed,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "encoding",
        get: get_encoding,
        set: None,
        doc: "",
    },
];
