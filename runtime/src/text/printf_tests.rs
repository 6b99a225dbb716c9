//! Golden tests for `%`-formatting, recorded from CPython 3.11
//! (golden/printf.tsv), using a small stand-in value type.

use super::*;
use crate::num::int::DEFAULT_MAX_STR_DIGITS;
use crate::num::testutil::{run_golden, Val};
use crate::text::float_fmt::float_repr;
use crate::text::repr::str_repr;

fn py_repr(v: &Val) -> String {
    match v {
        Val::I(i) => i.to_string(),
        Val::F(x) => float_repr(*x),
        Val::S(s) => str_repr(s),
        Val::B(b) => if *b { "True" } else { "False" }.into(),
        Val::N => "None".into(),
        Val::L(items) => format!(
            "[{}]",
            items.iter().map(py_repr).collect::<Vec<_>>().join(", ")
        ),
        Val::D(items) => format!(
            "{{{}}}",
            items
                .iter()
                .map(|(k, v)| format!("{}: {}", str_repr(k), py_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => panic!("unsupported {other:?}"),
    }
}

impl PrintfValue for Val {
    type Error = AlgError;
    fn py_str(&self) -> Result<String, AlgError> {
        Ok(match self {
            Val::S(s) => s.clone(),
            other => py_repr(other),
        })
    }
    fn py_repr(&self) -> Result<String, AlgError> {
        Ok(py_repr(self))
    }
    fn type_name(&self) -> String {
        match self {
            Val::I(_) => "int",
            Val::F(_) => "float",
            Val::S(_) => "str",
            Val::B(_) => "bool",
            Val::N => "NoneType",
            Val::L(_) => "list",
            Val::D(_) => "dict",
            _ => "object",
        }
        .into()
    }
    fn as_exact_int(&self) -> Option<BigInt> {
        match self {
            Val::I(i) => Some(i.clone()),
            Val::B(b) => Some(BigInt::from(*b as u8)),
            _ => None,
        }
    }
    fn as_index(&self) -> Result<Option<BigInt>, AlgError> {
        Ok(self.as_exact_int())
    }
    fn as_int_number(&self) -> Result<Option<BigInt>, AlgError> {
        match self {
            Val::F(x) => crate::num::int::f64_to_int(*x).map(Some),
            other => Ok(other.as_exact_int()),
        }
    }
    fn as_float(&self) -> Result<Option<f64>, AlgError> {
        Ok(match self {
            Val::F(x) => Some(*x),
            Val::I(i) => Some(crate::num::int::int_to_f64(i)?),
            Val::B(b) => Some(*b as u8 as f64),
            _ => None,
        })
    }
    fn as_str(&self) -> Option<String> {
        match self {
            Val::S(s) => Some(s.clone()),
            _ => None,
        }
    }
}

#[test]
fn golden_printf() {
    run_golden(include_str!("golden/printf.tsv"), |c| {
        let fmt = c.args[0].str();
        let arg = &c.args[1];
        let r = match arg {
            Val::T(items) => printf_format(&fmt, PrintfArgs::Tuple(items), DEFAULT_MAX_STR_DIGITS),
            Val::D(items) => {
                let mut lookup = |k: &str| -> Result<Val, AlgError> {
                    items
                        .iter()
                        .find(|(key, _)| key == k)
                        .map(|(_, v)| v.clone())
                        .ok_or_else(|| AlgError::new(crate::num::ExcKind::KeyError, str_repr(k)))
                };
                printf_format(
                    &fmt,
                    PrintfArgs::Mapping(arg, &mut lookup),
                    DEFAULT_MAX_STR_DIGITS,
                )
            }
            Val::L(_) => {
                let mut lookup = |_: &str| -> Result<Val, AlgError> {
                    Err(AlgError::type_error(
                        "list indices must be integers or slices, not str",
                    ))
                };
                printf_format(
                    &fmt,
                    PrintfArgs::Mapping(arg, &mut lookup),
                    DEFAULT_MAX_STR_DIGITS,
                )
            }
            single => printf_format(&fmt, PrintfArgs::Single(single), DEFAULT_MAX_STR_DIGITS),
        };
        Some(r.map(Val::S))
    });
}
