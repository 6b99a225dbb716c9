//! Rust functions as Python callables: `MethodDef` tables, the
//! `builtin_function_or_method` type (module functions and methods bound to
//! an instance) and `method_descriptor` (methods in a built-in type's dict,
//! bound on attribute access; `TPFLAGS_METHOD_DESCRIPTOR` lets method calls
//! skip the binding).
//!
//! Argument-count checks follow CPython's METH_* conventions and messages:
//! `len() takes exactly one argument (2 given)`,
//! `list.clear() takes no arguments (1 given)`,
//! `list.append() takes no keyword arguments`.

use crate::call::vectorcall::kw_count;
use crate::errors::panic::boundary;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::{new_ref, Object, Static, Value};
use crate::objects::str as pystr;
use crate::types::typeobject::*;

/// How a Rust function receives its arguments. `self` is the bound
/// instance, the module (module functions) or null.
#[derive(Copy, Clone)]
pub enum MethodImpl {
    /// `f(self)`: no arguments accepted.
    NoArgs(unsafe fn(Value) -> Value),
    /// `f(self, arg)`: exactly one positional argument.
    O(unsafe fn(Value, Value) -> Value),
    /// `f(self, args)`: positional arguments only.
    Fast(unsafe fn(Value, &[Value]) -> Value),
    /// `f(self, args, nargs, kwnames)`: the full vectorcall convention.
    FastKw(unsafe fn(Value, *const Value, usize, Value) -> Value),
}

/// One Rust function exposed to Python.
pub struct MethodDef {
    pub name: &'static str,
    pub imp: MethodImpl,
    pub doc: &'static str,
}

/// The name used in messages about `def` (`len`, `list.append`): its
/// name, qualified by `owner` unless that is null.
unsafe fn message_name(def: &MethodDef, owner: *mut TypeObject) -> String {
    if owner.is_null() {
        def.name.to_string()
    } else {
        format!("{}.{}", (*owner).name(), def.name)
    }
}

/// Run `def` with `self_` and the vectorcall arguments, checking counts.
/// `owner` (may be null) qualifies the name used in messages; the name is
/// only built when a message needs it.
pub unsafe fn invoke(
    def: &MethodDef,
    owner: *mut TypeObject,
    self_: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    let nkw = kw_count(kwnames);
    if nkw > 0 && !matches!(def.imp, MethodImpl::FastKw(_)) {
        let qualname = message_name(def, owner);
        return crate::type_error!("{qualname}() takes no keyword arguments");
    }
    match def.imp {
        MethodImpl::NoArgs(f) => {
            if nargs != 0 {
                let qualname = message_name(def, owner);
                return crate::type_error!("{qualname}() takes no arguments ({nargs} given)");
            }
            f(self_)
        }
        MethodImpl::O(f) => {
            if nargs != 1 {
                let qualname = message_name(def, owner);
                return crate::type_error!(
                    "{qualname}() takes exactly one argument ({nargs} given)"
                );
            }
            f(self_, *args)
        }
        MethodImpl::Fast(f) => {
            let s = if nargs == 0 {
                &[][..]
            } else {
                std::slice::from_raw_parts(args, nargs)
            };
            f(self_, s)
        }
        MethodImpl::FastKw(f) => f(self_, args, nargs, kwnames),
    }
}

#[repr(C)]
pub struct BuiltinFunctionObject {
    pub ob: Object,
    pub def: *const MethodDef,
    /// Bound instance or module (owned), or null.
    pub self_: Value,
    /// Type that defined the method (borrowed; static or kept alive through
    /// `self_`), null for module functions.
    pub owner: *mut TypeObject,
}

pub static BUILTIN_FUNCTION_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_call: Some(builtin_vectorcall),
    tp_repr: Some(builtin_repr),
    tp_dealloc: Some(builtin_dealloc),
    tp_traverse: Some(builtin_traverse),
    tp_hash: Some(builtin_hash),
    tp_richcompare: Some(builtin_richcompare),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    getsets: BUILTIN_GETSETS,
    ..TypeObject::new_static(
        "builtin_function_or_method",
        std::mem::size_of::<BuiltinFunctionObject>(),
        TPFLAGS_HAVE_GC,
    )
});

