//! `complex`: a pair of doubles. Arithmetic mixes with int and float
//! (they convert to `complex(x, 0)`), `==` compares exactly with ints and
//! floats, ordering is unsupported. The algorithms (repr, division, power,
//! abs, parsing, format) live in `num::complex` and `text::format_spec`;
//! this file is the object glue. Instances are immutable, not GC-tracked.

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::call::descr::GetSetDef;
use crate::call::vectorcall::kw_count;
use crate::errors::*;
use crate::num::complex::{self as alg, Complex};
use crate::object::alloc::alloc_object;
use crate::object::{decref, Object, Static, Value};
use crate::objects::singletons::not_implemented;
use crate::objects::{float, int, str as pystr};
use crate::types::slots::{
    BinOp, BinaryFn, CompareOp, NumberSlots, UnaryFn, UnaryOp, NB_BINARY_COUNT,
};
use crate::types::typeobject::*;

#[repr(C)]
pub struct ComplexObject {
    pub ob: Object,
    pub re: f64,
    pub im: f64,
}

#[export_name = "pyrt_type_complex"]
pub static COMPLEX_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(complex_repr),
    tp_hash: Some(complex_hash),
    tp_richcompare: Some(complex_richcompare),
    tp_new: Some(complex_new_slot),
    tp_dealloc: Some(crate::object::alloc::free_and_release_type),
    nb: NumberSlots {
        binary: binary_table(),
        power3: Some(complex_pow3),
        unary: unary_table(),
        nb_bool: Some(complex_bool),
        ..NumberSlots::EMPTY
    },
    methods: COMPLEX_METHODS,
    getsets: COMPLEX_GETSETS,
    ..TypeObject::new_static(
        "complex",
        std::mem::size_of::<ComplexObject>(),
        TPFLAGS_BASETYPE,
    )
});

#[inline]
pub fn is_complex(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), COMPLEX_TYPE.ptr())
}

/// The value of a complex object.
pub fn complex_value(v: Value) -> Complex {
    // SAFETY: v is a complex.
    unsafe {
        let o = v.cast::<ComplexObject>();
        Complex::new((*o).re, (*o).im)
    }
}

/// New complex of type `ty` (new reference).
pub fn new_complex_of_type(ty: *const TypeObject, z: Complex) -> Value {
    // SAFETY: ty's layout starts with ComplexObject.
    unsafe {
        let o = alloc_object(
            ty,
            (*ty).basicsize.max(std::mem::size_of::<ComplexObject>()),
        );
        if o.is_null() {
            return Value::NULL;
        }
        let c = o as *mut ComplexObject;
        (*c).re = z.re;
        (*c).im = z.im;
        Value::from_obj(o)
    }
}

/// New exact complex (new reference).
pub fn new_complex(re: f64, im: f64) -> Value {
    new_complex_of_type(COMPLEX_TYPE.ptr(), Complex::new(re, im))
}

/// Operand coercion: complex, int (bool) or float; None for other types,
/// Some(Err) when an int is too large for a float (error set).
fn coerce(v: Value) -> Option<Result<Complex, ()>> {
    if is_complex(v) {
        return Some(Ok(complex_value(v)));
    }
    if float::is_float(v) {
        return Some(Ok(Complex::new(float::float_value(v), 0.0)));
    }
    if let Some(i) = int::int_val(v) {
        return Some(int::convert::int_to_f64(&i).map(|f| Complex::new(f, 0.0)));
    }
    None
}

fn result(r: crate::num::error::AlgResult<Complex>) -> Value {
    match r {
        Ok(z) => new_complex(z.re, z.im),
        Err(e) => raise_alg(e),
    }
}

macro_rules! binop {
    ($name:ident, |$x:ident, $y:ident| $body:expr) => {
        unsafe fn $name(a: Value, b: Value) -> Value {
            let (Some(x), Some(y)) = (coerce(a), coerce(b)) else {
                return not_implemented();
            };
            let ($x, $y) = match (x, y) {
                (Ok(x), Ok(y)) => (x, y),
                _ => return Value::NULL,
            };
            result($body)
        }
    };
}

binop!(complex_add, |x, y| Ok(Complex::new(
    x.re + y.re,
    x.im + y.im
)));
binop!(complex_sub, |x, y| Ok(Complex::new(
    x.re - y.re,
    x.im - y.im
)));
binop!(complex_mul, |x, y| Ok(alg::complex_mul(x, y)));
binop!(complex_div, |x, y| alg::complex_div(x, y));
binop!(complex_pow, |x, y| alg::complex_pow(x, y));

