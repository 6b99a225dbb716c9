//! The `posix` built-in module: the operating-system calls the `os` module
//! (runtime/lib/os.py) builds on — working directory, directory listing,
//! `stat`/`lstat` (as a raw tuple that `os.stat_result` wraps), creating
//! and removing files and directories, renaming, links, file-descriptor
//! I/O (`open`/`read`/`write`/`lseek`/`close`), `utime`, `statvfs`,
//! process ids, `urandom`, `cpu_count`, `strerror`, environment access,
//! `_exit`.
//!
//! Invariants: every failing system call raises `OSError(errno,
//! strerror(errno), filename[, None, filename2])`, which the OSError
//! constructor turns into the matching subclass (FileNotFoundError, ...),
//! so messages read "[Errno 2] No such file or directory: 'x'" as in
//! CPython; `filename` is the caller's original path object. Paths are
//! str, bytes or os.PathLike (`__fspath__`); names that are not UTF-8 are
//! decoded lossily.

use crate::call::argparse::{parse_args, ArgSpec};
use crate::call::builtin::{new_builtin, MethodDef, MethodImpl};
use crate::errors::*;
use crate::object::{decref, new_ref, xdecref, Value};
use crate::objects::singletons::{is_none, none};
use crate::objects::{bool as pybool, bytes, dict, float, int, list, module, str as pystr, tuple};
use crate::types::typeobject::type_name;
use std::ffi::CString;

/// Raise the OSError for `errno` with up to two file names (borrowed;
/// null when absent). Always returns null.
pub fn raise_errno(errno: i32, filename: Value, filename2: Value) -> Value {
    // SAFETY: strerror returns a valid C string for any errno.
    let text = unsafe {
        std::ffi::CStr::from_ptr(libc::strerror(errno))
            .to_string_lossy()
            .into_owned()
    };
    let mut args = vec![int::from_i64(errno as i64), pystr::from_string(text)];
    if !filename.is_null() {
        args.push(new_ref(filename));
        if !filename2.is_null() {
            args.push(none());
            args.push(new_ref(filename2));
        }
    }
    if args.iter().any(|a| a.is_null()) {
        for a in args {
            xdecref(a);
        }
        return Value::NULL;
    }
    let exc = crate::call::vectorcall::call(
        Value::from_obj(crate::errors::exceptions::OS_ERROR.ptr()),
        &args,
        Value::NULL,
    );
    for a in args {
        decref(a);
    }
    if !exc.is_null() {
        set_exception(exc);
    }
    Value::NULL
}

/// The current `errno` as an OSError for `filename`.
fn raise_last(filename: Value) -> Value {
    raise_errno(last_errno(), filename, Value::NULL)
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn raise_io(e: &std::io::Error, filename: Value) -> Value {
    match e.raw_os_error() {
        Some(n) => raise_errno(n, filename, Value::NULL),
        None => raise_str(crate::errors::exceptions::OS_ERROR.ptr(), &e.to_string()),
    }
}

/// A path argument as text: str, bytes, or an object with `__fspath__`
/// returning one of those. `what` is the CPython wording of the accepted
/// kinds for the TypeError. Ok((text, was_bytes)).
fn path_text(fname: &str, v: Value, what: &str) -> Result<(String, bool), ()> {
    if pystr::is_str(v) {
        return Ok((pystr::as_str(v).to_string(), false));
    }
    if bytes::is_bytes(v) {
        return Ok((
            String::from_utf8_lossy(bytes::as_bytes(v)).into_owned(),
            true,
        ));
    }
    let f =
        crate::types::lookup::type_lookup_str(crate::types::typeobject::type_of(v), "__fspath__");
    match (!f.is_null()).then_some(f) {
        Some(f) => {
            // `f` is borrowed from the type; keep it alive over the call.
            let f = new_ref(f);
            let r = crate::call::vectorcall::call_method_value(f, v, &[]);
            decref(f);
            if r.is_null() {
                return Err(());
            }
            let out = if pystr::is_str(r) {
                Ok((pystr::as_str(r).to_string(), false))
            } else if bytes::is_bytes(r) {
                Ok((
                    String::from_utf8_lossy(bytes::as_bytes(r)).into_owned(),
                    true,
                ))
            } else {
                crate::type_error!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    type_name(v),
                    type_name(r)
                );
                Err(())
            };
            decref(r);
            out
        }
        None => {
            crate::type_error!("{fname}: path should be {what}, not {}", type_name(v));
            Err(())
        }
    }
}