/// New builtin function/method object (new reference). `self_` borrowed.
pub fn new_builtin(def: &'static MethodDef, self_: Value, owner: *mut TypeObject) -> Value {
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(
            BUILTIN_FUNCTION_TYPE.ptr(),
            std::mem::size_of::<BuiltinFunctionObject>(),
        );
        if o.is_null() {
            return Value::NULL;
        }
        let b = o as *mut BuiltinFunctionObject;
        (*b).def = def;
        (*b).self_ = if self_.is_null() {
            self_
        } else {
            new_ref(self_)
        };
        (*b).owner = owner;
        gc::track(o);
        Value::from_obj(o)
    }
}

unsafe extern "C" fn builtin_vectorcall(
    callable: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    boundary(|| {
        let b = callable.cast::<BuiltinFunctionObject>();
        let def = &*(*b).def;
        invoke(def, (*b).owner, (*b).self_, args, nargs, kwnames)
    })
}

static BUILTIN_GETSETS: &[crate::call::descr::GetSetDef] = &[
    crate::call::descr::GetSetDef {
        name: "__name__",
        get: builtin_get_name,
        set: None,
        doc: "The function's name.",
    },
    crate::call::descr::GetSetDef {
        name: "__qualname__",
        get: builtin_get_qualname,
        set: None,
        doc: "The owning type's name and the function's name.",
    },
    crate::call::descr::GetSetDef {
        name: "__doc__",
        get: builtin_get_doc,
        set: None,
        doc: "The function's documentation, or None.",
    },
    crate::call::descr::GetSetDef {
        name: "__module__",
        get: builtin_get_module,
        set: None,
        doc: "The name of the module defining the function, or None.",
    },
    crate::call::descr::GetSetDef {
        name: "__self__",
        get: builtin_get_self,
        set: None,
        doc: "The bound instance or module, or None.",
    },
];

unsafe fn builtin_get_doc(v: Value) -> Value {
    let doc = (*(*v.cast::<BuiltinFunctionObject>()).def).doc;
    if doc.is_empty() {
        crate::objects::singletons::none()
    } else {
        pystr::new_str(doc)
    }
}

/// The defining module's `__name__` for module functions (functions
/// without a bound object are those of `builtins`), None for methods.
unsafe fn builtin_get_module(v: Value) -> Value {
    let s = (*v.cast::<BuiltinFunctionObject>()).self_;
    if s.is_null() {
        return pystr::new_str("builtins");
    }
    if crate::objects::module::is_module(s) {
        let d = crate::objects::module::module_dict(s);
        if let Some(n) = crate::objects::dict::get_str(d, "__name__") {
            return new_ref(n);
        }
    }
    crate::objects::singletons::none()
}

unsafe fn builtin_get_name(v: Value) -> Value {
    pystr::new_str((*(*v.cast::<BuiltinFunctionObject>()).def).name)
}

unsafe fn builtin_get_qualname(v: Value) -> Value {
    let b = v.cast::<BuiltinFunctionObject>();
    let name = (*(*b).def).name;
    if (*b).owner.is_null() {
        pystr::new_str(name)
    } else {
        pystr::from_string(format!("{}.{name}", (*(*b).owner).name()))
    }
}

unsafe fn builtin_get_self(v: Value) -> Value {
    let s = (*v.cast::<BuiltinFunctionObject>()).self_;
    if s.is_null() {
        crate::objects::singletons::none()
    } else {
        new_ref(s)
    }
}

unsafe fn builtin_repr(v: Value) -> Value {
    let b = v.cast::<BuiltinFunctionObject>();
    let name = (*(*b).def).name;
    let s = (*b).self_;
    if s.is_null() || crate::objects::module::is_module(s) {
        pystr::from_string(format!("<built-in function {name}>"))
    } else {
        pystr::from_string(format!(
            "<built-in method {name} of {} object at {:#x}>",
            type_name(s),
            s.0
        ))
    }
}

