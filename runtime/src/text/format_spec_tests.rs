//! Golden tests for the format-spec mini-language: `format(value, spec)`
//! results recorded from CPython 3.11 (golden/format.tsv).

use super::*;
use crate::num::int::DEFAULT_MAX_STR_DIGITS;
use crate::num::testutil::{run_golden, Val};

#[test]
fn golden_format() {
    run_golden(include_str!("golden/format.tsv"), |c| {
        if c.op == "cformat" {
            let spec = c.args[2].str();
            return Some(format_complex(c.args[0].float(), c.args[1].float(), &spec).map(Val::S));
        }
        let spec = c.args[1].str();
        Some(
            match &c.args[0] {
                Val::I(v) => format_int(v, &spec, "int", DEFAULT_MAX_STR_DIGITS),
                Val::F(x) => format_float(*x, &spec, "float"),
                Val::S(s) => format_str(s, &spec),
                _ => return None,
            }
            .map(Val::S),
        )
    });
}

#[test]
fn grouping_with_zero_padding() {
    assert_eq!(group_digits("1234", Some(','), 3, 9).unwrap(), "0,001,234");
    assert_eq!(group_digits("1234", Some(','), 3, 8).unwrap(), "0,001,234");
    assert_eq!(group_digits("1234", Some(','), 3, 6).unwrap(), "01,234");
    assert_eq!(group_digits("1234", Some(','), 3, 0).unwrap(), "1,234");
    assert_eq!(group_digits("12", None, 3, 5).unwrap(), "00012");
}

#[test]
fn huge_widths_fail_cleanly() {
    // CPython raises MemoryError for widths it cannot allocate.
    let e = format_str("a", "9223372036854775807").unwrap_err();
    assert_eq!(e.kind, crate::num::ExcKind::MemoryError);
    let e = format_int(&BigInt::from(1), "9223372036854775807", "int", 0).unwrap_err();
    assert_eq!(e.kind, crate::num::ExcKind::MemoryError);
    let e = format_float(1.0, "9223372036854775807", "float").unwrap_err();
    assert_eq!(e.kind, crate::num::ExcKind::MemoryError);
    let e = format_float(1.0, ".2147483648f", "float").unwrap_err();
    assert_eq!(e.msg, "precision too big");
}
