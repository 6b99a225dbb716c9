//! `str.format`, `str.format_map` and `str % args`: the object-model side
//! of `crate::text::strformat` and `crate::text::printf`.
//!
//! Both algorithms are written against traits; here `Obj` (an owned
//! reference that is released on drop) implements them. Field lookups
//! follow CPython: `{0}`/`{}` index the positional arguments, `{name}` the
//! keyword arguments (`format`) or the mapping (`format_map`, through
//! `__getitem__` so `__missing__` works), `.attr` is `getattr`, `[key]` is
//! `__getitem__` with an int key when the key is all digits; every value
//! is rendered with `format(value, spec)`, i.e. its `__format__`.

use super::methods_case::Raised;
use super::*;
use crate::errors::*;
use crate::object::new_ref;
use crate::objects::int::convert::max_str_digits;
use crate::objects::int::int_val;
use crate::text::printf::{printf_format, PrintfArgs, PrintfValue};
use crate::text::strformat::{str_format, FormatArgs};
use num_bigint::BigInt;

/// An owned reference (released on drop).
pub(super) struct Obj(pub Value);

impl Drop for Obj {
    fn drop(&mut self) {
        crate::object::xdecref(self.0);
    }
}

/// Wraps a new reference; null means the exception is set.
fn owned(v: Value) -> Result<Obj, Raised> {
    if v.is_null() {
        Err(Raised)
    } else {
        Ok(Obj(v))
    }
}

/// The text of a new str reference (consumed).
fn text_of(v: Value) -> Result<String, Raised> {
    let o = owned(v)?;
    Ok(as_str(o.0).to_string())
}

/// `ascii(v)`: `repr(v)` with non-ASCII characters escaped.
fn ascii_of(v: Value) -> Result<String, Raised> {
    let r = text_of(crate::ops::protocol::repr(v))?;
    Ok(crate::text::printf::escape_non_ascii(&r))
}

/// Where `{name}` fields are looked up.
enum Keywords<'a> {
    /// `format(**kwargs)`: the names tuple and the values.
    Kw(Value, &'a [Value]),
    /// `format_map(mapping)`.
    Mapping(Value),
}

struct FmtArgs<'a> {
    pos: &'a [Value],
    kw: Keywords<'a>,
}

impl FormatArgs for FmtArgs<'_> {
    type Value = Obj;
    type Error = Raised;

    fn positional_count(&self) -> usize {
        self.pos.len()
    }

    fn positional_allowed(&self) -> bool {
        !matches!(self.kw, Keywords::Mapping(_))
    }

    fn positional(&mut self, i: usize) -> Result<Obj, Raised> {
        Ok(Obj(new_ref(self.pos[i])))
    }

    fn keyword(&mut self, name: &str) -> Result<Obj, Raised> {
        match self.kw {
            Keywords::Kw(names, vals) => {
                if !names.is_null() {
                    let keys = crate::objects::tuple::as_slice(names);
                    if let Some(k) = keys.iter().position(|&k| as_str(k) == name) {
                        return Ok(Obj(new_ref(vals[k])));
                    }
                }
                let key = owned(new_str(name))?;
                raise_key_error(key.0);
                Err(Raised)
            }
            Keywords::Mapping(m) => {
                let key = owned(new_str(name))?;
                owned(crate::ops::protocol::get_item(m, key.0))
            }
        }
    }

    fn getattr(&mut self, v: &Obj, name: &str) -> Result<Obj, Raised> {
        owned(crate::ops::attr::get_attr_str(v.0, name))
    }

    fn getitem_index(&mut self, v: &Obj, i: usize) -> Result<Obj, Raised> {
        let key = owned(crate::objects::int::from_u64(i as u64))?;
        owned(crate::ops::protocol::get_item(v.0, key.0))
    }

    fn getitem_str(&mut self, v: &Obj, key: &str) -> Result<Obj, Raised> {
        let key = owned(new_str(key))?;
        owned(crate::ops::protocol::get_item(v.0, key.0))
    }

    fn convert(&mut self, v: &Obj, conversion: char) -> Result<Obj, Raised> {
        match conversion {
            'r' => owned(crate::ops::protocol::repr(v.0)),
            's' => owned(crate::ops::protocol::str_of(v.0)),
            _ => owned(new_str(&ascii_of(v.0)?)),
        }
    }

    fn format(&mut self, v: &Obj, spec: &str) -> Result<String, Raised> {
        if spec.is_empty() && is_exact_str(v.0) {
            return Ok(as_str(v.0).to_string());
        }
        let spec = owned(new_str(spec))?;
        text_of(crate::ops::protocol::format(v.0, spec.0))
    }
}

