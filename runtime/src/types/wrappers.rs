//! Slot wrappers: the dunder methods of built-in types (`int.__add__`,
//! `object.__init__`, `list.__len__`, ...). `ready_type` puts one
//! `wrapper_descriptor` in a static type's dict for every slot the type
//! defines itself; accessing it through an instance gives a bound
//! `method-wrapper`. Calling either runs the wrapped native slot directly,
//! so `super().__init__()` or `object.__setattr__(self, ...)` from Python
//! code reach the built-in behaviour, and heap types see which dunders come
//! from built-in bases (see `slotdefs`).

use crate::call::vectorcall::kw_count;
use crate::errors::panic::boundary;
use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::singletons::{is_none, none, not_implemented};
use crate::objects::{bool as pybool, dict, int, str as pystr};
use crate::types::slots::*;
use crate::types::typeobject::*;

/// A native slot together with the calling convention of its dunder.
#[derive(Copy, Clone)]
pub enum Wrapped {
    /// `__repr__`, `__neg__`, `__iter__`, `__int__`...: `f(self)`.
    Unary(UnaryFn),
    /// `__next__`: `f(self)`, exhaustion raises StopIteration.
    Next(UnaryFn),
    /// `__add__`, `__getitem__`...: `f(self, other)`.
    Binary(BinaryFn),
    /// `__radd__`...: `f(other, self)`.
    BinaryR(BinaryFn),
    /// `__pow__(other, mod=None)`.
    Ternary(TernaryFn),
    /// `__rpow__(other, mod=None)`.
    TernaryR(TernaryFn),
    /// `__lt__`...
    RichCmp(RichCmpFn, CompareOp),
    Hash(HashFn),
    Len(LenFn),
    /// `__bool__`.
    Inquiry(InquiryFn),
    /// `__contains__`.
    Contains(ObjObjFn),
    /// `__getitem__` of sequences without a mapping slot.
    SqItem(SsizeArgFn),
    /// `__mul__`/`__rmul__` of sequences (`sq_repeat`).
    SqRepeat(SsizeArgFn),
    SetItem(ObjObjArgFn),
    DelItem(ObjObjArgFn),
    GetAttr(GetattroFn),
    SetAttr(SetattroFn),
    DelAttr(SetattroFn),
    DescrGet(DescrGetFn),
    DescrSet(DescrSetFn),
    DescrDelete(DescrSetFn),
    Init(InitFn),
    Call(VectorcallFn),
}

#[repr(C)]
pub struct WrapperDescrObject {
    pub ob: Object,
    pub name: &'static str,
    pub wrapped: Wrapped,
    pub owner: *mut TypeObject,
}

#[repr(C)]
pub struct MethodWrapperObject {
    pub ob: Object,
    pub descr: Value,
    pub self_: Value,
}

pub static WRAPPER_DESCR_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    getsets: WRAPPER_DESCR_GETSETS,
    tp_call: Some(wrapper_descr_call),
    tp_repr: Some(wrapper_descr_repr),
    tp_descr_get: Some(wrapper_descr_get),
    tp_dealloc: Some(crate::object::alloc::free_and_release_type),
    ..TypeObject::new_static(
        "wrapper_descriptor",
        std::mem::size_of::<WrapperDescrObject>(),
        TPFLAGS_METHOD_DESCRIPTOR,
    )
});

pub static METHOD_WRAPPER_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    getsets: METHOD_WRAPPER_GETSETS,
    tp_call: Some(method_wrapper_call),
    tp_repr: Some(method_wrapper_repr),
    tp_dealloc: Some(method_wrapper_dealloc),
    tp_traverse: Some(method_wrapper_traverse),
    ..TypeObject::new_static(
        "method-wrapper",
        std::mem::size_of::<MethodWrapperObject>(),
        TPFLAGS_HAVE_GC,
    )
});

unsafe fn wd_name(d: Value) -> Value {
    crate::objects::str::new_str((*d.cast::<WrapperDescrObject>()).name)
}

unsafe fn wd_qualname(d: Value) -> Value {
    let w = d.cast::<WrapperDescrObject>();
    crate::objects::str::from_string(format!(
        "{}.{}",
        crate::objects::object::type_qualname((*w).owner),
        (*w).name
    ))
}

unsafe fn wd_objclass(d: Value) -> Value {
    crate::object::new_ref(Value::from_obj(
        (*d.cast::<WrapperDescrObject>()).owner as *mut Object,
    ))
}

unsafe fn mw_name(v: Value) -> Value {
    wd_name((*v.cast::<MethodWrapperObject>()).descr)
}

