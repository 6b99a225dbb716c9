//! Argument handling shared by the str (and int/float) methods, with the
//! exact messages CPython 3.11 gives for each calling convention:
//!
//! * old-style tuple parsing (`find`, `count`, `startswith`, ...):
//!   `find() takes at least 1 argument (0 given)`;
//! * Argument Clinic positional-only (`center`, `replace`, ...):
//!   `center expected at least 1 argument, got 0`;
//! * Argument Clinic with keywords (`split`, `splitlines`, `encode`, ...):
//!   `split() takes at most 2 arguments (3 given)`,
//!   `'x' is an invalid keyword argument for split()`,
//!   `argument for split() given by name ('sep') and position (1)`.
//!
//! Conversions: `slice_bound` (CPython's `_PyEval_SliceIndex`: None or any
//! `__index__` value, clamped to the ssize_t range) and `ssize_arg`
//! (`__index__` that must fit an ssize_t). Every failing helper has set the
//! exception when it returns `Err(())`.

use super::{as_str, is_str};
use crate::errors::*;
use crate::object::{decref, Value};
use crate::objects::int::{int_val, IntVal};
use crate::objects::singletons::is_none;
use crate::types::typeobject::*;
use num_traits::{Signed, ToPrimitive};

/// Result of an argument helper; the exception is set on `Err`.
pub type ArgResult<T> = Result<T, ()>;

/// The arguments of a vectorcall as a slice.
///
/// # Safety
/// `args` points to `n` live values (or `n == 0`).
pub unsafe fn arg_slice<'a>(args: *const Value, n: usize) -> &'a [Value] {
    if n == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(args, n)
    }
}

/// Old-style arity check: `name() takes at least/at most N argument(s)
/// (M given)`.
pub fn check_old(name: &str, n: usize, min: usize, max: usize) -> ArgResult<()> {
    let (word, lim) = if n < min {
        ("at least", min)
    } else if n > max {
        ("at most", max)
    } else {
        return Ok(());
    };
    let s = if lim == 1 { "" } else { "s" };
    crate::type_error!("{name}() takes {word} {lim} argument{s} ({n} given)");
    Err(())
}

/// Argument Clinic arity check for positional-only methods:
/// `name expected at least N argument(s), got M`.
pub fn check_clinic(name: &str, n: usize, min: usize, max: usize) -> ArgResult<()> {
    let (word, lim) = if n < min {
        ("at least", min)
    } else if n > max {
        ("at most", max)
    } else {
        return Ok(());
    };
    let s = if lim == 1 { "" } else { "s" };
    crate::type_error!("{name} expected {word} {lim} argument{s}, got {n}");
    Err(())
}

/// A keyword-accepting parameter list: `names` are positional-or-keyword
/// up to `kwonly_from` and keyword-only after it; the first `min` are
/// required.
pub struct KwSpec<'a> {
    pub fname: &'a str,
    pub names: &'a [&'a str],
    pub kwonly_from: usize,
    pub min: usize,
}

/// Binds positional and keyword arguments to `spec` with Argument
/// Clinic's messages; `out` receives borrowed values, null where absent.
///
/// # Safety
/// `args`/`nargs`/`kwnames` are a valid vectorcall argument list.
pub unsafe fn bind_kw(
    spec: &KwSpec,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
    out: &mut [Value],
) -> ArgResult<()> {
    let KwSpec {
        fname,
        names,
        kwonly_from,
        min,
    } = *spec;
    let npos_max = kwonly_from.min(names.len());
    let nkw = crate::call::vectorcall::kw_count(kwnames);
    if nargs + nkw > names.len() {
        let n = names.len();
        let s = if n == 1 { "" } else { "s" };
        let kw = if nargs == 0 { "keyword " } else { "" };
        crate::type_error!(
            "{fname}() takes at most {n} {kw}argument{s} ({} given)",
            nargs + nkw
        );
        return Err(());
    }
    if nargs > npos_max {
        let total = nargs + nkw;
        if kwonly_from < names.len() {
            let s = if npos_max == 1 { "" } else { "s" };
            crate::type_error!(
                "{fname}() takes at most {npos_max} positional argument{s} ({nargs} given)"
            );
        } else {
            let s = if npos_max == 1 { "" } else { "s" };
            crate::type_error!("{fname}() takes at most {npos_max} argument{s} ({total} given)");
        }
        return Err(());
    }
    let all = arg_slice(args, nargs + nkw);
    out[..nargs].copy_from_slice(&all[..nargs]);
    if nkw > 0 {
        let keys = crate::objects::tuple::as_slice(kwnames);
        for (k, &key) in keys.iter().enumerate() {
            let kname = as_str(key);
            let Some(pos) = names.iter().position(|n| *n == kname) else {
                crate::type_error!("'{kname}' is an invalid keyword argument for {fname}()");
                return Err(());
            };
            if pos < nargs {
                crate::type_error!(
                    "argument for {fname}() given by name ('{kname}') and position ({})",
                    pos + 1
                );
                return Err(());
            }
            out[pos] = all[nargs + k];
        }
    }
    if let Some(missing) = (0..min).find(|&i| out[i].is_null()) {
        crate::type_error!(
            "{fname}() missing required argument '{}' (pos {})",
            names[missing],
            missing + 1
        );
        return Err(());
    }
    Ok(())
}

