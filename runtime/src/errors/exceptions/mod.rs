//! The built-in exception hierarchy as static type objects, the common
//! instance layout, and creation of exception instances by the runtime.
//!
//! Every built-in exception instance is a `BaseExceptionObject` (plus an
//! instance `__dict__`): `args`, `__traceback__`, `__context__`,
//! `__cause__`, `__suppress_context__`, `__notes__`, and two extra words used
//! by the subclasses that carry more state (`StopIteration.value`,
//! `SystemExit.code`, `BaseExceptionGroup.message/exceptions`). Attributes of
//! richer subclasses (`OSError.errno`, `SyntaxError.lineno`, ...) live in
//! the instance dict, set by their `__init__` (`special.rs`).

pub mod base;
pub mod special;
pub mod unicode;

use crate::object::{Static, Value};
use crate::types::typeobject::*;
use base::*;

/// Layout of every built-in exception instance.
#[repr(C)]
pub struct BaseExceptionObject {
    pub ob: crate::object::Object,
    pub dict: Value,
    pub args: Value,
    pub notes: Value,
    pub traceback: Value,
    pub context: Value,
    pub cause: Value,
    pub suppress_context: u64,
    pub extra: [Value; 2],
}

pub const EXC_SIZE: usize = std::mem::size_of::<BaseExceptionObject>();
pub const EXC_FLAGS: u64 = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_BASE_EXC_SUBCLASS;

macro_rules! exc_types {
    ($($static:ident = $name:literal : $base:ident $({ $($field:ident : $val:expr),* })?;)*) => {
        $(
            pub static $static: Static<TypeObject> = Static::new(TypeObject {
                base: $base.ptr(),
                dictoffset: std::mem::offset_of!(BaseExceptionObject, dict),
                $($($field: $val,)*)?
                ..TypeObject::new_static($name, EXC_SIZE, EXC_FLAGS)
            });
        )*
        /// Every built-in exception type other than BaseException, in
        /// definition order (bases before subclasses).
        pub fn all_exception_types() -> Vec<*mut TypeObject> {
            vec![$($static.ptr()),*]
        }
    };
}

pub static BASE_EXCEPTION: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(exc_repr),
    tp_str: Some(exc_str),
    tp_new: Some(exc_new),
    tp_init: Some(exc_init),
    tp_dealloc: Some(exc_dealloc),
    tp_traverse: Some(exc_traverse),
    tp_clear: Some(exc_clear),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    tp_setattro: Some(crate::ops::attr::generic_setattr),
    dictoffset: std::mem::offset_of!(BaseExceptionObject, dict),
    getsets: BASE_GETSETS,
    methods: BASE_METHODS,
    doc: Some("Common base class for all exceptions"),
    ..TypeObject::new_static("BaseException", EXC_SIZE, EXC_FLAGS)
});

exc_types! {
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup": BASE_EXCEPTION {
        tp_new: Some(special::group_new), tp_init: Some(special::group_init),
        tp_str: Some(special::group_str), getsets: special::GROUP_GETSETS,
        methods: special::GROUP_METHODS
    };
    GENERATOR_EXIT = "GeneratorExit": BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": BASE_EXCEPTION;
    SYSTEM_EXIT = "SystemExit": BASE_EXCEPTION {
        tp_init: Some(special::system_exit_init), getsets: special::SYSTEM_EXIT_GETSETS
    };
    EXCEPTION = "Exception": BASE_EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError": ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": EXCEPTION {
        tp_init: Some(special::name_error_init)
    };
    BUFFER_ERROR = "BufferError": EXCEPTION;
    EOF_ERROR = "EOFError": EXCEPTION;
    EXCEPTION_GROUP = "ExceptionGroup": BASE_EXCEPTION_GROUP;
    IMPORT_ERROR = "ImportError": EXCEPTION {
        tp_init: Some(special::import_error_init), tp_str: Some(special::import_error_str)
    };
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": IMPORT_ERROR;
    LOOKUP_ERROR = "LookupError": EXCEPTION;
    INDEX_ERROR = "IndexError": LOOKUP_ERROR;
    KEY_ERROR = "KeyError": LOOKUP_ERROR { tp_str: Some(special::key_error_str) };
    MEMORY_ERROR = "MemoryError": EXCEPTION;
    NAME_ERROR = "NameError": EXCEPTION { tp_init: Some(special::name_error_init) };
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": NAME_ERROR;
    OS_ERROR = "OSError": EXCEPTION {
        tp_new: Some(special::os_error_new),
        tp_init: Some(special::os_error_init), tp_str: Some(special::os_error_str)
    };
    BLOCKING_IO_ERROR = "BlockingIOError": OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError": OS_ERROR;
    CONNECTION_ERROR = "ConnectionError": OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError": CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError": CONNECTION_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError": OS_ERROR;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": OS_ERROR;
    INTERRUPTED_ERROR = "InterruptedError": OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": OS_ERROR;
    PERMISSION_ERROR = "PermissionError": OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": OS_ERROR;
    TIMEOUT_ERROR = "TimeoutError": OS_ERROR;
    REFERENCE_ERROR = "ReferenceError": EXCEPTION;
    RUNTIME_ERROR = "RuntimeError": EXCEPTION;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": RUNTIME_ERROR;
    RECURSION_ERROR = "RecursionError": RUNTIME_ERROR;
    STOP_ASYNC_ITERATION = "StopAsyncIteration": EXCEPTION;
    STOP_ITERATION = "StopIteration": EXCEPTION {
        tp_init: Some(special::stop_iteration_init), getsets: special::STOP_ITERATION_GETSETS
    };
    SYNTAX_ERROR = "SyntaxError": EXCEPTION {
        tp_init: Some(special::syntax_error_init), tp_str: Some(special::syntax_error_str)
    };
    INDENTATION_ERROR = "IndentationError": SYNTAX_ERROR;
    TAB_ERROR = "TabError": INDENTATION_ERROR;
    SYSTEM_ERROR = "SystemError": EXCEPTION;
    TYPE_ERROR = "TypeError": EXCEPTION;
    VALUE_ERROR = "ValueError": EXCEPTION;
    UNICODE_ERROR = "UnicodeError": VALUE_ERROR;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": UNICODE_ERROR {
        tp_init: Some(unicode::unicode_error_init), tp_str: Some(unicode::unicode_error_str)
    };
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": UNICODE_ERROR {
        tp_init: Some(unicode::unicode_error_init), tp_str: Some(unicode::unicode_error_str)
    };
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": UNICODE_ERROR {
        tp_init: Some(unicode::unicode_error_init), tp_str: Some(unicode::unicode_error_str)
    };
    WARNING = "Warning": EXCEPTION;
    BYTES_WARNING = "BytesWarning": WARNING;
    DEPRECATION_WARNING = "DeprecationWarning": WARNING;
    ENCODING_WARNING = "EncodingWarning": WARNING;
    FUTURE_WARNING = "FutureWarning": WARNING;
    IMPORT_WARNING = "ImportWarning": WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": WARNING;
    RESOURCE_WARNING = "ResourceWarning": WARNING;
    RUNTIME_WARNING = "RuntimeWarning": WARNING;
    SYNTAX_WARNING = "SyntaxWarning": WARNING;
    UNICODE_WARNING = "UnicodeWarning": WARNING;
    USER_WARNING = "UserWarning": WARNING;
}

