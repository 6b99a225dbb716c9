//! Binding call arguments (`args[0..nargs]`, keyword values named by
//! `kwnames`) to a parameter list, with CPython's error messages for Python
//! functions:
//!
//! * `f() takes 2 positional arguments but 3 were given` (with the
//!   `from 1 to 3` and `(and 1 keyword-only argument)` variants),
//! * `f() missing 1 required positional argument: 'a'` (`'a' and 'b'`,
//!   `'a', 'b', and 'c'`), and the keyword-only form,
//! * `f() got an unexpected keyword argument 'x'`,
//! * `f() got multiple values for argument 'a'`,
//! * `f() got some positional-only arguments passed as keyword arguments: 'a'`.
//!
//! The binder fills `out[i]` with a *borrowed* value for every parameter
//! that received one and leaves null where the caller must apply a default.
//! `*args`/`**kwargs` collections are returned as new references.

use crate::object::Value;
use crate::objects::{dict, str as pystr, tuple};

/// A parameter list.
pub struct ArgSpec<'a> {
    /// Name used in messages (a qualified name for methods: `C.f`).
    pub fname: &'a str,
    /// Positional-only, then positional-or-keyword, then keyword-only names.
    pub params: &'a [&'a str],
    /// How many leading params are positional-only.
    pub posonly: usize,
    /// How many leading positional params are required (the rest have
    /// defaults).
    pub required: usize,
    /// How many trailing params are keyword-only.
    pub kwonly: usize,
    /// Accepts `*args`.
    pub varargs: bool,
    /// Accepts `**kwargs`.
    pub varkw: bool,
}

/// `*args` / `**kwargs` collected by `bind` (owned, null when the spec has
/// no such parameter).
pub struct Collected {
    pub varargs: Value,
    pub varkw: Value,
}

impl Drop for Collected {
    fn drop(&mut self) {
        crate::object::xdecref(self.varargs);
        crate::object::xdecref(self.varkw);
    }
}

impl Collected {
    /// Take ownership of the collections out of the guard.
    pub fn take(mut self) -> (Value, Value) {
        let r = (self.varargs, self.varkw);
        self.varargs = Value::NULL;
        self.varkw = Value::NULL;
        r
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
pub fn format_names(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Bind arguments. `out.len()` must be `params.len()`. `kwonly_required`
/// tells which keyword-only params lack a default (empty slice = none).
pub fn bind(
    spec: &ArgSpec,
    kwonly_required: &[bool],
    args: *const Value,
    nargs: usize,
    kwnames: Value,
    out: &mut [Value],
) -> Result<Collected, ()> {
    debug_assert_eq!(out.len(), spec.params.len());
    let npos = spec.params.len() - spec.kwonly;
    let mut col = Collected {
        varargs: Value::NULL,
        varkw: Value::NULL,
    };
    // SAFETY: args has nargs + len(kwnames) readable values.
    let positional = unsafe { crate::object::value::slice_from(args, nargs) };
    for (slot, &v) in out.iter_mut().zip(positional.iter().take(npos)) {
        *slot = v;
    }
    if spec.varargs {
        let extra = if nargs > npos {
            &positional[npos..]
        } else {
            &[][..]
        };
        col.varargs = tuple::tuple_pack(extra);
        if col.varargs.is_null() {
            return Err(());
        }
    }
    if spec.varkw {
        col.varkw = dict::dict_new();
        if col.varkw.is_null() {
            return Err(());
        }
    }
    let names: &[Value] = if kwnames.is_null() {
        &[]
    } else {
        tuple::as_slice(kwnames)
    };
    for (k, &name) in names.iter().enumerate() {
        // SAFETY: keyword values follow the positional ones.
        let value = unsafe { *args.add(nargs + k) };
        if !pystr::is_str(name) {
            crate::errors::raise_type_error("keywords must be strings");
            return Err(());
        }
        let text = pystr::as_str(name);
        match spec.params.iter().position(|p| *p == text) {
            Some(i) if i >= spec.posonly => {
                if !out[i].is_null() {
                    crate::type_error!(
                        "{}() got multiple values for argument '{}'",
                        spec.fname,
                        text
                    );
                    return Err(());
                }
                out[i] = value;
            }
            _ => {
                if spec.varkw {
                    if dict::set_item(col.varkw, name, value) < 0 {
                        return Err(());
                    }
                    continue;
                }
                let posonly_named: Vec<&str> = names
                    .iter()
                    .filter(|n| pystr::is_str(**n))
                    .map(|n| pystr::as_str(*n))
                    .filter(|n| spec.params[..spec.posonly].contains(n))
                    .collect();
                if !posonly_named.is_empty() {
                    crate::type_error!(
                        "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                        spec.fname,
                        posonly_named.join(", ")
                    );
                } else {
                    crate::type_error!(
                        "{}() got an unexpected keyword argument '{}'",
                        spec.fname,
                        text
                    );
                }
                return Err(());
            }
        }
    }
    if nargs > npos && !spec.varargs {
        let kwonly_given = out[npos..].iter().filter(|v| !v.is_null()).count();
        let (sig, pl) = if spec.required < npos {
            (format!("from {} to {}", spec.required, npos), "s")
        } else {
            (npos.to_string(), plural(npos))
        };
        let kw_sig = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                plural(nargs),
                kwonly_given,
                plural(kwonly_given)
            )
        } else {
            String::new()
        };
        crate::type_error!(
            "{}() takes {} positional argument{} but {}{} {} given",
            spec.fname,
            sig,
            pl,
            nargs,
            kw_sig,
            if nargs == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            }
        );
        return Err(());
    }
    let missing: Vec<&str> = (0..spec.required.min(npos))
        .filter(|&i| out[i].is_null())
        .map(|i| spec.params[i])
        .collect();
    if !missing.is_empty() {
        crate::type_error!(
            "{}() missing {} required positional argument{}: {}",
            spec.fname,
            missing.len(),
            plural(missing.len()),
            format_names(&missing)
        );
        return Err(());
    }
    let missing_kw: Vec<&str> = (npos..spec.params.len())
        .filter(|&i| out[i].is_null() && kwonly_required.get(i - npos).copied().unwrap_or(false))
        .map(|i| spec.params[i])
        .collect();
    if !missing_kw.is_empty() {
        crate::type_error!(
            "{}() missing {} required keyword-only argument{}: {}",
            spec.fname,
            missing_kw.len(),
            plural(missing_kw.len()),
            format_names(&missing_kw)
        );
        return Err(());
    }
    Ok(col)
}