unsafe fn complex_pow3(a: Value, b: Value, m: Value) -> Value {
    if !crate::objects::singletons::is_none(m) {
        if coerce(a).is_none() || coerce(b).is_none() {
            return not_implemented();
        }
        return raise_value_error("complex modulo");
    }
    complex_pow(a, b)
}

unsafe fn complex_neg(v: Value) -> Value {
    let z = complex_value(v);
    new_complex(-z.re, -z.im)
}

unsafe fn complex_pos(v: Value) -> Value {
    let z = complex_value(v);
    new_complex(z.re, z.im)
}

unsafe fn complex_abs(v: Value) -> Value {
    match alg::complex_abs(complex_value(v)) {
        Ok(f) => float::new_float(f),
        Err(e) => raise_alg(e),
    }
}

unsafe fn complex_bool(v: Value) -> i32 {
    let z = complex_value(v);
    (z.re != 0.0 || z.im != 0.0) as i32
}

const fn binary_table() -> [Option<BinaryFn>; NB_BINARY_COUNT] {
    let mut t: [Option<BinaryFn>; NB_BINARY_COUNT] = [None; NB_BINARY_COUNT];
    t[BinOp::Add as usize] = Some(complex_add);
    t[BinOp::Sub as usize] = Some(complex_sub);
    t[BinOp::Mul as usize] = Some(complex_mul);
    t[BinOp::TrueDiv as usize] = Some(complex_div);
    t[BinOp::Pow as usize] = Some(complex_pow);
    t
}

const fn unary_table() -> [Option<UnaryFn>; 4] {
    let mut t: [Option<UnaryFn>; 4] = [None; 4];
    t[UnaryOp::Neg as usize] = Some(complex_neg);
    t[UnaryOp::Pos as usize] = Some(complex_pos);
    t[UnaryOp::Abs as usize] = Some(complex_abs);
    t
}

unsafe fn complex_repr(v: Value) -> Value {
    pystr::from_string(alg::complex_repr(complex_value(v)))
}

unsafe fn complex_hash(v: Value) -> isize {
    let z = complex_value(v);
    crate::num::hash::hash_complex(z.re, z.im, v.as_obj() as usize) as isize
}

unsafe fn complex_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if op != CompareOp::Eq && op != CompareOp::Ne {
        return not_implemented();
    }
    let z = complex_value(a);
    let eq = if is_complex(b) {
        let w = complex_value(b);
        z.re == w.re && z.im == w.im
    } else if float::is_float(b) {
        z.im == 0.0 && z.re == float::float_value(b)
    } else if let Some(i) = int::int_val(b) {
        z.im == 0.0
            && crate::objects::float::compare::cmp_float_int(z.re, &i)
                == Some(std::cmp::Ordering::Equal)
    } else {
        return not_implemented();
    };
    crate::objects::bool::from_bool(eq == (op == CompareOp::Eq))
}

/// Value of a `complex()` argument that must be a number: complex, float,
/// int, or an object with `__complex__`/`__float__`/`__index__`.
unsafe fn number_arg(v: Value, which: &str) -> Result<(Complex, bool), ()> {
    if let Some(r) = coerce(v) {
        return r.map(|z| (z, is_complex(v)));
    }
    if let Some(r) = crate::types::slotdefs::generic::call_dunder(v, "__complex__", &[]) {
        if r.is_null() {
            return Err(());
        }
        if !is_complex(r) {
            crate::type_error!("__complex__ returned non-complex (type {})", type_name(r));
            decref(r);
            return Err(());
        }
        let z = complex_value(r);
        decref(r);
        return Ok((z, true));
    }
    for name in ["__float__", "__index__"] {
        if let Some(r) = crate::types::slotdefs::generic::call_dunder(v, name, &[]) {
            if r.is_null() {
                return Err(());
            }
            let c = coerce(r);
            decref(r);
            return match c {
                Some(x) => x.map(|z| (z, false)),
                None => {
                    crate::type_error!("{name} returned non-number");
                    Err(())
                }
            };
        }
    }
    crate::type_error!(
        "complex() {which} argument must be a string or a number, not '{}'",
        type_name(v)
    );
    Err(())
}

