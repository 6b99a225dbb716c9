//! int tests: tagged/heap boundary, overflow into bigints and back,
//! Python division semantics, hashing equal to CPython, conversions.

use super::*;
use crate::object::{decref, value::SMALL_MAX, value::SMALL_MIN};
use crate::ops::number::{binary_op, unary_op};
use crate::testing::*;
use crate::types::slots::{BinOp, UnaryOp};

fn big(text: &str) -> Value {
    from_bigint(text.parse::<BigInt>().unwrap())
}

fn op(a: Value, b: Value, o: BinOp) -> String {
    let r = binary_op(a, b, o);
    decref(a);
    decref(b);
    repr_take(r)
}

#[test]
fn overflow_to_bigint_and_back() {
    run(|| {
        let max = i(SMALL_MAX);
        assert!(max.is_small());
        let one = i(1);
        let over = binary_op(max, one, BinOp::Add);
        assert!(over.is_ptr(), "2^62 must be a heap int");
        assert_eq!(repr_of(over), "4611686018427387904");
        let back = binary_op(over, one, BinOp::Sub);
        assert!(back.is_small(), "2^62 - 1 must be tagged again");
        assert_eq!(back.as_small(), SMALL_MAX);
        decref(over);
        let min = i(SMALL_MIN);
        assert!(min.is_small());
        let under = binary_op(min, one, BinOp::Sub);
        assert!(under.is_ptr());
        let neg = unary_op(min, UnaryOp::Neg);
        assert!(neg.is_ptr(), "-(-2^62) = 2^62 is heap");
        assert_eq!(repr_take(neg), "4611686018427387904");
        assert_eq!(repr_take(under), "-4611686018427387905");
        // i64::MAX is not small but round-trips.
        let m = from_i64(i64::MAX);
        assert!(m.is_ptr());
        assert_eq!(as_i64(m), Some(i64::MAX));
        assert_eq!(repr_take(m), "9223372036854775807");
    });
}

#[test]
fn products_and_powers() {
    run(|| {
        assert_eq!(
            op(i(3_000_000_000), i(3_000_000_000), BinOp::Mul),
            "9000000000000000000"
        );
        assert_eq!(
            op(i(1 << 40), i(1 << 40), BinOp::Mul),
            "1208925819614629174706176"
        );
        assert_eq!(
            op(i(2), i(100), BinOp::Pow),
            "1267650600228229401496703205376"
        );
        assert_eq!(op(i(-2), i(63), BinOp::Pow), "-9223372036854775808");
        assert_eq!(op(i(2), i(-2), BinOp::Pow), "0.25");
        assert_eq!(
            op(i(1), i(100), BinOp::LShift),
            "1267650600228229401496703205376"
        );
        assert_eq!(
            op(big("1267650600228229401496703205376"), i(99), BinOp::RShift),
            "2"
        );
        assert_eq!(op(i(-1), i(1000), BinOp::RShift), "-1");
        let b = big("1267650600228229401496703205376");
        let r = binary_op(b, i(0), BinOp::Mul);
        decref(b);
        assert!(r.is_small());
        assert_eq!(repr_take(r), "0");
    });
}

#[test]
fn division_semantics() {
    run(|| {
        assert_eq!(op(i(7), i(2), BinOp::FloorDiv), "3");
        assert_eq!(op(i(-7), i(2), BinOp::FloorDiv), "-4");
        assert_eq!(op(i(7), i(-2), BinOp::FloorDiv), "-4");
        assert_eq!(op(i(-7), i(2), BinOp::Mod), "1");
        assert_eq!(op(i(7), i(-2), BinOp::Mod), "-1");
        assert_eq!(op(i(7), i(2), BinOp::TrueDiv), "3.5");
        assert_eq!(op(i(1), i(3), BinOp::TrueDiv), "0.3333333333333333");
        assert_eq!(
            op(big("10000000000000000000000"), i(3), BinOp::TrueDiv),
            "3.3333333333333335e+21"
        );
        assert_eq!(
            op(
                big("-100000000000000000000000000000"),
                big("3"),
                BinOp::FloorDiv
            ),
            "-33333333333333333333333333334"
        );
        assert_eq!(
            repr_take(crate::ops::number::divmod(i(-7), i(2))),
            "(-4, 1)"
        );
        expect_err(
            binary_op(i(1), i(0), BinOp::TrueDiv),
            "ZeroDivisionError: division by zero",
        );
        expect_err(
            binary_op(i(1), i(0), BinOp::FloorDiv),
            "ZeroDivisionError: integer division or modulo by zero",
        );
        expect_err(
            binary_op(i(1), i(0), BinOp::Mod),
            "ZeroDivisionError: integer modulo by zero",
        );
        expect_err(
            binary_op(i(0), i(-1), BinOp::Pow),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        );
        expect_err(
            binary_op(i(1), i(-1), BinOp::LShift),
            "ValueError: negative shift count",
        );
    });
}