/// `bind` for specs without `*args`/`**kwargs` and without required
/// keyword-only parameters (builtins).
/// `parse_args` with the messages of CPython's Argument Clinic parser
/// (used by builtins such as `pow` and `round`): `f() takes at most 3
/// arguments (4 given)`, `'x' is an invalid keyword argument for f()` and
/// `f() missing required argument 'a' (pos 1)`.
pub fn parse_args_clinic(
    spec: &ArgSpec,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
    out: &mut [Value],
) -> Result<(), ()> {
    let names: &[Value] = if kwnames.is_null() {
        &[]
    } else {
        tuple::as_slice(kwnames)
    };
    let maxargs = spec.params.len();
    let maxpos = maxargs - spec.kwonly;
    let total = nargs + names.len();
    if !spec.varargs && total > maxargs {
        crate::type_error!(
            "{}() takes at most {} {}argument{} ({} given)",
            spec.fname,
            maxargs,
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            total
        );
        return Err(());
    }
    if !spec.varargs && nargs > maxpos {
        crate::type_error!(
            "{}() takes {} {} positional argument{} ({} given)",
            spec.fname,
            if spec.required < maxpos {
                "at most"
            } else {
                "exactly"
            },
            maxpos,
            plural(maxpos),
            nargs
        );
        return Err(());
    }
    let minposonly = spec.posonly.min(spec.required);
    if nargs < minposonly {
        crate::type_error!(
            "{}() takes {} {} positional argument{} ({} given)",
            spec.fname,
            if minposonly < maxpos {
                "at least"
            } else {
                "exactly"
            },
            minposonly,
            plural(minposonly),
            nargs
        );
        return Err(());
    }
    for (i, &p) in spec.params.iter().enumerate().take(spec.required) {
        let by_name = names
            .iter()
            .any(|&n| pystr::is_str(n) && pystr::as_str(n) == p);
        if i >= nargs && !by_name {
            crate::type_error!(
                "{}() missing required argument '{}' (pos {})",
                spec.fname,
                p,
                i + 1
            );
            return Err(());
        }
    }
    if !spec.varkw {
        for &n in names {
            let text = if pystr::is_str(n) {
                pystr::as_str(n)
            } else {
                ""
            };
            if !spec.params[spec.posonly..].contains(&text) {
                crate::type_error!(
                    "'{}' is an invalid keyword argument for {}()",
                    text,
                    spec.fname
                );
                return Err(());
            }
        }
    }
    parse_args(spec, args, nargs, kwnames, out)
}

pub fn parse_args(
    spec: &ArgSpec,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
    out: &mut [Value],
) -> Result<(), ()> {
    let col = bind(spec, &[], args, nargs, kwnames, out)?;
    let (a, k) = col.take();
    crate::object::xdecref(a);
    crate::object::xdecref(k);
    Ok(())
}