/// A path argument after `os.fspath`: str and bytes (and anything
/// without `__fspath__`) as given, an os.PathLike replaced by its
/// `__fspath__()` result (owned here).
pub struct OwnedPath(Value);

impl OwnedPath {
    /// None with an exception set when `__fspath__` fails or returns
    /// neither str nor bytes.
    pub fn of(v: Value) -> Option<OwnedPath> {
        if pystr::is_str(v) || bytes::is_bytes(v) || !v.is_ptr() {
            return Some(OwnedPath(new_ref(v)));
        }
        let f = crate::types::lookup::type_lookup_str(
            crate::types::typeobject::type_of(v),
            "__fspath__",
        );
        if f.is_null() {
            return Some(OwnedPath(new_ref(v)));
        }
        let f = new_ref(f);
        let r = crate::call::vectorcall::call_method_value(f, v, &[]);
        decref(f);
        if r.is_null() {
            return None;
        }
        if !pystr::is_str(r) && !bytes::is_bytes(r) {
            crate::type_error!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                type_name(v),
                type_name(r)
            );
            decref(r);
            return None;
        }
        Some(OwnedPath(r))
    }

    /// The path object (borrowed from self).
    pub fn value(&self) -> Value {
        self.0
    }
}

impl Drop for OwnedPath {
    fn drop(&mut self) {
        xdecref(self.0);
    }
}

const PATH_KINDS: &str = "string, bytes or os.PathLike";

fn cpath(s: &str) -> Result<CString, ()> {
    CString::new(s).map_err(|_| {
        raise_value_error("embedded null byte");
    })
}

/// The parameter list of a builtin: the first `required` of `params` are
/// required, the last `kwonly` keyword-only.
fn spec<'a>(fname: &'a str, params: &'a [&'a str], required: usize, kwonly: usize) -> ArgSpec<'a> {
    ArgSpec {
        fname,
        params,
        posonly: 0,
        required,
        kwonly,
        varargs: false,
        varkw: false,
    }
}

/// Bind vectorcall arguments by `sp` into `out`; false with an exception.
fn parse(sp: ArgSpec, args: *const Value, nargs: usize, kw: Value, out: &mut [Value]) -> bool {
    parse_args(&sp, args, nargs, kw, out).is_ok()
}

fn int_arg(v: Value, dflt: i64) -> Result<i64, ()> {
    if v.is_null() {
        return Ok(dflt);
    }
    match int::index_value(v) {
        Some(Ok(n)) => Ok(n as i64),
        Some(Err(())) => Err(()),
        None => {
            crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            );
            Err(())
        }
    }
}

fn truthy(v: Value, dflt: bool) -> Result<bool, ()> {
    if v.is_null() {
        return Ok(dflt);
    }
    match crate::ops::protocol::is_true(v) {
        t if t < 0 => Err(()),
        t => Ok(t == 1),
    }
}

unsafe fn p_getcwd(_m: Value) -> Value {
    match std::env::current_dir() {
        Ok(p) => pystr::from_string(p.to_string_lossy().into_owned()),
        Err(e) => raise_io(&e, Value::NULL),
    }
}

unsafe fn p_getcwdb(_m: Value) -> Value {
    use std::os::unix::ffi::OsStrExt;
    match std::env::current_dir() {
        Ok(p) => bytes::new_bytes(p.as_os_str().as_bytes().to_vec()),
        Err(e) => raise_io(&e, Value::NULL),
    }
}

unsafe fn p_chdir(_m: Value, v: Value) -> Value {
    let Ok((p, _)) = path_text("chdir", v, PATH_KINDS) else {
        return Value::NULL;
    };
    match std::env::set_current_dir(&p) {
        Ok(()) => none(),
        Err(e) => raise_io(&e, v),
    }
}