/// Ready the hierarchy (ExceptionGroup gets its second base, Exception).
///
/// # Safety
/// Called once at start-up, GIL held.
pub unsafe fn init_exceptions() -> i32 {
    let eg = EXCEPTION_GROUP.ptr();
    (*eg).bases = crate::objects::tuple::tuple_pack(&[
        Value::from_obj(BASE_EXCEPTION_GROUP.ptr()),
        Value::from_obj(EXCEPTION.ptr()),
    ]);
    if crate::types::ready::ready_type(BASE_EXCEPTION.ptr()) < 0 {
        return -1;
    }
    for t in all_exception_types() {
        if crate::types::ready::ready_type(t) < 0 {
            return -1;
        }
    }
    0
}

/// Create an instance of the exception type `ty` with the given args tuple
/// (stolen) without running Python code for built-in types; heap subclasses
/// are called normally. Returns a new reference or null.
pub fn new_exception_args(ty: *mut TypeObject, args: Value) -> Value {
    // SAFETY: ty is an exception type.
    unsafe {
        let plain_init = (*ty).tp_init.map(|f| f as usize)
            == Some(exc_init as crate::types::slots::InitFn as usize);
        // Codec failures carry only their message (see `unicode.rs`).
        let codec_message =
            unicode::is_builtin_unicode_error(ty) && crate::objects::tuple::len(args) == 1;
        if !(*ty).is_heap_type() && (plain_init || codec_message) {
            let e = alloc_exception(ty);
            if e.is_null() {
                crate::object::decref(args);
                return e;
            }
            (*e.cast::<BaseExceptionObject>()).args = args;
            return e;
        }
        let items = crate::objects::tuple::as_slice(args).to_vec();
        let r = if (*ty).is_heap_type() {
            crate::call::vectorcall::call(Value::from_obj(ty), &items, Value::NULL)
        } else {
            // Built-in types: run __new__/__init__ directly, outside the
            // recursion guard, so raising at the recursion limit still
            // raises the intended exception.
            construct_builtin(ty, &items)
        };
        crate::object::decref(args);
        r
    }
}

unsafe fn construct_builtin(ty: *mut TypeObject, items: &[Value]) -> Value {
    let Some(new) = (*ty).tp_new else {
        return crate::errors::raise_type_error("cannot create exception instance");
    };
    let e = new(ty, items.as_ptr(), items.len(), Value::NULL);
    if e.is_null() {
        return e;
    }
    if let Some(init) = (*type_of(e)).tp_init {
        if init(e, items.as_ptr(), items.len(), Value::NULL) < 0 {
            crate::object::decref(e);
            return Value::NULL;
        }
    }
    e
}

/// Whether `v` is an exception instance.
#[inline]
pub fn is_exception(v: Value) -> bool {
    // SAFETY: valid value.
    v.is_ptr() && unsafe { (*type_of(v)).has_flag(TPFLAGS_BASE_EXC_SUBCLASS) }
}

/// Borrowed fields of an exception instance.
#[inline]
pub fn exc_obj(v: Value) -> *mut BaseExceptionObject {
    v.cast::<BaseExceptionObject>()
}

/// `BaseException.__str__` (for subclasses that fall back to it).
pub(crate) unsafe fn base_str(e: Value) -> Value {
    base::exc_str_pub(e)
}
