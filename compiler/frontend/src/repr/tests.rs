//! Unit tests for `repr`: every expected string was printed by CPython 3.11
//! (`repr(x)` for the value whose IEEE bits / text are given).

use super::*;
use num_bigint::BigInt;

#[test]
fn floats_match_cpython() {
    let cases: &[(u64, &str)] = &[
        (0x0000000000000000, "0.0"),
        (0x8000000000000000, "-0.0"),
        (0x3ff0000000000000, "1.0"),
        (0xbff0000000000000, "-1.0"),
        (0x3fb999999999999a, "0.1"),
        (0x3fe0000000000000, "0.5"),
        (0x4341c37937e08000, "1e+16"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3f202c9dedbc309d, "0.0001234"),
        (0x3ee9e0fcaf9380fc, "1.234e-05"),
        (0x437b69b4ba630f35, "1.2345678901234568e+17"),
        (0x3fd3333333333334, "0.30000000000000004"),
        (0x0000000000000001, "5e-324"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0x3e90c6f7a0b5ed8d, "2.5e-07"),
        (0x4480f0cf064dd592, "1e+22"),
        (0x40c81cd6c8b43958, "12345.678"),
        (0x400921fb54442d18, "3.141592653589793"),
        (0x3fd5555555555555, "0.3333333333333333"),
        (0x4340000000000000, "9007199254740992.0"),
        (0x43e0000000000000, "9.223372036854776e+18"),
        (0x54b249ad2594c37d, "1e+100"),
        (0xbde49da7e361ce4c, "-1.5e-10"),
        (0x7ff0000000000000, "inf"),
        (0xfff0000000000000, "-inf"),
        (0x7ff8000000000000, "nan"),
        (0x4059000000000000, "100.0"),
        (0x43118b54f22aeb03, "1234567890123456.8"),
        (0x3fd3333333333333, "0.3"),
        (0x4011666666666666, "4.35"),
        (0x0000000000000002, "1e-323"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x405ec00000000000, "123.0"),
        (0x4376345785d8a000, "1e+17"),
        (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
        // Two shortest candidates: Python takes the nearest (ties to even).
        (0x42ec2620141ff314, "247600580198296.62"),
        (0x43121a1ac72af87d, "1273812973436447.2"),
        (0xc3146fc389106e61, "-1438096285768600.2"),
        (0x3fc0000000000000, "0.125"),
        (0x00002e055c9a3f6c, "2.5e-310"),
    ];
    for &(bits, want) in cases {
        let x = f64::from_bits(bits);
        assert_eq!(float_repr(x), want, "bits {bits:#x}");
    }
}

#[test]
fn complexes_match_cpython() {
    let cases: &[(u64, u64, &str)] = &[
        (0x0000000000000000, 0x3ff0000000000000, "1j"),
        (0x8000000000000000, 0x3ff0000000000000, "(-0+1j)"),
        (0x3ff0000000000000, 0x8000000000000000, "(1-0j)"),
        (0x0000000000000000, 0x0000000000000000, "0j"),
        (0x0000000000000000, 0x8000000000000000, "-0j"),
        (0x3ff0000000000000, 0x7ff8000000000000, "(1+nanj)"),
        (0x7ff0000000000000, 0xfff0000000000000, "(inf-infj)"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, "(1e+16+1e-05j)"),
        (0x8000000000000000, 0x8000000000000000, "(-0-0j)"),
        (0x0000000000000000, 0x7e41eb2d66005835, "1.5e+300j"),
        (0x0000000000000000, 0x7ff8000000000000, "nanj"),
        (0x4004000000000000, 0x400a000000000000, "(2.5+3.25j)"),
        (0x0000000000000000, 0x4341c37937e08000, "1e+16j"),
        (0x4059000000000000, 0xc059000000000000, "(100-100j)"),
        (0x7ff8000000000000, 0x3ff0000000000000, "(nan+1j)"),
    ];
    for &(re, im, want) in cases {
        let got = complex_repr(f64::from_bits(re), f64::from_bits(im));
        assert_eq!(got, want);
    }
}

#[test]
fn strs_match_cpython() {
    let cases: &[(&str, &str)] = &[
        ("", "''"),
        ("abc", "'abc'"),
        ("'", "\"'\""),
        ("\"", "'\"'"),
        ("'\"", "'\\'\"'"),
        ("it's", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'"),
        (
            "\u{0}\u{1}\u{1f}\u{7f}\u{80}\u{9f}\u{a0}\u{ad}\u{ff}",
            "'\\x00\\x01\\x1f\\x7f\\x80\\x9f\\xa0\\xad\u{ff}'",
        ),
        ("\u{9}\u{a}\u{d}\\", "'\\t\\n\\r\\\\'"),
        (
            "\u{e9}\u{65e5}\u{672c}\u{8a9e}",
            "'\u{e9}\u{65e5}\u{672c}\u{8a9e}'",
        ),
        (
            "\u{2028}\u{2029}\u{200b}\u{feff}",
            "'\\u2028\\u2029\\u200b\\ufeff'",
        ),
        (
            "\u{1f600}\u{e0001}\u{10ffff}\u{e0100}",
            "'\u{1f600}\\U000e0001\\U0010ffff\u{e0100}'",
        ),
        (
            "\u{378}\u{d7ff}\u{ffff}\u{e000}",
            "'\\u0378\\ud7ff\\uffff\\ue000'",
        ),
        (" \u{3000}\u{a0}", "' \\u3000\\xa0'"),
        ("a'b\"c\\", "'a\\'b\"c\\\\'"),
    ];
    for &(s, want) in cases {
        assert_eq!(str_repr(s), want);
    }
}

#[test]
fn bytes_match_cpython() {
    let cases: &[(&[u8], &str)] = &[
        (&[], "b''"),
        (&[97, 98, 99], "b'abc'"),
        (&[39], "b\"'\""),
        (&[34], "b'\"'"),
        (&[39, 34], "b'\\'\"'"),
        (&[0, 31, 127, 128, 255], "b'\\x00\\x1f\\x7f\\x80\\xff'"),
        (&[9, 10, 13, 92, 32, 126], "b'\\t\\n\\r\\\\ ~'"),
    ];
    for &(b, want) in cases {
        assert_eq!(bytes_repr(b), want);
    }
}

#[test]
fn constants_match_cpython() {
    let big: BigInt = "123456789012345678901234567890".parse().unwrap();
    let cases = [
        (Constant::None, "None"),
        (Constant::Bool(true), "True"),
        (Constant::Bool(false), "False"),
        (Constant::Ellipsis, "Ellipsis"),
        (Constant::Int(BigInt::from(-42)), "-42"),
        (Constant::Int(big), "123456789012345678901234567890"),
        (Constant::Tuple(vec![]), "()"),
        (Constant::Tuple(vec![Constant::Int(1.into())]), "(1,)"),
        (
            Constant::Tuple(vec![
                Constant::Int(1.into()),
                Constant::Str("a".into()),
                Constant::Tuple(vec![Constant::None]),
            ]),
            "(1, 'a', (None,))",
        ),
        (Constant::FrozenSet(vec![]), "frozenset()"),
        (
            Constant::FrozenSet(vec![Constant::Int(1.into()), Constant::Float(2.5)]),
            "frozenset({1, 2.5})",
        ),
    ];
    for (c, want) in cases {
        assert_eq!(constant_repr(&c), want);
    }
}

#[test]
fn printable_table_edges() {
    assert!(is_printable(' '));
    assert!(!is_printable('\u{0}'));
    assert!(!is_printable('\u{a0}'));
    assert!(is_printable('\u{a1}'));
    assert!(!is_printable('\u{10ffff}'));
    assert!(is_printable('\u{1f600}'));
}