unsafe fn p_listdir(_m: Value, args: &[Value]) -> Value {
    if args.len() > 1 {
        return crate::type_error!("listdir() takes at most 1 argument ({} given)", args.len());
    }
    let arg = args.first().copied().filter(|a| !is_none(*a));
    let (path, as_bytes) = match arg {
        None => (".".to_string(), false),
        Some(a) => match path_text("listdir", a, "string, bytes, os.PathLike, integer or None") {
            Ok(p) => p,
            Err(()) => return Value::NULL,
        },
    };
    let rd = match std::fs::read_dir(&path) {
        Ok(rd) => rd,
        Err(e) => return raise_io(&e, arg.unwrap_or(Value::NULL)),
    };
    let mut items = Vec::new();
    for ent in rd {
        let ent = match ent {
            Ok(e) => e,
            Err(e) => {
                for it in items {
                    decref(it);
                }
                return raise_io(&e, arg.unwrap_or(Value::NULL));
            }
        };
        let name = ent.file_name();
        let v = if as_bytes {
            use std::os::unix::ffi::OsStrExt;
            bytes::new_bytes(name.as_bytes().to_vec())
        } else {
            pystr::from_string(name.to_string_lossy().into_owned())
        };
        if v.is_null() {
            for it in items {
                decref(it);
            }
            return v;
        }
        items.push(v);
    }
    list::list_from_vec(items)
}

/// `_stat(path, follow_symlinks)`: (mode, ino, dev, nlink, uid, gid, size,
/// atime, mtime, ctime, atime_ns, mtime_ns, ctime_ns), times as floats and
/// ints of nanoseconds.
unsafe fn p_stat(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 3];
    if !parse(
        spec("stat", &["path", "dir_fd", "follow_symlinks"], 1, 2),
        args,
        nargs,
        kw,
        &mut out,
    ) {
        return Value::NULL;
    }
    let Ok(follow) = truthy(out[2], true) else {
        return Value::NULL;
    };
    stat_common("stat", out[0], follow)
}

unsafe fn p_lstat(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 2];
    if !parse(
        spec("lstat", &["path", "dir_fd"], 1, 1),
        args,
        nargs,
        kw,
        &mut out,
    ) {
        return Value::NULL;
    }
    stat_common("lstat", out[0], false)
}

unsafe fn stat_common(fname: &str, pathv: Value, follow: bool) -> Value {
    let mut st: libc::stat = std::mem::zeroed();
    let rc = if int::is_int(pathv) && !pybool::is_bool(pathv) {
        let Ok(fd) = int_arg(pathv, 0) else {
            return Value::NULL;
        };
        libc::fstat(fd as i32, &mut st)
    } else {
        let Ok((p, _)) = path_text(fname, pathv, "string, bytes, os.PathLike or integer") else {
            return Value::NULL;
        };
        let Ok(c) = cpath(&p) else {
            return Value::NULL;
        };
        if follow {
            libc::stat(c.as_ptr(), &mut st)
        } else {
            libc::lstat(c.as_ptr(), &mut st)
        }
    };
    if rc != 0 {
        return raise_last(pathv);
    }
    let ns = |s: i64, n: i64| int::from_i128(s as i128 * 1_000_000_000 + n as i128);
    let fl = |s: i64, n: i64| float::new_float(s as f64 + n as f64 * 1e-9);
    tuple::tuple_from_vec(vec![
        int::from_u64(st.st_mode as u64),
        int::from_u64(st.st_ino as u64),
        int::from_u64(st.st_dev as u64),
        int::from_u64(st.st_nlink as u64),
        int::from_u64(st.st_uid as u64),
        int::from_u64(st.st_gid as u64),
        int::from_i64(st.st_size as i64),
        fl(st.st_atime as i64, st.st_atime_nsec as i64),
        fl(st.st_mtime as i64, st.st_mtime_nsec as i64),
        fl(st.st_ctime as i64, st.st_ctime_nsec as i64),
        ns(st.st_atime as i64, st.st_atime_nsec as i64),
        ns(st.st_mtime as i64, st.st_mtime_nsec as i64),
        ns(st.st_ctime as i64, st.st_ctime_nsec as i64),
        int::from_i64(st.st_blksize as i64),
        int::from_i64(st.st_blocks as i64),
    ])
}