/// The text of a str argument, else TypeError `{prefix}must be str, not T`.
/// A non-empty prefix marks Argument Clinic's wording, which names None
/// `None` rather than `NoneType`.
pub fn str_arg<'a>(v: Value, prefix: &str) -> ArgResult<&'a str> {
    if is_str(v) {
        Ok(as_str(v))
    } else {
        let t = if !prefix.is_empty() && is_none(v) {
            "None"
        } else {
            type_name(v)
        };
        crate::type_error!("{prefix}must be str, not {t}");
        Err(())
    }
}

/// A str-or-None argument (`sep` of split): `must be str or None, not T`.
pub fn opt_str_arg<'a>(v: Value) -> ArgResult<Option<&'a str>> {
    if v.is_null() || is_none(v) {
        Ok(None)
    } else if is_str(v) {
        Ok(Some(as_str(v)))
    } else {
        crate::type_error!("must be str or None, not {}", type_name(v));
        Err(())
    }
}

/// Calls `__index__` on a non-int value: Ok(None) when the type has none.
/// The result (an owned int) is passed to `f`.
fn with_index<T>(v: Value, f: impl FnOnce(&IntVal) -> ArgResult<T>) -> ArgResult<Option<T>> {
    if let Some(x) = int_val(v) {
        return f(&x).map(Some);
    }
    // SAFETY: slot read and call on a live value.
    let Some(slot) = (unsafe { (*type_of(v)).nb.nb_index }) else {
        return Ok(None);
    };
    let r = unsafe { slot(v) };
    if r.is_null() {
        return Err(());
    }
    let out = match int_val(r) {
        Some(x) => f(&x).map(Some),
        None => {
            crate::type_error!("__index__ returned non-int (type {})", type_name(r));
            Err(())
        }
    };
    decref(r);
    out
}

/// Clamps an int to the ssize_t range (used for slice bounds).
fn clamp_ssize(x: &IntVal) -> i64 {
    match x {
        IntVal::Small(i) => *i,
        IntVal::Big(b) => b
            .to_i64()
            .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }),
    }
}

/// A `start`/`end` argument: null or None -> None; ints and `__index__`
/// values clamped to ssize_t; anything else raises CPython's
/// `slice indices must be integers or None or have an __index__ method`.
pub fn slice_bound(v: Value) -> ArgResult<Option<i64>> {
    if v.is_null() || is_none(v) {
        return Ok(None);
    }
    match with_index(v, |x| Ok(clamp_ssize(x)))? {
        Some(i) => Ok(Some(i)),
        None => {
            raise_type_error("slice indices must be integers or None or have an __index__ method");
            Err(())
        }
    }
}

/// The optional `start`, `end` pair at `rest[0..]`.
pub fn bounds(rest: &[Value]) -> ArgResult<(Option<i64>, Option<i64>)> {
    let start = slice_bound(rest.first().copied().unwrap_or(Value::NULL))?;
    let end = slice_bound(rest.get(1).copied().unwrap_or(Value::NULL))?;
    Ok((start, end))
}

/// An integer argument that must fit an ssize_t (`width`, `count`,
/// `maxsplit`, `tabsize`): `'T' object cannot be interpreted as an integer`
/// or `Python int too large to convert to C ssize_t`.
pub fn ssize_arg(v: Value) -> ArgResult<i64> {
    let r = with_index(v, |x| match x.to_i64() {
        Some(i) => Ok(i),
        None => {
            raise_overflow_error("Python int too large to convert to C ssize_t");
            Err(())
        }
    })?;
    match r {
        Some(i) => Ok(i),
        None => {
            crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            );
            Err(())
        }
    }
}

/// A truth-valued int argument (`keepends`): any int or `__index__`
/// value; CPython's clinic uses `int` conversion for it.
pub fn int_flag(v: Value) -> ArgResult<bool> {
    if crate::objects::float::is_float(v) {
        raise_type_error("'float' object cannot be interpreted as an integer");
        return Err(());
    }
    let r = with_index(v, |x| Ok(!x.is_zero()))?;
    match r {
        Some(b) => Ok(b),
        None => {
            crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            );
            Err(())
        }
    }
}

/// An `__index__` argument clamped to the ssize_t range (CPython's
/// `PyNumber_AsSsize_t(v, NULL)`), else `'T' object cannot be interpreted
/// as an integer`.
pub fn ssize_clamped(v: Value) -> ArgResult<i64> {
    match with_index(v, |x| Ok(clamp_ssize(x)))? {
        Some(i) => Ok(i),
        None => {
            crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            );
            Err(())
        }
    }
}
