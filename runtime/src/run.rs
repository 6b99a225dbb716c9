//! Entry point of the interpreter tier: run a file's source as
//! `__main__`. Sets up `builtins`, `sys` (argv, path, modules) and the
//! `__main__` module, executes the program on a thread with a large
//! stack, and turns the outcome into an exit status: 0, the code of a
//! `SystemExit`, or 1 after printing an uncaught exception's traceback
//! (or a syntax error in CPython's format) to stderr.

use crate::errors::*;
use crate::interp::state::runtime;
use crate::object::{decref, Value};
use crate::objects::{dict, int, module, singletons, str as pystr};
use crate::types::typeobject::*;

/// Native stack of the interpreter thread, and the margin kept free.
const STACK_SIZE: usize = 1 << 30;
const STACK_MARGIN: usize = 4 << 20;

/// Ready the interpreter's types and create builtins/sys (once).
pub(crate) fn init_interp(argv: &[String], script_dir: &str) -> Result<(), String> {
    // SAFETY: GIL held by the caller.
    unsafe {
        if !(*runtime()).builtins.is_null() {
            return Ok(());
        }
        // `enumerate[str]` is a types.GenericAlias, as for list, dict, ...
        (*crate::builtins::iters::ENUMERATE_TYPE.ptr()).classmethods =
            crate::objects::genericalias::CLASS_GETITEM_METHODS;
        for t in crate::builtins::interp_types() {
            if crate::types::ready::ready_type(t) < 0 {
                return Err(take_message().unwrap_or_default());
            }
        }
        {
            use crate::objects::*;
            // What `match` treats as sequences and mappings (inherited).
            use crate::types::typeobject::{TPFLAGS_MAPPING, TPFLAGS_SEQUENCE};
            for t in [
                list::LIST_TYPE.ptr(),
                tuple::TUPLE_TYPE.ptr(),
                range::RANGE_TYPE.ptr(),
            ] {
                (*t).flags |= TPFLAGS_SEQUENCE;
            }
            (*dict::DICT_TYPE.ptr()).flags |= TPFLAGS_MAPPING;
        }
        let modules = dict::dict_new();
        let b = crate::builtins::create_builtins_module();
        if modules.is_null() || b.is_null() {
            return Err(take_message().unwrap_or_default());
        }
        let sys = crate::modules::sys::create_sys_module(argv, script_dir, modules);
        if sys.is_null() {
            return Err(take_message().unwrap_or_default());
        }
        dict::set_str(modules, "builtins", b);
        dict::set_str(modules, "sys", sys);
        let r = runtime();
        (*r).builtins = crate::object::new_ref(module::module_dict(b));
        (*r).builtins_module = b;
        (*r).modules = modules;
        (*r).sys = sys;
    }
    Ok(())
}

/// Exit status for an uncaught exception `e` (owned, consumed): SystemExit
/// gives its code; anything else prints the traceback and gives 1.
fn report_exception(e: Value) -> i32 {
    crate::builtins::io::flush_stdout();
    let status = if is_instance_of(e, crate::errors::exceptions::SYSTEM_EXIT.ptr()) {
        // SAFETY: SystemExit layout.
        let code = unsafe { (*crate::errors::exceptions::exc_obj(e)).extra[0] };
        if code.is_null() || singletons::is_none(code) {
            0
        } else if let Some(i) = int::as_i64(code).filter(|_| int::is_int(code)) {
            i as i32
        } else {
            let s = crate::ops::protocol::str_of(code);
            if s.is_null() {
                clear();
            } else {
                let text = format!("{}\n", pystr::as_str(s));
                decref(s);
                crate::builtins::io::write_to_stderr(&text);
            }
            1
        }
    } else {
        let text = crate::traceback::format_exception(e);
        crate::builtins::io::write_to_stderr(&text);
        if is_instance_of(e, crate::errors::exceptions::KEYBOARD_INTERRUPT.ptr()) {
            DIE_BY_SIGINT.store(true, std::sync::atomic::Ordering::Relaxed);
            128 + libc::SIGINT
        } else {
            1
        }
    };
    decref(e);
    status
}

/// Set when the program ended with an uncaught KeyboardInterrupt: CPython
/// then ends by the default SIGINT action, so the parent sees the signal.
static DIE_BY_SIGINT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// End the process by SIGINT's default action if `DIE_BY_SIGINT` is set.
fn die_by_sigint_if_needed() {
    if DIE_BY_SIGINT.load(std::sync::atomic::Ordering::Relaxed) {
        crate::builtins::io::flush_stdout();
        // SAFETY: restoring the default handler and signalling ourselves.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::kill(libc::getpid(), libc::SIGINT);
        }
    }
}