unsafe fn mw_qualname(v: Value) -> Value {
    wd_qualname((*v.cast::<MethodWrapperObject>()).descr)
}

unsafe fn mw_self(v: Value) -> Value {
    crate::object::new_ref((*v.cast::<MethodWrapperObject>()).self_)
}

macro_rules! getset {
    ($name:literal, $f:ident) => {
        crate::call::descr::GetSetDef {
            name: $name,
            get: $f,
            set: None,
            doc: "",
        }
    };
}

/// `__name__`, `__qualname__` and `__objclass__` of slot wrappers.
static WRAPPER_DESCR_GETSETS: &[crate::call::descr::GetSetDef] = &[
    getset!("__name__", wd_name),
    getset!("__qualname__", wd_qualname),
    getset!("__objclass__", wd_objclass),
];

/// `__name__`, `__qualname__` and `__self__` of bound slot wrappers.
static METHOD_WRAPPER_GETSETS: &[crate::call::descr::GetSetDef] = &[
    getset!("__name__", mw_name),
    getset!("__qualname__", mw_qualname),
    getset!("__self__", mw_self),
];

fn new_wrapper(name: &'static str, wrapped: Wrapped, owner: *mut TypeObject) -> Value {
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(
            WRAPPER_DESCR_TYPE.ptr(),
            std::mem::size_of::<WrapperDescrObject>(),
        );
        if o.is_null() {
            return Value::NULL;
        }
        let w = o as *mut WrapperDescrObject;
        std::ptr::write(
            w,
            WrapperDescrObject {
                ob: std::ptr::read(o),
                name,
                wrapped,
                owner,
            },
        );
        Value::from_obj(o)
    }
}

fn arg_count(name: &str, expected: usize, nargs: usize, kwnames: Value) -> bool {
    if kw_count(kwnames) > 0 {
        crate::type_error!("wrapper {name}() takes no keyword arguments");
        return false;
    }
    if nargs != expected {
        crate::type_error!(
            "expected {expected} argument{}, got {nargs}",
            if expected == 1 { "" } else { "s" }
        );
        return false;
    }
    true
}

fn from_status(r: i32) -> Value {
    if r < 0 {
        Value::NULL
    } else {
        none()
    }
}

