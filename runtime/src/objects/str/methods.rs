//! str protocol slots (concatenation, repetition, indexing, containment,
//! iteration, construction), `join` and `__format__`. The other methods
//! live in the sibling `methods_*` files; `table.rs` registers them all.

use super::*;
use crate::errors::*;
use crate::object::{decref, new_ref};
use crate::objects::int::index_value;

pub(super) unsafe fn str_concat(a: Value, b: Value) -> Value {
    if !is_str(b) {
        return crate::type_error!("can only concatenate str (not \"{}\") to str", type_name(b));
    }
    if !is_str(a) {
        return crate::objects::singletons::not_implemented();
    }
    let (x, y) = (as_str(a), as_str(b));
    if y.is_empty() && is_exact_str(a) {
        return new_ref(a);
    }
    if x.is_empty() && is_exact_str(b) {
        return new_ref(b);
    }
    let Some(total) = x.len().checked_add(y.len()) else {
        return raise_overflow_error("strings are too large to concat");
    };
    let r = alloc_str(total);
    if r.is_null() {
        return r;
    }
    let p = data_ptr(r);
    std::ptr::copy_nonoverlapping(x.as_ptr(), p, x.len());
    std::ptr::copy_nonoverlapping(y.as_ptr(), p.add(x.len()), y.len());
    let o = obj(r);
    (*o).char_len = char_len(a) + char_len(b);
    (*o).flags = if is_ascii(a) && is_ascii(b) {
        STR_ASCII
    } else {
        0
    };
    r
}

pub(super) unsafe fn str_repeat(a: Value, n: isize) -> Value {
    let text = as_str(a);
    if n <= 0 || text.is_empty() {
        return new_str("");
    }
    if n == 1 && is_exact_str(a) {
        return new_ref(a);
    }
    if char_len(a) > isize::MAX as usize / n as usize {
        return crate::errors::raise_overflow_error("repeated string is too long");
    }
    let Some(total) = text
        .len()
        .checked_mul(n as usize)
        .filter(|t| *t <= isize::MAX as usize / 2)
    else {
        return raise_memory_error();
    };
    let r = alloc_str(total);
    if r.is_null() {
        return r;
    }
    let p = data_ptr(r);
    for k in 0..n as usize {
        std::ptr::copy_nonoverlapping(text.as_ptr(), p.add(k * text.len()), text.len());
    }
    let o = obj(r);
    (*o).char_len = char_len(a) * n as usize;
    (*o).flags = (*obj(a)).flags & STR_ASCII;
    r
}

pub(super) unsafe fn str_item(a: Value, i: isize) -> Value {
    let n = char_len(a) as isize;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return raise_index_error("string index out of range");
    }
    intern::from_char(char_at(a, i as usize))
}

pub(super) unsafe fn str_subscript(a: Value, key: Value) -> Value {
    if crate::objects::slice::is_slice(key) {
        let len = char_len(a);
        let Ok((start, step, n)) = crate::objects::slice::indices_for(key, len) else {
            return Value::NULL;
        };
        if start == 0 && step == 1 && n == len && is_exact_str(a) {
            return new_ref(a);
        }
        return str_slice(a, start, step, n);
    }
    match index_value(key) {
        Some(Ok(i)) => str_item(a, i),
        Some(Err(())) => Value::NULL,
        None => crate::type_error!("string indices must be integers, not '{}'", type_name(key)),
    }
}

/// `s[start::step]` taking `n` code points.
unsafe fn str_slice(a: Value, start: isize, step: isize, n: usize) -> Value {
    if n == 0 {
        return new_str("");
    }
    if step == 1 {
        if start == 0 && n == char_len(a) && is_exact_str(a) {
            return new_ref(a);
        }
        let b0 = byte_offset(a, start as usize);
        let b1 = byte_offset(a, start as usize + n);
        return new_str(&as_str(a)[b0..b1]);
    }
    let mut out = String::with_capacity(n);
    if is_ascii(a) {
        let bytes = as_str(a).as_bytes();
        for k in 0..n {
            out.push(bytes[(start + k as isize * step) as usize] as char);
        }
    } else {
        let chars: Vec<char> = as_str(a).chars().collect();
        for k in 0..n {
            out.push(chars[(start + k as isize * step) as usize]);
        }
    }
    from_string(out)
}

pub(super) unsafe fn str_contains(a: Value, b: Value) -> i32 {
    if !is_str(b) {
        crate::type_error!(
            "'in <string>' requires string as left operand, not {}",
            type_name(b)
        );
        return -1;
    }
    as_str(a).contains(as_str(b)) as i32
}