unsafe fn builtin_dealloc(o: *mut Object) {
    gc::untrack(o);
    crate::object::xdecref((*(o as *mut BuiltinFunctionObject)).self_);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn builtin_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    visit_value((*(o as *mut BuiltinFunctionObject)).self_, visit, arg)
}

unsafe fn builtin_hash(v: Value) -> isize {
    let b = v.cast::<BuiltinFunctionObject>();
    let hs = if (*b).self_.is_null() {
        0
    } else {
        crate::objects::hash::hash_pointer((*b).self_.0 as usize)
    };
    let hd = crate::objects::hash::hash_pointer((*b).def as usize);
    let h = hs ^ hd;
    if h == -1 {
        -2
    } else {
        h
    }
}

unsafe fn builtin_richcompare(a: Value, b: Value, op: crate::types::slots::CompareOp) -> Value {
    use crate::types::slots::CompareOp;
    if type_of(a) != BUILTIN_FUNCTION_TYPE.ptr()
        || type_of(b) != BUILTIN_FUNCTION_TYPE.ptr()
        || !matches!(op, CompareOp::Eq | CompareOp::Ne)
    {
        return crate::objects::singletons::not_implemented();
    }
    let (x, y) = (
        a.cast::<BuiltinFunctionObject>(),
        b.cast::<BuiltinFunctionObject>(),
    );
    let eq = (*x).def == (*y).def && (*x).self_ == (*y).self_;
    crate::objects::bool::from_bool(eq == (op == CompareOp::Eq))
}

/// A method of a built-in type, stored in the type's dict.
#[repr(C)]
pub struct MethodDescrObject {
    pub ob: Object,
    pub def: *const MethodDef,
    pub owner: *mut TypeObject,
}

pub static METHOD_DESCR_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    getsets: DESCR_GETSETS,
    tp_call: Some(method_descr_vectorcall),
    tp_repr: Some(method_descr_repr),
    tp_descr_get: Some(method_descr_get),
    tp_dealloc: Some(crate::object::alloc::free_and_release_type),
    ..TypeObject::new_static(
        "method_descriptor",
        std::mem::size_of::<MethodDescrObject>(),
        TPFLAGS_METHOD_DESCRIPTOR,
    )
});

unsafe fn descr_get_name(v: Value) -> Value {
    crate::objects::str::new_str((*(*v.cast::<MethodDescrObject>()).def).name)
}

unsafe fn descr_get_qualname(v: Value) -> Value {
    let d = v.cast::<MethodDescrObject>();
    crate::objects::str::from_string(format!(
        "{}.{}",
        crate::objects::object::type_qualname((*d).owner),
        (*(*d).def).name
    ))
}

unsafe fn descr_get_objclass(v: Value) -> Value {
    crate::object::new_ref(Value::from_obj(
        (*v.cast::<MethodDescrObject>()).owner as *mut Object,
    ))
}

unsafe fn descr_get_doc(v: Value) -> Value {
    let doc = (*(*v.cast::<MethodDescrObject>()).def).doc;
    if doc.is_empty() {
        crate::objects::singletons::none()
    } else {
        crate::objects::str::new_str(doc)
    }
}

/// `__name__`, `__qualname__`, `__objclass__` and `__doc__` of method and
/// class-method descriptors.
static DESCR_GETSETS: &[crate::call::descr::GetSetDef] = &[
    crate::call::descr::GetSetDef {
        name: "__name__",
        get: descr_get_name,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "__qualname__",
        get: descr_get_qualname,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "__objclass__",
        get: descr_get_objclass,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "__doc__",
        get: descr_get_doc,
        set: None,
        doc: "",
    },
];

/// New method descriptor for `def` on type `owner` (new reference).
pub fn new_method_descr(def: &'static MethodDef, owner: *mut TypeObject) -> Value {
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(
            METHOD_DESCR_TYPE.ptr(),
            std::mem::size_of::<MethodDescrObject>(),
        );
        if o.is_null() {
            return Value::NULL;
        }
        let d = o as *mut MethodDescrObject;
        (*d).def = def;
        (*d).owner = owner;
        Value::from_obj(o)
    }
}