/// Run the wrapped slot with `self_` and the call's other arguments.
unsafe fn invoke(
    name: &'static str,
    w: Wrapped,
    self_: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    let a = crate::object::value::slice_from(args, nargs);
    let fixed = |n: usize| arg_count(name, n, nargs, kwnames);
    match w {
        Wrapped::Unary(f) => {
            if !fixed(0) {
                return Value::NULL;
            }
            f(self_)
        }
        Wrapped::Next(f) => {
            if !fixed(0) {
                return Value::NULL;
            }
            let r = f(self_);
            if r.is_null() && !occurred() {
                return raise_empty(crate::errors::exceptions::STOP_ITERATION.ptr());
            }
            r
        }
        Wrapped::Binary(f) => {
            if !fixed(1) {
                return Value::NULL;
            }
            f(self_, a[0])
        }
        Wrapped::BinaryR(f) => {
            if !fixed(1) {
                return Value::NULL;
            }
            f(a[0], self_)
        }
        Wrapped::Ternary(f) | Wrapped::TernaryR(f) => {
            if kw_count(kwnames) > 0 || nargs == 0 || nargs > 2 {
                return crate::type_error!("expected 1 or 2 arguments, got {nargs}");
            }
            let m = if nargs == 2 { a[1] } else { none() };
            if matches!(w, Wrapped::Ternary(_)) {
                f(self_, a[0], m)
            } else {
                f(a[0], self_, m)
            }
        }
        Wrapped::RichCmp(f, op) => {
            if !fixed(1) {
                return Value::NULL;
            }
            f(self_, a[0], op)
        }
        Wrapped::Hash(f) => {
            if !fixed(0) {
                return Value::NULL;
            }
            match f(self_) {
                -1 if occurred() => Value::NULL,
                h => int::from_i64(h as i64),
            }
        }
        Wrapped::Len(f) => {
            if !fixed(0) {
                return Value::NULL;
            }
            match f(self_) {
                n if n < 0 => Value::NULL,
                n => int::from_i64(n as i64),
            }
        }
        Wrapped::Inquiry(f) => {
            if !fixed(0) {
                return Value::NULL;
            }
            match f(self_) {
                r if r < 0 => Value::NULL,
                r => pybool::from_bool(r != 0),
            }
        }
        Wrapped::Contains(f) => {
            if !fixed(1) {
                return Value::NULL;
            }
            match f(self_, a[0]) {
                r if r < 0 => Value::NULL,
                r => pybool::from_bool(r != 0),
            }
        }
        Wrapped::SqItem(f) | Wrapped::SqRepeat(f) => {
            if !fixed(1) {
                return Value::NULL;
            }
            match int::index_value(a[0]) {
                Some(Ok(i)) => f(self_, i),
                Some(Err(())) => Value::NULL,
                None if matches!(w, Wrapped::SqRepeat(_)) => not_implemented(),
                None => crate::type_error!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(a[0])
                ),
            }
        }
        Wrapped::SetItem(f) => {
            if !fixed(2) {
                return Value::NULL;
            }
            from_status(f(self_, a[0], a[1]))
        }
        Wrapped::DelItem(f) => {
            if !fixed(1) {
                return Value::NULL;
            }
            from_status(f(self_, a[0], Value::NULL))
        }
        Wrapped::GetAttr(f) => {
            if !fixed(1) {
                return Value::NULL;
            }
            f(self_, a[0])
        }
        Wrapped::SetAttr(f) => {
            if !fixed(2) {
                return Value::NULL;
            }
            from_status(f(self_, a[0], a[1]))
        }
        Wrapped::DelAttr(f) => {
            if !fixed(1) {
                return Value::NULL;
            }
            from_status(f(self_, a[0], Value::NULL))
        }
        Wrapped::DescrGet(f) => {
            if kw_count(kwnames) > 0 || nargs == 0 || nargs > 2 {
                return crate::type_error!("expected 1 or 2 arguments, got {nargs}");
            }
            let obj = if is_none(a[0]) { Value::NULL } else { a[0] };
            let ty = if nargs == 2 && !is_none(a[1]) {
                a[1]
            } else {
                Value::NULL
            };
            if obj.is_null() && ty.is_null() {
                return raise_type_error("__get__(None, None) is invalid");
            }
            f(self_, obj, ty)
        }
        Wrapped::DescrSet(f) => {
            if !fixed(2) {
                return Value::NULL;
            }
            from_status(f(self_, a[0], a[1]))
        }
        Wrapped::DescrDelete(f) => {
            if !fixed(1) {
                return Value::NULL;
            }
            from_status(f(self_, a[0], Value::NULL))
        }
        Wrapped::Init(f) => from_status(f(self_, args, nargs, kwnames)),
        Wrapped::Call(f) => f(self_, args, nargs, kwnames),
    }
}

unsafe extern "C" fn wrapper_descr_call(
    callable: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    boundary(|| {
        let w = callable.cast::<WrapperDescrObject>();
        if nargs < 1 {
            return crate::type_error!(
                "descriptor '{}' of '{}' object needs an argument",
                (*w).name,
                (*(*w).owner).name()
            );
        }
        let self_ = *args;
        if !is_instance_of(self_, (*w).owner) {
            return crate::type_error!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                (*w).name,
                (*(*w).owner).name(),
                type_name(self_)
            );
        }
        invoke(
            (*w).name,
            (*w).wrapped,
            self_,
            args.add(1),
            nargs - 1,
            kwnames,
        )
    })
}

unsafe fn wrapper_descr_get(descr: Value, obj: Value, _ty: Value) -> Value {
    if obj.is_null() {
        return new_ref(descr);
    }
    let w = descr.cast::<WrapperDescrObject>();
    if !is_instance_of(obj, (*w).owner) {
        return crate::type_error!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            (*w).name,
            (*(*w).owner).name(),
            type_name(obj)
        );
    }
    let o = alloc_object(
        METHOD_WRAPPER_TYPE.ptr(),
        std::mem::size_of::<MethodWrapperObject>(),
    );
    if o.is_null() {
        return Value::NULL;
    }
    let m = o as *mut MethodWrapperObject;
    (*m).descr = new_ref(descr);
    (*m).self_ = new_ref(obj);
    gc::track(o);
    Value::from_obj(o)
}

unsafe fn wrapper_descr_repr(v: Value) -> Value {
    let w = v.cast::<WrapperDescrObject>();
    pystr::from_string(format!(
        "<slot wrapper '{}' of '{}' objects>",
        (*w).name,
        (*(*w).owner).name()
    ))
}

unsafe extern "C" fn method_wrapper_call(
    callable: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    boundary(|| {
        let m = callable.cast::<MethodWrapperObject>();
        let w = (*m).descr.cast::<WrapperDescrObject>();
        invoke((*w).name, (*w).wrapped, (*m).self_, args, nargs, kwnames)
    })
}

