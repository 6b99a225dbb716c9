//! Golden tests for `str.format`, recorded from CPython 3.11
//! (golden/strformat.tsv). A stand-in argument type: dicts act as objects
//! whose attributes are their keys, lists are indexable.

use super::*;
use crate::num::error::ExcKind;
use crate::num::int::DEFAULT_MAX_STR_DIGITS;
use crate::num::testutil::{run_golden, Val};
use crate::text::format_spec::{format_float, format_int, format_str};
use crate::text::printf::PrintfValue;
use crate::text::repr::str_repr;

struct Args<'a> {
    pos: &'a [Val],
    kw: &'a [(String, Val)],
}

fn key_error(k: &str) -> AlgError {
    AlgError::new(ExcKind::KeyError, str_repr(k))
}

impl FormatArgs for Args<'_> {
    type Value = Val;
    type Error = AlgError;
    fn positional_count(&self) -> usize {
        self.pos.len()
    }
    fn positional(&mut self, i: usize) -> Result<Val, AlgError> {
        Ok(self.pos[i].clone())
    }
    fn keyword(&mut self, name: &str) -> Result<Val, AlgError> {
        self.kw
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| key_error(name))
    }
    fn getattr(&mut self, v: &Val, name: &str) -> Result<Val, AlgError> {
        self.getitem_str(v, name)
    }
    fn getitem_index(&mut self, v: &Val, i: usize) -> Result<Val, AlgError> {
        match v {
            Val::L(items) => items
                .get(i)
                .cloned()
                .ok_or_else(|| AlgError::index("list index out of range")),
            Val::D(_) => Err(AlgError::new(ExcKind::KeyError, i.to_string())),
            _ => Err(AlgError::type_error("not subscriptable")),
        }
    }
    fn getitem_str(&mut self, v: &Val, key: &str) -> Result<Val, AlgError> {
        match v {
            Val::D(items) => items
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| key_error(key)),
            _ => Err(AlgError::type_error("not subscriptable")),
        }
    }
    fn convert(&mut self, v: &Val, conversion: char) -> Result<Val, AlgError> {
        Ok(Val::S(match conversion {
            'r' => v.py_repr()?,
            's' => v.py_str()?,
            _ => v.py_ascii()?,
        }))
    }
    fn format(&mut self, v: &Val, spec: &str) -> Result<String, AlgError> {
        match v {
            Val::I(i) => format_int(i, spec, "int", DEFAULT_MAX_STR_DIGITS),
            Val::F(x) => format_float(*x, spec, "float"),
            Val::S(s) => format_str(s, spec),
            other if spec.is_empty() => other.py_str(),
            _ => Err(AlgError::type_error("unsupported format string")),
        }
    }
}

#[test]
fn golden_str_format() {
    run_golden(include_str!("golden/strformat.tsv"), |c| {
        let fmt = c.args[0].str();
        let pos = c.args[1].items();
        let kw = match &c.args[2] {
            Val::D(items) => items.clone(),
            _ => vec![],
        };
        let mut args = Args { pos: &pos, kw: &kw };
        Some(str_format(&fmt, &mut args).map(Val::S))
    });
}

#[test]
fn parse_pieces() {
    let p = parse_format_string("a{{b{0!r:>{1}}c").unwrap();
    assert_eq!(p.len(), 3);
    assert_eq!(p[0].literal, "a{");
    let f = p[1].field.as_ref().unwrap();
    assert_eq!(
        (f.name.as_str(), f.conversion, f.spec.as_str()),
        ("0", Some('r'), ">{1}")
    );
    assert!(f.spec_needs_expanding);
    assert_eq!(p[2].literal, "c");
    assert!(p[2].field.is_none());
}