unsafe fn check_self(d: *mut MethodDescrObject, obj: Value) -> bool {
    if is_instance_of(obj, (*d).owner) {
        return true;
    }
    crate::type_error!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        (*(*d).def).name,
        (*(*d).owner).name(),
        type_name(obj)
    );
    false
}

unsafe fn method_descr_get(descr: Value, obj: Value, _ty: Value) -> Value {
    if obj.is_null() {
        return new_ref(descr);
    }
    let d = descr.cast::<MethodDescrObject>();
    if !check_self(d, obj) {
        return Value::NULL;
    }
    new_builtin(&*(*d).def, obj, (*d).owner)
}

unsafe extern "C" fn method_descr_vectorcall(
    callable: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    boundary(|| {
        let d = callable.cast::<MethodDescrObject>();
        let def = &*(*d).def;
        if nargs < 1 {
            let q = message_name(def, (*d).owner);
            return crate::type_error!("unbound method {q}() needs an argument");
        }
        let self_ = *args;
        if !check_self(d, self_) {
            return Value::NULL;
        }
        invoke(def, (*d).owner, self_, args.add(1), nargs - 1, kwnames)
    })
}

unsafe fn method_descr_repr(v: Value) -> Value {
    let d = v.cast::<MethodDescrObject>();
    pystr::from_string(format!(
        "<method '{}' of '{}' objects>",
        (*(*d).def).name,
        (*(*d).owner).name()
    ))
}

/// A class method of a built-in type (`classmethod_descriptor`): looked up
/// on a class or instance it becomes a builtin method bound to the class.
pub static CLASSMETHOD_DESCR_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    getsets: DESCR_GETSETS,
    tp_call: Some(classmethod_descr_vectorcall),
    tp_repr: Some(classmethod_descr_repr),
    tp_descr_get: Some(classmethod_descr_get),
    tp_dealloc: Some(crate::object::alloc::free_and_release_type),
    ..TypeObject::new_static(
        "classmethod_descriptor",
        std::mem::size_of::<MethodDescrObject>(),
        0,
    )
});

/// New class-method descriptor for `def` on `owner` (new reference).
pub fn new_classmethod_descr(def: &'static MethodDef, owner: *mut TypeObject) -> Value {
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(
            CLASSMETHOD_DESCR_TYPE.ptr(),
            std::mem::size_of::<MethodDescrObject>(),
        );
        if o.is_null() {
            return Value::NULL;
        }
        let d = o as *mut MethodDescrObject;
        (*d).def = def;
        (*d).owner = owner;
        Value::from_obj(o)
    }
}

unsafe fn classmethod_descr_get(descr: Value, obj: Value, ty: Value) -> Value {
    let d = descr.cast::<MethodDescrObject>();
    let cls = if !ty.is_null() {
        ty
    } else {
        Value::from_obj(type_of(obj))
    };
    if !crate::types::typetype::is_type(cls)
        || !is_subtype(cls.as_obj() as *mut TypeObject, (*d).owner)
    {
        return crate::type_error!(
            "descriptor '{}' for type '{}' needs a subtype of '{}'",
            (*(*d).def).name,
            (*(*d).owner).name(),
            (*(*d).owner).name()
        );
    }
    new_builtin(&*(*d).def, cls, (*d).owner)
}

unsafe extern "C" fn classmethod_descr_vectorcall(
    callable: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    boundary(|| {
        let d = callable.cast::<MethodDescrObject>();
        if nargs < 1 {
            return crate::type_error!(
                "descriptor '{}' of '{}' object needs an argument",
                (*(*d).def).name,
                (*(*d).owner).name()
            );
        }
        let bound = classmethod_descr_get(callable, Value::NULL, *args);
        if bound.is_null() {
            return bound;
        }
        let r = crate::call::vectorcall::vectorcall(bound, args.add(1), nargs - 1, kwnames);
        crate::object::decref(bound);
        r
    })
}

unsafe fn classmethod_descr_repr(v: Value) -> Value {
    let d = v.cast::<MethodDescrObject>();
    pystr::from_string(format!(
        "<method '{}' of '{}' objects>",
        (*(*d).def).name,
        (*(*d).owner).name()
    ))
}