unsafe fn method_wrapper_repr(v: Value) -> Value {
    let m = v.cast::<MethodWrapperObject>();
    let w = (*m).descr.cast::<WrapperDescrObject>();
    pystr::from_string(format!(
        "<method-wrapper '{}' of {} object at {:#x}>",
        (*w).name,
        type_name((*m).self_),
        (*m).self_.0
    ))
}

unsafe fn method_wrapper_dealloc(o: *mut Object) {
    gc::untrack(o);
    let m = o as *mut MethodWrapperObject;
    decref((*m).descr);
    decref((*m).self_);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn method_wrapper_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let m = o as *mut MethodWrapperObject;
    let r = visit_value((*m).descr, visit, arg);
    if r != 0 {
        return r;
    }
    visit_value((*m).self_, visit, arg)
}

/// The dunders a static type's own slots provide.
unsafe fn own_wrappers(ty: *mut TypeObject) -> Vec<(&'static str, Wrapped)> {
    let t = &*ty;
    let mut v: Vec<(&'static str, Wrapped)> = Vec::new();
    if let Some(f) = t.tp_repr {
        v.push(("__repr__", Wrapped::Unary(f)));
    }
    if let Some(f) = t.tp_str {
        v.push(("__str__", Wrapped::Unary(f)));
    }
    if let Some(f) = t.tp_hash {
        v.push(("__hash__", Wrapped::Hash(f)));
    }
    if let Some(f) = t.tp_richcompare {
        for op in [
            CompareOp::Lt,
            CompareOp::Le,
            CompareOp::Eq,
            CompareOp::Ne,
            CompareOp::Gt,
            CompareOp::Ge,
        ] {
            v.push((op.dunder(), Wrapped::RichCmp(f, op)));
        }
    }
    if let Some(f) = t.tp_getattro {
        v.push(("__getattribute__", Wrapped::GetAttr(f)));
    }
    if let Some(f) = t.tp_setattro {
        v.push(("__setattr__", Wrapped::SetAttr(f)));
        v.push(("__delattr__", Wrapped::DelAttr(f)));
    }
    if let Some(f) = t.tp_call {
        v.push(("__call__", Wrapped::Call(f)));
    }
    if let Some(f) = t.tp_iter {
        v.push(("__iter__", Wrapped::Unary(f)));
    }
    if let Some(f) = t.tp_iternext {
        v.push(("__next__", Wrapped::Next(f)));
    }
    if let Some(f) = t.tp_descr_get {
        v.push(("__get__", Wrapped::DescrGet(f)));
    }
    if let Some(f) = t.tp_descr_set {
        v.push(("__set__", Wrapped::DescrSet(f)));
        v.push(("__delete__", Wrapped::DescrDelete(f)));
    }
    if let Some(f) = t.tp_init {
        v.push(("__init__", Wrapped::Init(f)));
    }
    for op in BinOp::ALL {
        let (fwd, refl, inpl) = op.dunders();
        if op == BinOp::Pow {
            if let Some(f) = t.nb.power3 {
                v.push((fwd, Wrapped::Ternary(f)));
                v.push((refl, Wrapped::TernaryR(f)));
            }
        } else if let Some(f) = t.nb.binary[op as usize] {
            v.push((fwd, Wrapped::Binary(f)));
            v.push((refl, Wrapped::BinaryR(f)));
        }
        if let Some(f) = t.nb.inplace.get(op as usize).copied().flatten() {
            v.push((inpl, Wrapped::Binary(f)));
        }
    }
    for (k, op) in [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert, UnaryOp::Abs]
        .into_iter()
        .enumerate()
    {
        if let Some(f) = t.nb.unary[k] {
            v.push((op.dunder(), Wrapped::Unary(f)));
        }
    }
    if let Some(f) = t.nb.nb_bool {
        v.push(("__bool__", Wrapped::Inquiry(f)));
    }
    if let Some(f) = t.nb.nb_int {
        v.push(("__int__", Wrapped::Unary(f)));
    }
    if let Some(f) = t.nb.nb_float {
        v.push(("__float__", Wrapped::Unary(f)));
    }
    if let Some(f) = t.nb.nb_index {
        v.push(("__index__", Wrapped::Unary(f)));
    }
    if let Some(f) = t.mp.mp_length.or(t.sq.sq_length) {
        v.push(("__len__", Wrapped::Len(f)));
    }
    if let Some(f) = t.mp.mp_subscript {
        v.push(("__getitem__", Wrapped::Binary(f)));
    } else if let Some(f) = t.sq.sq_item {
        v.push(("__getitem__", Wrapped::SqItem(f)));
    }
    if let Some(f) = t.mp.mp_ass_subscript {
        v.push(("__setitem__", Wrapped::SetItem(f)));
        v.push(("__delitem__", Wrapped::DelItem(f)));
    }
    if let Some(f) = t.sq.sq_contains {
        v.push(("__contains__", Wrapped::Contains(f)));
    }
    if t.nb.binary[BinOp::Add as usize].is_none() {
        if let Some(f) = t.sq.sq_concat {
            v.push(("__add__", Wrapped::Binary(f)));
        }
    }
    if t.nb.binary[BinOp::Mul as usize].is_none() {
        if let Some(f) = t.sq.sq_repeat {
            v.push(("__mul__", Wrapped::SqRepeat(f)));
            v.push(("__rmul__", Wrapped::SqRepeat(f)));
        }
    }
    if let Some(f) = t.sq.sq_inplace_concat {
        v.push(("__iadd__", Wrapped::Binary(f)));
    }
    if let Some(f) = t.sq.sq_inplace_repeat {
        v.push(("__imul__", Wrapped::SqRepeat(f)));
    }
    v
}

/// Put the slot wrappers of static type `ty` (its own slots, before
/// inheritance) into its dict; `__hash__` of unhashable types becomes
/// None, and `__new__` a builtin bound to the type. 0 or -1.
///
/// # Safety
/// `ty` is a static type being readied; GIL held.
pub unsafe fn add_operators(ty: *mut TypeObject) -> i32 {
    let d = (*ty).dict;
    for (name, w) in own_wrappers(ty) {
        if dict::get_str(d, name).is_some() {
            continue;
        }
        let value = match w {
            Wrapped::Hash(f)
                if f as HashFn as usize
                    == crate::ops::protocol::hash_not_implemented as HashFn as usize =>
            {
                none()
            }
            _ => new_wrapper(name, w, ty),
        };
        if value.is_null() {
            return -1;
        }
        let r = dict::set_str(d, name, value);
        decref(value);
        if r < 0 {
            return -1;
        }
    }
    if (*ty).tp_new.is_some() && dict::get_str(d, "__new__").is_none() {
        let f = crate::call::builtin::new_builtin(
            &TP_NEW_DEF,
            Value::from_obj(ty),
            std::ptr::null_mut(),
        );
        if f.is_null() {
            return -1;
        }
        let r = dict::set_str(d, "__new__", f);
        decref(f);
        if r < 0 {
            return -1;
        }
    }
    0
}

static TP_NEW_DEF: crate::call::builtin::MethodDef = crate::call::builtin::MethodDef {
    name: "__new__",
    imp: crate::call::builtin::MethodImpl::FastKw(tp_new_wrapper),
    doc: "Create and return a new object.  See help(type) for accurate signature.",
};

/// `T.__new__(S, *args)`: S must be a subtype of T; runs T's `tp_new`.
unsafe fn tp_new_wrapper(owner: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value {
    let t = owner.as_obj() as *mut TypeObject;
    if nargs < 1 {
        return crate::type_error!("{}.__new__(): not enough arguments", (*t).name());
    }
    let sub = *args;
    if !crate::types::typetype::is_type(sub) {
        return crate::type_error!(
            "{}.__new__(X): X is not a type object ({})",
            (*t).name(),
            type_name(sub)
        );
    }
    let s = sub.as_obj() as *mut TypeObject;
    if !is_subtype(s, t) {
        return crate::type_error!(
            "{}.__new__({}): {} is not a subtype of {}",
            (*t).name(),
            (*s).name(),
            (*s).name(),
            (*t).name()
        );
    }
    // As CPython: the nearest base of `sub` whose `__new__` is not written
    // in Python must use this very `__new__` (`object.__new__(int)` is
    // refused).
    let slot_new = crate::types::slotdefs::generic::slot_tp_new as crate::types::slots::NewFn;
    let mut base = s;
    while !base.is_null() && (*base).tp_new.map(|f| f as usize) == Some(slot_new as usize) {
        base = (*base).base;
    }
    if !base.is_null() && (*base).tp_new.map(|f| f as usize) != (*t).tp_new.map(|f| f as usize) {
        return crate::type_error!(
            "{}.__new__({}) is not safe, use {}.__new__()",
            (*t).name(),
            (*s).name(),
            (*base).name()
        );
    }
    match (*t).tp_new {
        Some(f) => f(s, args.add(1), nargs - 1, kwnames),
        None => crate::type_error!("cannot create '{}' instances", (*t).name()),
    }
}