fn render(fmt: Value, args: &mut FmtArgs) -> Value {
    match str_format(as_str(fmt), args) {
        Ok(s) => from_string(s),
        Err(Raised) => Value::NULL,
    }
}

/// `str.format(*args, **kwargs)`.
pub(super) unsafe fn str_format_method(
    s: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    let nkw = crate::call::vectorcall::kw_count(kwnames);
    let all = super::args::arg_slice(args, nargs + nkw);
    let mut fa = FmtArgs {
        pos: &all[..nargs],
        kw: Keywords::Kw(kwnames, &all[nargs..]),
    };
    render(s, &mut fa)
}

/// `str.format_map(mapping)`.
pub(super) unsafe fn str_format_map(s: Value, mapping: Value) -> Value {
    let mut fa = FmtArgs {
        pos: &[],
        kw: Keywords::Mapping(mapping),
    };
    render(s, &mut fa)
}

impl PrintfValue for Obj {
    type Error = Raised;

    fn py_str(&self) -> Result<String, Raised> {
        if is_str(self.0) && is_exact_str(self.0) {
            return Ok(as_str(self.0).to_string());
        }
        text_of(crate::ops::protocol::str_of(self.0))
    }

    fn py_repr(&self) -> Result<String, Raised> {
        text_of(crate::ops::protocol::repr(self.0))
    }

    fn py_ascii(&self) -> Result<String, Raised> {
        ascii_of(self.0)
    }

    fn type_name(&self) -> String {
        type_name(self.0).to_string()
    }

    fn as_exact_int(&self) -> Option<BigInt> {
        int_val(self.0).map(|x| x.to_big().into_owned())
    }

    fn as_index(&self) -> Result<Option<BigInt>, Raised> {
        if let Some(x) = int_val(self.0) {
            return Ok(Some(x.to_big().into_owned()));
        }
        // SAFETY: slot read/call on a live value.
        let Some(f) = (unsafe { (*type_of(self.0)).nb.nb_index }) else {
            return Ok(None);
        };
        let r = owned(unsafe { f(self.0) })?;
        match int_val(r.0) {
            Some(x) => Ok(Some(x.to_big().into_owned())),
            None => {
                crate::type_error!("__index__ returned non-int (type {})", type_name(r.0));
                Err(Raised)
            }
        }
    }

    fn as_int_number(&self) -> Result<Option<BigInt>, Raised> {
        // SAFETY: slot reads on a live value's type.
        let nb = unsafe { &(*type_of(self.0)).nb };
        if nb.nb_index.is_none() && nb.nb_int.is_none() && nb.nb_float.is_none() {
            return Ok(None);
        }
        let r = owned(crate::ops::number::number_to_int(self.0))?;
        Ok(int_val(r.0).map(|x| x.to_big().into_owned()))
    }

    fn as_float(&self) -> Result<Option<f64>, Raised> {
        if crate::objects::float::is_float(self.0) {
            return Ok(Some(crate::objects::float::float_value(self.0)));
        }
        // SAFETY: slot reads on a live value's type.
        let nb = unsafe { &(*type_of(self.0)).nb };
        if nb.nb_index.is_none() && nb.nb_float.is_none() {
            return Ok(None);
        }
        let r = owned(crate::ops::number::number_to_float(self.0))?;
        Ok(Some(crate::objects::float::float_value(r.0)))
    }

    fn as_str(&self) -> Option<String> {
        is_str(self.0).then(|| as_str(self.0).to_string())
    }
}

/// `str % args` (the `nb_remainder` slot of str; `__mod__`/`__rmod__`).
pub(super) unsafe fn str_mod(a: Value, b: Value) -> Value {
    if !is_str(a) {
        return crate::objects::singletons::not_implemented();
    }
    let fmt = as_str(a);
    let r = if crate::objects::tuple::is_tuple(b) {
        let items: Vec<Obj> = crate::objects::tuple::as_slice(b)
            .iter()
            .map(|&v| Obj(new_ref(v)))
            .collect();
        printf_format(fmt, PrintfArgs::Tuple(&items), max_str_digits())
    } else {
        let whole = Obj(new_ref(b));
        let is_mapping = !is_str(b) && (*type_of(b)).mp.mp_subscript.is_some();
        if is_mapping {
            let mut lookup = |key: &str| -> Result<Obj, Raised> {
                let k = owned(new_str(key))?;
                owned(crate::ops::protocol::get_item(b, k.0))
            };
            printf_format(
                fmt,
                PrintfArgs::Mapping(&whole, &mut lookup),
                max_str_digits(),
            )
        } else {
            printf_format(fmt, PrintfArgs::Single(&whole), max_str_digits())
        }
    };
    match r {
        Ok(s) => from_string(s),
        Err(Raised) => Value::NULL,
    }
}
