//! Start-up of a natively compiled program: `pyrt_main` reads the program
//! image the executable carries (`pyc_frontend::image`), readies the
//! runtime, attaches each code object's native entry point (entry `k` of
//! the executable's table belongs to code object `k` in image preorder),
//! and runs `__main__`. The other modules of the image are imported by
//! name from here (`find_module`) before the filesystem is searched, and
//! the frozen stdlib modules it carries (`find_frozen`) replace their
//! source, so a program's own modules and the stdlib it uses run as native
//! code too.
//!
//! Invariants: the image and entry table are set once, before any Python
//! code runs, and never change; entry tables list exactly one function per
//! code object of the image (checked at start-up).

use crate::object::Value;
use crate::objects::code::{self, NativeFn};
use pyc_frontend::image::{self, Image};
use std::sync::OnceLock;

struct Loaded {
    image: Image,
    /// Native entry points (as addresses), in image preorder.
    entries: Vec<usize>,
    /// Index of each module's first entry.
    first_entry: Vec<usize>,
}

static PROGRAM: OnceLock<Loaded> = OnceLock::new();

/// Give code object `code` (and the code objects nested in it, in
/// preorder) their native entry points, starting at `entries[*next]`.
fn attach(code: Value, entries: &[usize], next: &mut usize) {
    let c = code::data(code);
    if let Some(&e) = entries.get(*next) {
        // SAFETY: the entry table holds functions of type NativeFn.
        c.native
            .set(Some(unsafe { std::mem::transmute::<usize, NativeFn>(e) }));
    }
    *next += 1;
    for &k in &c.consts {
        if code::is_code(k) {
            attach(k, entries, next);
        }
    }
}

/// A runtime code object, with native entry points attached, for module
/// `index` of the image. New reference or null.
fn module_code(p: &Loaded, index: usize) -> Value {
    let code = code::new_code(p.image.modules[index].code.clone());
    if !code.is_null() {
        let mut next = p.first_entry[index];
        attach(code, &p.entries, &mut next);
    }
    code
}

/// The program's own module `fullname`, if the executable carries it:
/// `(file path, is package, code)` with the code a new reference (null on
/// failure, exception set).
pub fn find_module(fullname: &str) -> Option<(String, bool, Value)> {
    let p = PROGRAM.get()?;
    let i = p
        .image
        .modules
        .iter()
        .position(|m| m.name == fullname && m.name != "__main__")?;
    let m = &p.image.modules[i];
    Some((m.path.clone(), m.is_package, module_code(p, i)))
}

/// Frozen stdlib modules travel in the image under the pseudo path
/// `<frozen NAME>`.
fn is_frozen_path(path: &str) -> bool {
    path.starts_with("<frozen ")
}

/// The compiled code (new reference, null on failure) of frozen stdlib
/// module `name`, if the executable carries it.
pub fn find_frozen(name: &str) -> Option<Value> {
    let p = PROGRAM.get()?;
    let i = p
        .image
        .modules
        .iter()
        .position(|m| m.name == name && is_frozen_path(&m.path))?;
    Some(module_code(p, i))
}

fn load(image_bytes: &[u8], entries: &[usize]) -> Result<Loaded, String> {
    let image = image::read(image_bytes)?;
    let mut first_entry = Vec::with_capacity(image.modules.len());
    let mut n = 0;
    for m in &image.modules {
        first_entry.push(n);
        n += image::preorder(&m.code).len();
    }
    if n != entries.len() || image.modules.is_empty() {
        return Err(format!(
            "the executable's entry table has {} functions for {n} code objects",
            entries.len()
        ));
    }
    Ok(Loaded {
        image,
        entries: entries.to_vec(),
        first_entry,
    })
}

fn run(args: Vec<String>) -> i32 {
    let Some(p) = PROGRAM.get() else {
        return 2;
    };
    let main = &p.image.modules[0];
    let mut argv = vec![p.image.argv0.clone()];
    argv.extend(args);
    crate::gil::with_gil(|| {
        let dir = std::path::Path::new(&main.path)
            .parent()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        let dir = if dir.is_empty() { ".".to_string() } else { dir };
        if let Err(msg) = crate::run::init_interp(&argv, &dir) {
            eprintln!("pyc: runtime initialisation failed: {msg}");
            return 2;
        }
        for m in &p.image.modules {
            crate::traceback::register_source(&m.path, &m.source);
        }
        crate::run::exec_main(&main.path, module_code(p, 0))
    })
}

/// The executable's start: run the program in the image (`image_len`
/// bytes at `image`) whose code objects' native entry points are the
/// `n_entries` function addresses at `entries`, with the process's
/// `argc`/`argv`. Returns the exit status.
///
/// # Safety
/// The pointers come from the executable's own data, as pyc-native emits
/// them; `argv` is the C `main`'s.
#[no_mangle]
pub unsafe extern "C" fn pyrt_main(
    argc: i32,
    argv: *const u8,
    image: *const u8,
    image_len: usize,
    entries: *const u8,
    n_entries: usize,
) -> i32 {
    crate::errors::panic::install_quiet_panic_hook();
    let bytes = std::slice::from_raw_parts(image, image_len);
    let table = std::slice::from_raw_parts(entries as *const usize, n_entries);
    let argv = argv as *const *const std::ffi::c_char;
    let args: Vec<String> = (1..argc.max(0) as usize)
        .map(|i| {
            std::ffi::CStr::from_ptr(*argv.add(i))
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    match load(bytes, table) {
        Ok(l) => {
            let _ = PROGRAM.set(l);
        }
        Err(msg) => {
            eprintln!("pyc: corrupt executable: {msg}");
            return 2;
        }
    }
    crate::run::on_interpreter_thread(move || run(args))
}