unsafe fn complex_new_slot(
    ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    let nkw = kw_count(kwnames);
    let all = if nargs + nkw == 0 {
        &[][..]
    } else {
        std::slice::from_raw_parts(args, nargs + nkw)
    };
    if nargs > 2 {
        return crate::type_error!("complex() takes at most 2 arguments ({} given)", nargs);
    }
    let mut real = all.first().copied().filter(|_| nargs >= 1);
    let mut imag = all.get(1).copied().filter(|_| nargs >= 2);
    for k in 0..nkw {
        let name = pystr::as_str(crate::objects::tuple::as_slice(kwnames)[k]);
        let v = all[nargs + k];
        let slot = match name {
            "real" => &mut real,
            "imag" => &mut imag,
            _ => {
                return crate::type_error!("complex() got an unexpected keyword argument '{name}'")
            }
        };
        if slot.is_some() {
            let pos = if name == "real" { 1 } else { 2 };
            return crate::type_error!(
                "argument for complex() given by name ('{name}') and position ({pos})"
            );
        }
        *slot = Some(v);
    }
    if let Some(r) = real {
        if pystr::is_str(r) {
            if imag.is_some() {
                return raise_type_error("complex() can't take second arg if first is a string");
            }
            return match alg::parse_complex(pystr::as_str(r)) {
                Ok(z) => new_complex_of_type(ty, z),
                Err(e) => raise_alg(e),
            };
        }
        if ty == COMPLEX_TYPE.ptr() && imag.is_none() && type_of(r) == COMPLEX_TYPE.ptr() {
            return crate::object::new_ref(r);
        }
    }
    if let Some(i) = imag {
        if pystr::is_str(i) {
            return raise_type_error("complex() second arg can't be a string");
        }
    }
    let a = match real {
        Some(r) => match number_arg(r, "first") {
            Ok(z) => z,
            Err(()) => return Value::NULL,
        },
        None => (Complex::new(0.0, 0.0), false),
    };
    let b = match imag {
        Some(i) => match number_arg(i, "second") {
            Ok(z) => z,
            Err(()) => return Value::NULL,
        },
        None => (Complex::new(0.0, 0.0), false),
    };
    // complex(a, b) = a + b*1j, touching a part only when CPython does.
    let ((a, a_cx), (b, b_cx)) = (a, b);
    let re = if b_cx { a.re - b.im } else { a.re };
    let im = match imag {
        None => a.im,
        Some(_) if a_cx => b.re + a.im,
        Some(_) => b.re,
    };
    new_complex_of_type(ty, Complex::new(re, im))
}

unsafe fn get_real(v: Value) -> Value {
    float::new_float(complex_value(v).re)
}

unsafe fn get_imag(v: Value) -> Value {
    float::new_float(complex_value(v).im)
}

unsafe fn m_conjugate(v: Value) -> Value {
    let z = complex_value(v);
    new_complex(z.re, -z.im)
}

unsafe fn m_format(v: Value, spec: Value) -> Value {
    if !pystr::is_str(spec) {
        return crate::type_error!("format() argument 2 must be str, not {}", type_name(spec));
    }
    if pystr::as_str(spec).is_empty() {
        return crate::ops::protocol::str_of(v);
    }
    let z = complex_value(v);
    match crate::text::format_spec::format_complex(z.re, z.im, pystr::as_str(spec)) {
        Ok(s) => pystr::from_string(s),
        Err(e) => raise_alg(e),
    }
}

unsafe fn m_complex(v: Value) -> Value {
    let z = complex_value(v);
    new_complex(z.re, z.im)
}

unsafe fn m_getnewargs(v: Value) -> Value {
    let z = complex_value(v);
    crate::objects::tuple::tuple_pack_steal(&[float::new_float(z.re), float::new_float(z.im)])
}

static COMPLEX_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "conjugate",
        imp: MethodImpl::NoArgs(m_conjugate),
        doc: "",
    },
    MethodDef {
        name: "__format__",
        imp: MethodImpl::O(m_format),
        doc: "",
    },
    MethodDef {
        name: "__complex__",
        imp: MethodImpl::NoArgs(m_complex),
        doc: "",
    },
    MethodDef {
        name: "__getnewargs__",
        imp: MethodImpl::NoArgs(m_getnewargs),
        doc: "",
    },
];

static COMPLEX_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "real",
        get: get_real,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "imag",
        get: get_imag,
        set: None,
        doc: "",
    },
];