/// A one-path system call `f(c_path) -> rc`, raising with the path.
unsafe fn path_call(fname: &str, v: Value, f: impl FnOnce(&CString) -> i32) -> Value {
    let Ok((p, _)) = path_text(fname, v, PATH_KINDS) else {
        return Value::NULL;
    };
    let Ok(c) = cpath(&p) else {
        return Value::NULL;
    };
    if f(&c) != 0 {
        return raise_last(v);
    }
    none()
}

unsafe fn p_mkdir(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 3];
    if !parse(
        spec("mkdir", &["path", "mode", "dir_fd"], 1, 1),
        args,
        nargs,
        kw,
        &mut out,
    ) {
        return Value::NULL;
    }
    let Ok(mode) = int_arg(out[1], 0o777) else {
        return Value::NULL;
    };
    path_call("mkdir", out[0], |c| {
        libc::mkdir(c.as_ptr(), mode as libc::mode_t)
    })
}

unsafe fn p_rmdir(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 2];
    if !parse(
        spec("rmdir", &["path", "dir_fd"], 1, 1),
        args,
        nargs,
        kw,
        &mut out,
    ) {
        return Value::NULL;
    }
    path_call("rmdir", out[0], |c| libc::rmdir(c.as_ptr()))
}

unsafe fn p_unlink(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 2];
    if !parse(
        spec("unlink", &["path", "dir_fd"], 1, 1),
        args,
        nargs,
        kw,
        &mut out,
    ) {
        return Value::NULL;
    }
    path_call("unlink", out[0], |c| libc::unlink(c.as_ptr()))
}

unsafe fn p_remove(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 2];
    if !parse(
        spec("remove", &["path", "dir_fd"], 1, 1),
        args,
        nargs,
        kw,
        &mut out,
    ) {
        return Value::NULL;
    }
    path_call("remove", out[0], |c| libc::unlink(c.as_ptr()))
}

unsafe fn two_paths(fname: &str, args: &[Value], f: fn(&CString, &CString) -> i32) -> Value {
    if args.len() != 2 {
        return crate::type_error!("{fname}() missing required argument 'dst' (pos 2)");
    }
    let Ok((a, _)) = path_text(fname, args[0], PATH_KINDS) else {
        return Value::NULL;
    };
    let Ok((b, _)) = path_text(fname, args[1], PATH_KINDS) else {
        return Value::NULL;
    };
    let (Ok(ca), Ok(cb)) = (cpath(&a), cpath(&b)) else {
        return Value::NULL;
    };
    if f(&ca, &cb) != 0 {
        return raise_errno(last_errno(), args[0], args[1]);
    }
    none()
}

unsafe fn p_rename(_m: Value, args: &[Value]) -> Value {
    two_paths("rename", args, |a, b| unsafe {
        libc::rename(a.as_ptr(), b.as_ptr())
    })
}

unsafe fn p_replace(_m: Value, args: &[Value]) -> Value {
    two_paths("replace", args, |a, b| unsafe {
        libc::rename(a.as_ptr(), b.as_ptr())
    })
}

unsafe fn p_symlink(_m: Value, args: &[Value]) -> Value {
    two_paths("symlink", args, |a, b| unsafe {
        libc::symlink(a.as_ptr(), b.as_ptr())
    })
}

unsafe fn p_link(_m: Value, args: &[Value]) -> Value {
    two_paths("link", args, |a, b| unsafe {
        libc::link(a.as_ptr(), b.as_ptr())
    })
}

unsafe fn p_readlink(_m: Value, v: Value) -> Value {
    let Ok((p, as_bytes)) = path_text("readlink", v, PATH_KINDS) else {
        return Value::NULL;
    };
    match std::fs::read_link(&p) {
        Ok(t) => {
            if as_bytes {
                use std::os::unix::ffi::OsStrExt;
                bytes::new_bytes(t.as_os_str().as_bytes().to_vec())
            } else {
                pystr::from_string(t.to_string_lossy().into_owned())
            }
        }
        Err(e) => raise_io(&e, v),
    }
}