fn run_main(given: &str, source_bytes: Vec<u8>, argv: Vec<String>) -> i32 {
    // Code objects and `__file__` name the script by its absolute path, as
    // CPython does; sys.argv[0] keeps the path as given.
    let abs = std::path::absolute(given)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| given.to_string());
    let path = abs.as_str();
    crate::gil::with_gil(|| {
        let dir = std::path::Path::new(path)
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let dir = if dir.is_empty() { ".".to_string() } else { dir };
        if let Err(msg) = init_interp(&argv, &dir) {
            eprintln!("pyc: runtime initialisation failed: {msg}");
            return 2;
        }
        let source = match pyc_frontend::tokenizer::decode_source(&source_bytes) {
            Ok(s) => s,
            Err(e) => {
                eprint!("{}", e.render(path));
                return 1;
            }
        };
        let compiled = pyc_frontend::parser::parse_module(&source)
            .and_then(|m| pyc_frontend::bytecode::compile_module_with_source(&m, path, &source));
        let code_obj = match compiled {
            Ok(c) => c,
            Err(e) => {
                eprint!("{}", e.render(path));
                return 1;
            }
        };
        crate::traceback::register_source(path, &source);
        exec_main(path, crate::objects::code::new_code(code_obj))
    })
}

/// Run `code` (a new reference, consumed; null when creating it failed)
/// as module `__main__` whose `__file__` is `path`; flush stdout and give
/// the exit status. GIL held, runtime initialised.
pub(crate) fn exec_main(path: &str, code: Value) -> i32 {
    if code.is_null() {
        let e = fetch();
        return report_exception(e);
    }
    let main = module::new_module("__main__");
    if main.is_null() {
        decref(code);
        return report_exception(fetch());
    }
    let d = module::module_dict(main);
    // SAFETY: runtime initialised by the caller.
    unsafe {
        let file = pystr::new_str(path);
        dict::set_str(d, "__file__", file);
        decref(file);
        dict::set_str(d, "__builtins__", (*runtime()).builtins_module);
        dict::set_str((*runtime()).modules, "__main__", main);
    }
    let r = crate::interp::imports::exec_code(code, d, d);
    decref(code);
    let status = if r.is_null() {
        let e = fetch();
        if e.is_null() {
            0
        } else {
            report_exception(e)
        }
    } else {
        decref(r);
        0
    };
    // SAFETY: runtime initialised by the caller.
    crate::objects::finalize::clear_modules_at_exit(unsafe { (*runtime()).modules });
    crate::builtins::io::flush_stdout();
    decref(main);
    status
}

/// glibc malloc settings for a program that allocates and frees many
/// objects from one thread at a time (the GIL): one arena, so the
/// interpreter thread uses the main heap instead of a secondary arena
/// grown a page range at a time; heap growth in larger steps, freed
/// memory kept for reuse instead of trimmed and faulted in again, and
/// medium-sized blocks (joined strings, list arrays) served from the
/// heap rather than fresh mappings.
fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator parameters; called before
    // the interpreter thread starts.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
        libc::mallopt(libc::M_TOP_PAD, 4 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 32 << 20);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 4 << 20);
    }
}

/// Run `body` on a thread with the interpreter's large stack (recording
/// the stack's extent for the recursion checks) and give its status.
pub(crate) fn on_interpreter_thread(body: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    tune_allocator();
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || {
            crate::interp::state::set_stack_extent(STACK_SIZE, STACK_MARGIN);
            body()
        });
    match worker {
        Ok(h) => {
            let status = h.join().unwrap_or_else(|_| {
                crate::builtins::io::flush_stdout();
                eprintln!("pyc: internal error: the interpreter panicked");
                2
            });
            die_by_sigint_if_needed();
            status
        }
        Err(e) => {
            eprintln!("pyc: cannot start the interpreter thread: {e}");
            2
        }
    }
}

/// Run the Python program in `path` with `sys.argv == [path, *args]`.
/// Returns the process exit status.
pub fn run_file(path: &str, args: &[String]) -> i32 {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let text = e.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text);
            let shown = std::path::absolute(path)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| path.to_string());
            eprintln!(
                "pyc: can't open file '{shown}': [Errno {}] {text}",
                e.raw_os_error().unwrap_or(0)
            );
            return 2;
        }
    };
    let mut argv = vec![path.to_string()];
    argv.extend(args.iter().cloned());
    let p = path.to_string();
    on_interpreter_thread(move || run_main(&p, bytes, argv))
}
