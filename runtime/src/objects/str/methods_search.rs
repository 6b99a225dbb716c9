//! str methods that search and split: find/rfind/index/rindex/count,
//! startswith/endswith, replace, split/rsplit/splitlines,
//! partition/rpartition, strip/lstrip/rstrip, removeprefix/removesuffix.
//!
//! Each wrapper converts its arguments with CPython's conventions and
//! messages (`args.rs`) and runs the pure algorithm of
//! `crate::text::strmethods::search`/`layout`. Results that equal the
//! receiver reuse it when it is an exact str, as CPython does.

use super::args::*;
use super::*;
use crate::errors::*;
use crate::object::{decref, new_ref};
use crate::objects::singletons::is_none;
use crate::text::strmethods::{layout, search};

/// A new str for `text`, reusing `s` when the text is unchanged.
pub(super) fn same_or_new(s: Value, text: &str) -> Value {
    if is_exact_str(s) && text.len() == as_str(s).len() {
        new_ref(s)
    } else {
        new_str(text)
    }
}

/// A list of new strs (new reference).
pub(super) fn str_list<S: AsRef<str>>(items: &[S]) -> Value {
    let mut vals = Vec::with_capacity(items.len());
    for it in items {
        let v = new_str(it.as_ref());
        if v.is_null() {
            for v in vals {
                decref(v);
            }
            return Value::NULL;
        }
        vals.push(v);
    }
    crate::objects::list::list_from_vec(vals)
}

/// `(sub, start, end)` of the find family after the arity check.
unsafe fn sub_and_bounds<'a>(
    name: &str,
    args: &[Value],
) -> ArgResult<(&'a str, Option<i64>, Option<i64>)> {
    check_old(name, args.len(), 1, 3)?;
    let sub = str_arg(args[0], "")?;
    let (start, end) = bounds(&args[1..])?;
    Ok((sub, start, end))
}

pub(super) unsafe fn str_find(s: Value, args: &[Value]) -> Value {
    match sub_and_bounds("find", args) {
        Ok((sub, a, b)) => crate::objects::int::from_i64(search::find(as_str(s), sub, a, b)),
        Err(()) => Value::NULL,
    }
}

pub(super) unsafe fn str_rfind(s: Value, args: &[Value]) -> Value {
    match sub_and_bounds("rfind", args) {
        Ok((sub, a, b)) => crate::objects::int::from_i64(search::rfind(as_str(s), sub, a, b)),
        Err(()) => Value::NULL,
    }
}

pub(super) unsafe fn str_index(s: Value, args: &[Value]) -> Value {
    match sub_and_bounds("index", args) {
        Ok((sub, a, b)) => match search::index(as_str(s), sub, a, b) {
            Ok(i) => crate::objects::int::from_i64(i),
            Err(e) => raise_alg(e),
        },
        Err(()) => Value::NULL,
    }
}

pub(super) unsafe fn str_rindex(s: Value, args: &[Value]) -> Value {
    match sub_and_bounds("rindex", args) {
        Ok((sub, a, b)) => match search::rindex(as_str(s), sub, a, b) {
            Ok(i) => crate::objects::int::from_i64(i),
            Err(e) => raise_alg(e),
        },
        Err(()) => Value::NULL,
    }
}

pub(super) unsafe fn str_count(s: Value, args: &[Value]) -> Value {
    match sub_and_bounds("count", args) {
        Ok((sub, a, b)) => {
            crate::objects::int::from_u64(search::count(as_str(s), sub, a, b) as u64)
        }
        Err(()) => Value::NULL,
    }
}

/// startswith/endswith: the affix is a str or a tuple of strs; tuple
/// items are checked one at a time, so a match ends the scan before a
/// later non-str item is seen (as CPython).
unsafe fn starts_or_ends(s: Value, args: &[Value], name: &str, ends: bool) -> Value {
    if check_old(name, args.len(), 1, 3).is_err() {
        return Value::NULL;
    }
    let Ok((a, b)) = bounds(&args[1..]) else {
        return Value::NULL;
    };
    let test = |affix: &str| {
        if ends {
            search::endswith(as_str(s), &[affix], a, b)
        } else {
            search::startswith(as_str(s), &[affix], a, b)
        }
    };
    let v = args[0];
    if is_str(v) {
        return crate::objects::bool::from_bool(test(as_str(v)));
    }
    if !crate::objects::tuple::is_tuple(v) {
        return crate::type_error!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(v)
        );
    }
    for &it in crate::objects::tuple::as_slice(v) {
        if !is_str(it) {
            return crate::type_error!(
                "tuple for {name} must only contain str, not {}",
                type_name(it)
            );
        }
        if test(as_str(it)) {
            return crate::objects::bool::true_value();
        }
    }
    crate::objects::bool::false_value()
}

pub(super) unsafe fn str_startswith(s: Value, args: &[Value]) -> Value {
    starts_or_ends(s, args, "startswith", false)
}

pub(super) unsafe fn str_endswith(s: Value, args: &[Value]) -> Value {
    starts_or_ends(s, args, "endswith", true)
}