unsafe fn p_access(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 5];
    if !parse(
        spec(
            "access",
            &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
            2,
            3,
        ),
        args,
        nargs,
        kw,
        &mut out,
    ) {
        return Value::NULL;
    }
    let Ok(mode) = int_arg(out[1], 0) else {
        return Value::NULL;
    };
    let Ok((p, _)) = path_text("access", out[0], PATH_KINDS) else {
        return Value::NULL;
    };
    let Ok(c) = cpath(&p) else {
        return Value::NULL;
    };
    pybool::from_bool(libc::access(c.as_ptr(), mode as i32) == 0)
}

unsafe fn p_chmod(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("chmod() missing required argument 'mode' (pos 2)");
    }
    let Ok(mode) = int_arg(args[1], 0) else {
        return Value::NULL;
    };
    path_call("chmod", args[0], |c| {
        libc::chmod(c.as_ptr(), mode as libc::mode_t)
    })
}

unsafe fn p_umask(_m: Value, v: Value) -> Value {
    let Ok(mask) = int_arg(v, 0) else {
        return Value::NULL;
    };
    int::from_i64(libc::umask(mask as libc::mode_t) as i64)
}

unsafe fn p_getpid(_m: Value) -> Value {
    int::from_i64(libc::getpid() as i64)
}

unsafe fn p_getppid(_m: Value) -> Value {
    int::from_i64(libc::getppid() as i64)
}

unsafe fn p_getuid(_m: Value) -> Value {
    int::from_i64(libc::getuid() as i64)
}

unsafe fn p_getgid(_m: Value) -> Value {
    int::from_i64(libc::getgid() as i64)
}

unsafe fn p_isatty(_m: Value, v: Value) -> Value {
    let Ok(fd) = int_arg(v, 0) else {
        return Value::NULL;
    };
    pybool::from_bool(libc::isatty(fd as i32) == 1)
}

unsafe fn p_urandom(_m: Value, v: Value) -> Value {
    let Ok(n) = int_arg(v, 0) else {
        return Value::NULL;
    };
    if n < 0 {
        return raise_value_error("negative argument not allowed");
    }
    let mut buf = vec![0u8; n as usize];
    let mut filled = 0usize;
    while filled < buf.len() {
        let r = libc::getrandom(
            buf[filled..].as_mut_ptr() as *mut libc::c_void,
            buf.len() - filled,
            0,
        );
        if r < 0 {
            let e = last_errno();
            if e == libc::EINTR {
                continue;
            }
            return raise_errno(e, Value::NULL, Value::NULL);
        }
        filled += r as usize;
    }
    bytes::new_bytes(buf)
}

unsafe fn p_cpu_count(_m: Value) -> Value {
    match std::thread::available_parallelism() {
        Ok(n) => int::from_i64(n.get() as i64),
        Err(_) => none(),
    }
}

unsafe fn p_strerror(_m: Value, v: Value) -> Value {
    let Ok(code) = int_arg(v, 0) else {
        return Value::NULL;
    };
    let code = code.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    let text = std::ffi::CStr::from_ptr(libc::strerror(code))
        .to_string_lossy()
        .into_owned();
    pystr::from_string(text)
}

unsafe fn p_exit(_m: Value, v: Value) -> Value {
    let Ok(code) = int_arg(v, 0) else {
        return Value::NULL;
    };
    crate::builtins::io::flush_stdout();
    libc::_exit(code as i32)
}

fn env_text(v: Value, what: &str) -> Result<String, ()> {
    if !pystr::is_str(v) {
        crate::type_error!("str expected, not {}", type_name(v));
        return Err(());
    }
    let s = pystr::as_str(v);
    if s.contains('\0') {
        raise_value_error("embedded null byte");
        return Err(());
    }
    if what == "name" && (s.is_empty() || s.contains('=')) {
        raise_value_error("illegal environment variable name");
        return Err(());
    }
    Ok(s.to_string())
}