#[test]
fn three_argument_pow() {
    run(|| {
        let p = |a, b, m| repr_take(crate::ops::number::power(i(a), i(b), i(m)));
        assert_eq!(p(2, 10, 1000), "24");
        assert_eq!(p(3, -1, 7), "5");
        assert_eq!(p(2, 5, -7), "-3");
        expect_err(
            crate::ops::number::power(i(2), i(-1), i(4)),
            "ValueError: base is not invertible for the given modulus",
        );
        expect_err(
            crate::ops::number::power(i(2), i(3), i(0)),
            "ValueError: pow() 3rd argument cannot be 0",
        );
    });
}

#[test]
fn hashes_equal_cpython() {
    run(|| {
        let h = |v: Value| {
            let r = crate::ops::protocol::hash(v);
            decref(v);
            r
        };
        assert_eq!(h(i(-1)), -2);
        assert_eq!(h(i(12345)), 12345);
        assert_eq!(h(big("2305843009213693951")), 0);
        assert_eq!(h(big("2305843009213693952")), 1);
        assert_eq!(h(big("-2305843009213693952")), -2);
        assert_eq!(h(big("1267650600228229401496703205376")), 549755813888);
        assert_eq!(h(crate::objects::bool::true_value()), 1);
    });
}

#[test]
fn bitwise_and_bool() {
    run(|| {
        assert_eq!(op(i(-6), i(3), BinOp::And), "2");
        assert_eq!(
            op(big("-18446744073709551616"), i(-1), BinOp::Xor),
            "18446744073709551615"
        );
        let t = crate::objects::bool::true_value();
        let f = crate::objects::bool::false_value();
        assert_eq!(op(t, f, BinOp::Or), "True");
        assert_eq!(op(t, t, BinOp::Add), "2");
        assert_eq!(op(t, i(5), BinOp::And), "1");
        assert_eq!(repr_take(unary_op(i(5), UnaryOp::Invert)), "-6");
    });
}

#[test]
fn int_str_limit_and_parse() {
    run(|| {
        let huge = binary_op(i(10), i(5000), BinOp::Pow);
        expect_err(
            crate::ops::protocol::repr(huge),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        );
        decref(huge);
        assert_eq!(
            convert::parse_int(" -1_000 ", 10),
            Some(BigInt::from(-1000))
        );
        assert_eq!(convert::parse_int("0x_ff", 0), Some(BigInt::from(255)));
        assert_eq!(convert::parse_int("1__0", 10), None);
        assert_eq!(convert::parse_int("010", 0), None);
        assert_eq!(convert::parse_int("000", 0), Some(BigInt::from(0)));
        assert_eq!(convert::parse_int("_1", 10), None);
    });
}

#[test]
fn huge_results_raise_memory_error() {
    run(|| {
        expect_err(binary_op(i(1), i(1 << 40), BinOp::LShift), "MemoryError");
        expect_err(binary_op(i(3), i(1 << 40), BinOp::Pow), "MemoryError");
        expect_err(binary_op(i(1 << 20), i(1 << 30), BinOp::Pow), "MemoryError");
        let ok = binary_op(i(2), i(10_000), BinOp::Pow);
        assert!(ok.is_ptr());
        decref(ok);
    });
}