/// `str(object='')`.
pub(super) unsafe fn str_new(
    ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    let mut out = [Value::NULL; 3];
    static SPEC: crate::call::argparse::ArgSpec = crate::call::argparse::ArgSpec {
        fname: "str",
        params: &["object", "encoding", "errors"],
        posonly: 0,
        required: 0,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args_clinic(&SPEC, args, nargs, kwnames, &mut out).is_err() {
        return Value::NULL;
    }
    for (v, what) in [(out[1], "encoding"), (out[2], "errors")] {
        if !v.is_null() && !is_str(v) {
            return crate::type_error!("str() argument '{what}' must be str, not {}", type_name(v));
        }
    }
    let decoding = !out[1].is_null() || !out[2].is_null();
    let r = if out[0].is_null() {
        new_str("")
    } else if decoding {
        super::codec::decode_for_new(out[0], out[1], out[2])
    } else {
        crate::ops::protocol::str_of(out[0])
    };
    if ty == STR_TYPE.ptr() || r.is_null() {
        return r;
    }
    let text = as_str(r);
    let v = alloc_str_of_type(ty, text.len());
    if !v.is_null() {
        std::ptr::copy_nonoverlapping(text.as_ptr(), data_ptr(v), text.len());
        finish_str(v);
        if (*ty).is_gc_type() {
            crate::object::gc::track(v.as_obj());
        }
    }
    decref(r);
    v
}

/// Iterator over the characters of a str.
#[repr(C)]
pub struct StrIterObject {
    pub ob: Object,
    pub s: Value,
    pub byte_pos: usize,
}

macro_rules! str_iter_type {
    ($id:ident, $name:literal) => {
        pub static $id: Static<TypeObject> = Static::new(TypeObject {
            tp_iter: Some(crate::ops::protocol::iter_self),
            tp_iternext: Some(str_iter_next),
            tp_dealloc: Some(str_iter_dealloc),
            tp_getattro: Some(crate::ops::attr::generic_getattr),
            methods: STR_ITER_METHODS,
            ..TypeObject::new_static($name, std::mem::size_of::<StrIterObject>(), 0)
        });
    };
}
// CPython names the iterator of an all-ASCII str differently.
str_iter_type!(STR_ITER_TYPE, "str_ascii_iterator");
str_iter_type!(STR_UNICODE_ITER_TYPE, "str_iterator");

/// `__length_hint__()`: code points left.
unsafe fn str_iter_length_hint(v: Value) -> Value {
    let it = v.cast::<StrIterObject>();
    if (*it).s.is_null() {
        return crate::objects::int::from_i64(0);
    }
    let rest = &as_str((*it).s)[(*it).byte_pos..];
    crate::objects::int::from_i64(rest.chars().count() as i64)
}

static STR_ITER_METHODS: &[crate::call::builtin::MethodDef] = &[crate::call::builtin::MethodDef {
    name: "__length_hint__",
    imp: crate::call::builtin::MethodImpl::NoArgs(str_iter_length_hint),
    doc: "",
}];

pub(super) unsafe fn str_iter(v: Value) -> Value {
    let ty = if is_ascii(v) {
        STR_ITER_TYPE.ptr()
    } else {
        STR_UNICODE_ITER_TYPE.ptr()
    };
    let o = alloc_object(ty, std::mem::size_of::<StrIterObject>());
    if o.is_null() {
        return Value::NULL;
    }
    let it = o as *mut StrIterObject;
    (*it).s = new_ref(v);
    (*it).byte_pos = 0;
    Value::from_obj(o)
}

unsafe fn str_iter_next(v: Value) -> Value {
    let it = v.cast::<StrIterObject>();
    if (*it).s.is_null() {
        return Value::NULL;
    }
    let text = as_str((*it).s);
    match text[(*it).byte_pos..].chars().next() {
        Some(c) => {
            (*it).byte_pos += c.len_utf8();
            intern::from_char(c)
        }
        None => {
            crate::object::refcount::clear_slot(&mut (*it).s);
            Value::NULL
        }
    }
}

unsafe fn str_iter_dealloc(o: *mut Object) {
    let it = o as *mut StrIterObject;
    crate::object::xdecref((*it).s);
    crate::object::alloc::free_and_release_type(o);
}

/// `str.join(iterable)`.
pub(super) unsafe fn str_join(sep: Value, iterable: Value) -> Value {
    let items = crate::ops::protocol::sequence_fast(iterable, "can only join an iterable");
    let Some(items) = items else {
        return Value::NULL;
    };
    let mut out = String::new();
    let mut err = Value::NULL;
    for (k, &item) in items.iter().enumerate() {
        if !is_str(item) {
            err = crate::type_error!(
                "sequence item {k}: expected str instance, {} found",
                type_name(item)
            );
            break;
        }
        if k > 0 {
            out.push_str(as_str(sep));
        }
        out.push_str(as_str(item));
    }
    let failed = occurred();
    for item in items {
        decref(item);
    }
    if failed {
        return err;
    }
    from_string(out)
}

/// `str.__format__(self, spec)`.
pub(super) unsafe fn str_format(s: Value, spec: Value) -> Value {
    if !is_str(spec) {
        return crate::type_error!("__format__() argument must be str, not {}", type_name(spec));
    }
    if as_str(spec).is_empty() {
        // `str(self)`: a subclass may define `__str__`.
        return crate::ops::protocol::str_of(s);
    }
    match crate::text::format_spec::format_str(as_str(s), as_str(spec)) {
        Ok(out) => from_string(out),
        Err(e) => raise_alg(e),
    }
}

/// `str.__getnewargs__()`: `(str(self),)` as an exact str.
pub(super) unsafe fn str_getnewargs(s: Value) -> Value {
    crate::objects::tuple::tuple_pack_steal(&[new_str(as_str(s))])
}