unsafe fn p_putenv(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("putenv expected 2 arguments, got {}", args.len());
    }
    let (Ok(k), Ok(v)) = (env_text(args[0], "name"), env_text(args[1], "value")) else {
        return Value::NULL;
    };
    std::env::set_var(k, v);
    none()
}

unsafe fn p_unsetenv(_m: Value, v: Value) -> Value {
    let Ok(k) = env_text(v, "name") else {
        return Value::NULL;
    };
    std::env::remove_var(k);
    none()
}

/// `environ`: a dict of the process environment at start-up, str to str.
fn environ_dict() -> Value {
    let d = dict::dict_new();
    if d.is_null() {
        return d;
    }
    for (k, v) in std::env::vars_os() {
        let k = pystr::from_string(k.to_string_lossy().into_owned());
        let v = pystr::from_string(v.to_string_lossy().into_owned());
        let ok = !k.is_null() && !v.is_null() && dict::set_item(d, k, v) == 0;
        xdecref(k);
        xdecref(v);
        if !ok {
            decref(d);
            return Value::NULL;
        }
    }
    d
}

unsafe fn p_open(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 4];
    if !parse(
        spec("open", &["path", "flags", "mode", "dir_fd"], 2, 1),
        args,
        nargs,
        kw,
        &mut out,
    ) {
        return Value::NULL;
    }
    let (Ok(flags), Ok(mode)) = (int_arg(out[1], 0), int_arg(out[2], 0o777)) else {
        return Value::NULL;
    };
    let Ok((p, _)) = path_text("open", out[0], PATH_KINDS) else {
        return Value::NULL;
    };
    let Ok(c) = cpath(&p) else {
        return Value::NULL;
    };
    let fd = libc::open(
        c.as_ptr(),
        flags as i32 | libc::O_CLOEXEC,
        mode as libc::c_uint,
    );
    if fd < 0 {
        return raise_last(out[0]);
    }
    int::from_i64(fd as i64)
}

fn fd_arg(v: Value) -> Result<i32, ()> {
    let n = int_arg(v, 0)?;
    i32::try_from(n).map_err(|_| {
        raise_overflow_error("fd is greater than maximum");
    })
}

unsafe fn p_close(_m: Value, v: Value) -> Value {
    let Ok(fd) = fd_arg(v) else {
        return Value::NULL;
    };
    if fd == 1 || fd == 2 {
        crate::builtins::io::flush_stdout();
    }
    if libc::close(fd) != 0 {
        return raise_last(Value::NULL);
    }
    none()
}

unsafe fn p_write(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("write expected 2 arguments, got {}", args.len());
    }
    let Ok(fd) = fd_arg(args[0]) else {
        return Value::NULL;
    };
    if !bytes::is_byteslike(args[1]) {
        return crate::type_error!(
            "a bytes-like object is required, not '{}'",
            type_name(args[1])
        );
    }
    if fd == 1 || fd == 2 {
        crate::builtins::io::flush_stdout();
    }
    let data = bytes::as_bytes(args[1]);
    loop {
        let n = libc::write(fd, data.as_ptr() as *const libc::c_void, data.len());
        if n >= 0 {
            return int::from_i64(n as i64);
        }
        if last_errno() != libc::EINTR {
            return raise_last(Value::NULL);
        }
    }
}

unsafe fn p_read(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("read expected 2 arguments, got {}", args.len());
    }
    let (Ok(fd), Ok(n)) = (fd_arg(args[0]), int_arg(args[1], 0)) else {
        return Value::NULL;
    };
    if n < 0 {
        return raise_errno(libc::EINVAL, Value::NULL, Value::NULL);
    }
    let mut buf = vec![0u8; n as usize];
    loop {
        let got = libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len());
        if got >= 0 {
            buf.truncate(got as usize);
            return bytes::new_bytes(buf);
        }
        if last_errno() != libc::EINTR {
            return raise_last(Value::NULL);
        }
    }
}