/// `replace(old, new, count=-1, /)`.
pub(super) unsafe fn str_replace(s: Value, args: &[Value]) -> Value {
    if check_clinic("replace", args.len(), 2, 3).is_err() {
        return Value::NULL;
    }
    let Ok(old) = str_arg(args[0], "replace() argument 1 ") else {
        return Value::NULL;
    };
    let Ok(new) = str_arg(args[1], "replace() argument 2 ") else {
        return Value::NULL;
    };
    let count = match args.get(2) {
        Some(&c) => match ssize_arg(c) {
            Ok(c) => c,
            Err(()) => return Value::NULL,
        },
        None => -1,
    };
    let text = as_str(s);
    if count == 0 || (old == new) || (!old.is_empty() && !text.contains(old)) {
        return same_or_new(s, text);
    }
    from_string(search::replace(text, old, new, count))
}

/// `split(sep=None, maxsplit=-1)` and `rsplit`.
unsafe fn split_common(
    s: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
    name: &str,
    right: bool,
) -> Value {
    let mut out = [Value::NULL; 2];
    let spec = KwSpec {
        fname: name,
        names: &["sep", "maxsplit"],
        kwonly_from: 2,
        min: 0,
    };
    if bind_kw(&spec, args, nargs, kwnames, &mut out).is_err() {
        return Value::NULL;
    }
    let Ok(sep) = opt_str_arg(out[0]) else {
        return Value::NULL;
    };
    let maxsplit = if out[1].is_null() {
        -1
    } else {
        match ssize_arg(out[1]) {
            Ok(m) => m,
            Err(()) => return Value::NULL,
        }
    };
    let r = if right {
        search::rsplit(as_str(s), sep, maxsplit)
    } else {
        search::split(as_str(s), sep, maxsplit)
    };
    match r {
        Ok(parts) => {
            if parts.len() == 1 && is_exact_str(s) && parts[0].len() == as_str(s).len() {
                crate::objects::list::list_from_vec(vec![new_ref(s)])
            } else {
                str_list(&parts)
            }
        }
        Err(e) => raise_alg(e),
    }
}

pub(super) unsafe fn str_split(
    s: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    split_common(s, args, nargs, kwnames, "split", false)
}

pub(super) unsafe fn str_rsplit(
    s: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    split_common(s, args, nargs, kwnames, "rsplit", true)
}

/// `splitlines(keepends=False)`.
pub(super) unsafe fn str_splitlines(
    s: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    let mut out = [Value::NULL; 1];
    if bind_kw(
        &KwSpec {
            fname: "splitlines",
            names: &["keepends"],
            kwonly_from: 1,
            min: 0,
        },
        args,
        nargs,
        kwnames,
        &mut out,
    )
    .is_err()
    {
        return Value::NULL;
    }
    let keep = if out[0].is_null() {
        false
    } else {
        match int_flag(out[0]) {
            Ok(k) => k,
            Err(()) => return Value::NULL,
        }
    };
    str_list(&layout::splitlines(as_str(s), keep))
}

unsafe fn partition_common(s: Value, sep: Value, right: bool) -> Value {
    let Ok(sep_text) = str_arg(sep, "") else {
        return Value::NULL;
    };
    let text = as_str(s);
    let r = if right {
        search::rpartition(text, sep_text)
    } else {
        search::partition(text, sep_text)
    };
    match r {
        Ok((a, b, c)) => {
            let part = |t: &str| {
                if t.len() == text.len() {
                    same_or_new(s, t)
                } else {
                    new_str(t)
                }
            };
            let mid = if b.is_empty() {
                new_str("")
            } else if is_exact_str(sep) {
                new_ref(sep)
            } else {
                new_str(b)
            };
            crate::objects::tuple::tuple_pack_steal(&[part(a), mid, part(c)])
        }
        Err(e) => raise_alg(e),
    }
}

pub(super) unsafe fn str_partition(s: Value, sep: Value) -> Value {
    partition_common(s, sep, false)
}

pub(super) unsafe fn str_rpartition(s: Value, sep: Value) -> Value {
    partition_common(s, sep, true)
}

/// strip/lstrip/rstrip(chars=None, /).
unsafe fn strip_common(s: Value, args: &[Value], name: &str, which: u8) -> Value {
    if check_clinic(name, args.len(), 0, 1).is_err() {
        return Value::NULL;
    }
    let chars = match args.first() {
        None => None,
        Some(&c) if is_none(c) => None,
        Some(&c) if is_str(c) => Some(as_str(c)),
        Some(_) => return crate::type_error!("{name} arg must be None or str"),
    };
    let text = as_str(s);
    let r = match which {
        0 => search::strip(text, chars),
        1 => search::lstrip(text, chars),
        _ => search::rstrip(text, chars),
    };
    same_or_new(s, r)
}

pub(super) unsafe fn str_strip(s: Value, args: &[Value]) -> Value {
    strip_common(s, args, "strip", 0)
}

pub(super) unsafe fn str_lstrip(s: Value, args: &[Value]) -> Value {
    strip_common(s, args, "lstrip", 1)
}

pub(super) unsafe fn str_rstrip(s: Value, args: &[Value]) -> Value {
    strip_common(s, args, "rstrip", 2)
}

pub(super) unsafe fn str_removeprefix(s: Value, p: Value) -> Value {
    match str_arg(p, "removeprefix() argument ") {
        Ok(p) => same_or_new(s, search::removeprefix(as_str(s), p)),
        Err(()) => Value::NULL,
    }
}

pub(super) unsafe fn str_removesuffix(s: Value, p: Value) -> Value {
    match str_arg(p, "removesuffix() argument ") {
        Ok(p) => same_or_new(s, search::removesuffix(as_str(s), p)),
        Err(()) => Value::NULL,
    }
}
