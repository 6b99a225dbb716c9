//! `repr(float)`: shortest digits that round-trip, laid out as CPython's
//! `float_repr` (positional notation for decimal exponents in `[-4, 16)`
//! with at least one digit after the point, else `d.ddde+XX`), rendered by
//! `crate::text::float_fmt`.

use super::*;

/// CPython's `repr()` of a float (`crate::text::float_fmt::float_repr`).
pub fn float_repr_string(f: f64) -> String {
    crate::text::float_fmt::float_repr(f)
}

pub(super) unsafe fn float_repr(v: Value) -> Value {
    crate::objects::str::from_string(float_repr_string(float_value(v)))
}

/// `float.__format__(self, spec)`.
pub(super) unsafe fn float_format(v: Value, spec: Value) -> Value {
    if !crate::objects::str::is_str(spec) {
        return crate::type_error!("__format__() argument must be str, not {}", type_name(spec));
    }
    let spec_text = crate::objects::str::as_str(spec);
    if spec_text.is_empty() {
        return crate::ops::protocol::str_of(v);
    }
    match crate::text::format_spec::format_float(float_value(v), spec_text, type_name(v)) {
        Ok(s) => crate::objects::str::from_string(s),
        Err(e) => crate::errors::raise_alg(e),
    }
}

#[cfg(test)]
mod tests {
    use super::float_repr_string as r;
    #[test]
    fn cpython_reprs() {
        assert_eq!(r(1.0), "1.0");
        assert_eq!(r(0.1), "0.1");
        assert_eq!(r(-0.0), "-0.0");
        assert_eq!(r(1e16), "1e+16");
        assert_eq!(r(1234567890123456.0), "1234567890123456.0");
        assert_eq!(r(0.0001), "0.0001");
        assert_eq!(r(0.00001), "1e-05");
        assert_eq!(r(1.5e-7), "1.5e-07");
        assert_eq!(r(1e300 * 10.0), "1e+301");
        assert_eq!(r(f64::INFINITY), "inf");
        assert_eq!(r(f64::NAN), "nan");
        assert_eq!(r(123.456), "123.456");
        assert_eq!(r(5e-324), "5e-324");
        assert_eq!(r(1.7976931348623157e308), "1.7976931348623157e+308");
        assert_eq!(r(100.0), "100.0");
        assert_eq!(r(2.5), "2.5");
    }
}