unsafe fn p_lseek(_m: Value, args: &[Value]) -> Value {
    if args.len() != 3 {
        return crate::type_error!("lseek expected 3 arguments, got {}", args.len());
    }
    let (Ok(fd), Ok(pos), Ok(how)) = (fd_arg(args[0]), int_arg(args[1], 0), int_arg(args[2], 0))
    else {
        return Value::NULL;
    };
    let r = libc::lseek(fd, pos as libc::off_t, how as i32);
    if r < 0 {
        return raise_last(Value::NULL);
    }
    int::from_i64(r as i64)
}

unsafe fn p_utime(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 5];
    if !parse(
        spec(
            "utime",
            &["path", "times", "ns", "dir_fd", "follow_symlinks"],
            1,
            3,
        ),
        args,
        nargs,
        kw,
        &mut out,
    ) {
        return Value::NULL;
    }
    let mut ts = [libc::timespec {
        tv_sec: 0,
        tv_nsec: libc::UTIME_NOW,
    }; 2];
    let times = out[1];
    if !times.is_null() && !is_none(times) {
        if !tuple::is_tuple(times) || tuple::len(times) != 2 {
            return crate::type_error!("utime: 'times' must be either a tuple of two ints or None");
        }
        for (k, &t) in tuple::as_slice(times).iter().enumerate() {
            let secs = if float::is_float(t) {
                float::float_value(t)
            } else {
                match int_arg(t, 0) {
                    Ok(n) => n as f64,
                    Err(()) => return Value::NULL,
                }
            };
            let whole = secs.floor();
            ts[k] = libc::timespec {
                tv_sec: whole as libc::time_t,
                tv_nsec: ((secs - whole) * 1e9) as libc::c_long,
            };
        }
    } else if !out[2].is_null() {
        let ns = out[2];
        if !tuple::is_tuple(ns) || tuple::len(ns) != 2 {
            return crate::type_error!("utime: 'ns' must be a tuple of two ints");
        }
        for (k, &t) in tuple::as_slice(ns).iter().enumerate() {
            let Ok(n) = int_arg(t, 0) else {
                return Value::NULL;
            };
            ts[k] = libc::timespec {
                tv_sec: n.div_euclid(1_000_000_000) as libc::time_t,
                tv_nsec: n.rem_euclid(1_000_000_000) as libc::c_long,
            };
        }
    }
    let Ok(follow) = truthy(out[4], true) else {
        return Value::NULL;
    };
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    path_call("utime", out[0], |c| {
        libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ts.as_ptr(), flags)
    })
}

unsafe fn p_statvfs(_m: Value, v: Value) -> Value {
    let Ok((p, _)) = path_text("statvfs", v, PATH_KINDS) else {
        return Value::NULL;
    };
    let Ok(c) = cpath(&p) else {
        return Value::NULL;
    };
    let mut st: libc::statvfs = std::mem::zeroed();
    if libc::statvfs(c.as_ptr(), &mut st) != 0 {
        return raise_last(v);
    }
    tuple::tuple_from_vec(vec![
        int::from_u64(st.f_bsize as u64),
        int::from_u64(st.f_frsize as u64),
        int::from_u64(st.f_blocks as u64),
        int::from_u64(st.f_bfree as u64),
        int::from_u64(st.f_bavail as u64),
        int::from_u64(st.f_files as u64),
        int::from_u64(st.f_ffree as u64),
        int::from_u64(st.f_favail as u64),
        int::from_u64(st.f_flag as u64),
        int::from_u64(st.f_namemax as u64),
    ])
}

unsafe fn p_get_terminal_size(_m: Value, args: &[Value]) -> Value {
    if args.len() > 1 {
        return crate::type_error!(
            "get_terminal_size expected at most 1 argument, got {}",
            args.len()
        );
    }
    let fd = match args.first() {
        Some(&v) => match fd_arg(v) {
            Ok(fd) => fd,
            Err(()) => return Value::NULL,
        },
        None => 1,
    };
    let mut ws: libc::winsize = std::mem::zeroed();
    if libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) != 0 {
        return raise_last(Value::NULL);
    }
    tuple::tuple_from_vec(vec![
        int::from_i64(ws.ws_col as i64),
        int::from_i64(ws.ws_row as i64),
    ])
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

