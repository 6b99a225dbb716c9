//! The `_io` built-in module: the runtime's own stream types under their
//! CPython names, for `io` (runtime/lib/io.py) to re-export and register
//! with its abstract base classes. `TextIOWrapper`, `BufferedReader`,
//! `BufferedWriter` and `BufferedRandom` are the types `open()` returns;
//! `_StdoutStream` and `_StdinStream` are the types of the initial
//! `sys.stdout`/`sys.stderr` and `sys.stdin` (also named
//! `_io.TextIOWrapper` when printed, as in CPython).

use crate::builtins::{files, io, stdin};
use crate::object::{decref, xdecref, Value};
use crate::objects::{dict, int, module};
use crate::types::typeobject::TypeObject;

/// Create the `_io` module (new reference, null on failure).
pub fn create_module() -> Value {
    let m = module::new_module("_io");
    if m.is_null() {
        return m;
    }
    let d = module::module_dict(m);
    let types: [(&str, *mut TypeObject); 6] = [
        ("TextIOWrapper", files::FILE_TYPE.ptr()),
        ("BufferedReader", files::BUFFERED_READER_TYPE.ptr()),
        ("BufferedWriter", files::BUFFERED_WRITER_TYPE.ptr()),
        ("BufferedRandom", files::BUFFERED_RANDOM_TYPE.ptr()),
        ("_StdoutStream", io::STREAM_TYPE.ptr()),
        ("_StdinStream", stdin::STDIN_TYPE.ptr()),
    ];
    let mut ok = true;
    for (name, ty) in types {
        // SAFETY: static types; readying is idempotent.
        ok &= unsafe { crate::types::ready::ready_type(ty) } == 0
            && dict::set_str(d, name, Value::from_obj(ty)) == 0;
    }
    let size = int::from_i64(8192);
    ok &= !size.is_null() && dict::set_str(d, "DEFAULT_BUFFER_SIZE", size) == 0;
    xdecref(size);
    if !ok {
        decref(m);
        return Value::NULL;
    }
    m
}