static POSIX_FUNCTIONS: &[MethodDef] = &[
    def!("getcwd", NoArgs, p_getcwd),
    def!("getcwdb", NoArgs, p_getcwdb),
    def!("chdir", O, p_chdir),
    def!("listdir", Fast, p_listdir),
    def!("stat", FastKw, p_stat),
    def!("lstat", FastKw, p_lstat),
    def!("mkdir", FastKw, p_mkdir),
    def!("rmdir", FastKw, p_rmdir),
    def!("unlink", FastKw, p_unlink),
    def!("remove", FastKw, p_remove),
    def!("rename", Fast, p_rename),
    def!("replace", Fast, p_replace),
    def!("symlink", Fast, p_symlink),
    def!("link", Fast, p_link),
    def!("readlink", O, p_readlink),
    def!("access", FastKw, p_access),
    def!("chmod", Fast, p_chmod),
    def!("umask", O, p_umask),
    def!("getpid", NoArgs, p_getpid),
    def!("getppid", NoArgs, p_getppid),
    def!("getuid", NoArgs, p_getuid),
    def!("getgid", NoArgs, p_getgid),
    def!("isatty", O, p_isatty),
    def!("urandom", O, p_urandom),
    def!("cpu_count", NoArgs, p_cpu_count),
    def!("strerror", O, p_strerror),
    def!("_exit", O, p_exit),
    def!("putenv", Fast, p_putenv),
    def!("unsetenv", O, p_unsetenv),
    def!("open", FastKw, p_open),
    def!("close", O, p_close),
    def!("write", Fast, p_write),
    def!("read", Fast, p_read),
    def!("lseek", Fast, p_lseek),
    def!("utime", FastKw, p_utime),
    def!("statvfs", O, p_statvfs),
    def!("get_terminal_size", Fast, p_get_terminal_size),
];

/// Integer constants of the module (access modes, open flags).
const POSIX_INTS: &[(&str, i64)] = &[
    ("F_OK", libc::F_OK as i64),
    ("R_OK", libc::R_OK as i64),
    ("W_OK", libc::W_OK as i64),
    ("X_OK", libc::X_OK as i64),
    ("O_RDONLY", libc::O_RDONLY as i64),
    ("O_WRONLY", libc::O_WRONLY as i64),
    ("O_RDWR", libc::O_RDWR as i64),
    ("O_APPEND", libc::O_APPEND as i64),
    ("O_CREAT", libc::O_CREAT as i64),
    ("O_EXCL", libc::O_EXCL as i64),
    ("O_TRUNC", libc::O_TRUNC as i64),
    ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
    ("O_CLOEXEC", libc::O_CLOEXEC as i64),
    ("O_NONBLOCK", libc::O_NONBLOCK as i64),
    ("O_DIRECTORY", libc::O_DIRECTORY as i64),
    ("EX_OK", 0),
];

/// Create the `posix` module (new reference, null on failure).
pub fn create_module() -> Value {
    let m = module::new_module("posix");
    if m.is_null() {
        return m;
    }
    let d = module::module_dict(m);
    let mut ok = true;
    for def in POSIX_FUNCTIONS {
        let f = new_builtin(def, m, std::ptr::null_mut());
        ok &= !f.is_null() && dict::set_str(d, def.name, f) == 0;
        xdecref(f);
    }
    for &(name, n) in POSIX_INTS {
        let v = int::from_i64(n);
        ok &= !v.is_null() && dict::set_str(d, name, v) == 0;
        xdecref(v);
    }
    let env = environ_dict();
    ok &= !env.is_null() && dict::set_str(d, "environ", env) == 0;
    xdecref(env);
    if !ok {
        decref(m);
        return Value::NULL;
    }
    m
}

#[cfg(test)]
mod tests {
    #[test]
    fn function_names_are_unique() {
        let names: Vec<&str> = super::POSIX_FUNCTIONS.iter().map(|d| d.name).collect();
        for (i, n) in names.iter().enumerate() {
            assert!(!names[i + 1..].contains(n), "{n}");
        }
    }
}
