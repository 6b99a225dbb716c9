//! Unit tests for `ast::dump` on hand-built trees; expected texts were
//! printed by `python3 -m ast [-a]` (CPython 3.11) for the source in each
//! test's comment.

use super::*;

fn loc(lineno: u32, col_offset: u32, end_lineno: u32, end_col_offset: u32) -> Loc {
    Loc {
        lineno,
        col_offset,
        end_lineno,
        end_col_offset,
    }
}

fn expr(kind: ExprKind, l: Loc) -> Expr {
    Expr { kind, loc: l }
}

/// `x = 1`
fn assign_module() -> Mod {
    let target = expr(
        ExprKind::Name {
            id: "x".into(),
            ctx: ExprContext::Store,
        },
        loc(1, 0, 1, 1),
    );
    let value = expr(
        ExprKind::Constant {
            value: Constant::Int(1.into()),
            kind: None,
        },
        loc(1, 4, 1, 5),
    );
    Mod::Module {
        body: vec![Stmt {
            kind: StmtKind::Assign {
                targets: vec![target],
                value: Box::new(value),
                type_comment: None,
            },
            loc: loc(1, 0, 1, 5),
        }],
        type_ignores: vec![],
    }
}

#[test]
fn assign_without_attributes() {
    let want = "Module(
   body=[
      Assign(
         targets=[
            Name(id='x', ctx=Store())],
         value=Constant(value=1))],
   type_ignores=[])";
    assert_eq!(dump_mod(&assign_module(), false), want);
}

#[test]
fn assign_with_attributes() {
    let want = "Module(
   body=[
      Assign(
         targets=[
            Name(
               id='x',
               ctx=Store(),
               lineno=1,
               col_offset=0,
               end_lineno=1,
               end_col_offset=1)],
         value=Constant(
            value=1,
            lineno=1,
            col_offset=4,
            end_lineno=1,
            end_col_offset=5),
         lineno=1,
         col_offset=0,
         end_lineno=1,
         end_col_offset=5)],
   type_ignores=[])";
    assert_eq!(dump_mod(&assign_module(), true), want);
}

/// `global a, b` / `from . import (y as z)`
#[test]
fn identifier_lists_and_optional_fields() {
    let m = Mod::Module {
        body: vec![
            Stmt {
                kind: StmtKind::Global {
                    names: vec!["a".into(), "b".into()],
                },
                loc: loc(1, 0, 1, 11),
            },
            Stmt {
                kind: StmtKind::ImportFrom {
                    module: None,
                    names: vec![Alias {
                        name: "y".into(),
                        asname: Some("z".into()),
                        loc: loc(2, 15, 2, 21),
                    }],
                    level: 1,
                },
                loc: loc(2, 0, 2, 22),
            },
        ],
        type_ignores: vec![],
    };
    let want = "Module(
   body=[
      Global(
         names=[
            'a',
            'b']),
      ImportFrom(
         names=[
            alias(name='y', asname='z')],
         level=1)],
   type_ignores=[])";
    assert_eq!(dump_mod(&m, false), want);
}

/// `f"{x!r:>10}"` as an expression.
#[test]
fn formatted_value() {
    let l = loc(1, 0, 1, 12);
    let spec = expr(
        ExprKind::JoinedStr {
            values: vec![expr(
                ExprKind::Constant {
                    value: Constant::Str(">10".into()),
                    kind: None,
                },
                l,
            )],
        },
        l,
    );
    let fv = expr(
        ExprKind::FormattedValue {
            value: Box::new(expr(
                ExprKind::Name {
                    id: "x".into(),
                    ctx: ExprContext::Load,
                },
                loc(1, 3, 1, 4),
            )),
            conversion: 'r' as i32,
            format_spec: Some(Box::new(spec)),
        },
        l,
    );
    let js = expr(ExprKind::JoinedStr { values: vec![fv] }, l);
    let want = "JoinedStr(
   values=[
      FormattedValue(
         value=Name(id='x', ctx=Load()),
         conversion=114,
         format_spec=JoinedStr(
            values=[
               Constant(value='>10')]))])";
    assert_eq!(dump_expr(&js, false), want);
}

/// `x = 1+1+...+1` with `n` terms (a left-nested chain of `BinOp`s).
fn sum_chain(n: usize) -> Mod {
    let one = || {
        expr(
            ExprKind::Constant {
                value: Constant::Int(1.into()),
                kind: None,
            },
            loc(1, 0, 1, 1),
        )
    };
    let mut e = one();
    for _ in 1..n {
        e = expr(
            ExprKind::BinOp {
                left: Box::new(e),
                op: Operator::Add,
                right: Box::new(one()),
            },
            loc(1, 0, 1, 1),
        );
    }
    let target = expr(
        ExprKind::Name {
            id: "x".into(),
            ctx: ExprContext::Store,
        },
        loc(1, 0, 1, 1),
    );
    Mod::Module {
        body: vec![Stmt {
            kind: StmtKind::Assign {
                targets: vec![target],
                value: Box::new(e),
                type_comment: None,
            },
            loc: loc(1, 0, 1, 1),
        }],
        type_ignores: vec![],
    }
}

/// The limits of `python3 -m ast` on CPython 3.11 (measured with `x =
/// 1+1+...`): 986 terms dump; 987 fail in `repr`, 988 calling `type`, 989
/// to 2977 entering a frame; 2978 fail during ast construction.
#[test]
fn recursion_limits_match_cpython() {
    let run = || {
        let ok = |n: usize| try_dump_mod(&sum_chain(n), false).map(|_| ());
        assert_eq!(ok(986), Ok(()));
        assert_eq!(ok(987), Err(DumpError::Repr));
        assert_eq!(ok(988), Err(DumpError::Call));
        assert_eq!(ok(989), Err(DumpError::Frame));
        assert_eq!(ok(2977), Err(DumpError::Frame));
        assert_eq!(ok(2978), Err(DumpError::AstConstruction));
        assert_eq!(dump_mod(&sum_chain(3000), true), "");
    };
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run)
        .expect("spawn")
        .join()
        .expect("limits");
}

/// The same limits for other shapes, parsed from source (messages recorded
/// from `python3 -m ast` on CPython 3.11).
#[test]
fn recursion_limits_of_parsed_sources() {
    let run = || {
        let check = |src: String, want: Option<DumpError>| {
            let m = crate::parser::parse_module(&src).expect("parses");
            assert_eq!(try_dump_mod(&m, false).err(), want, "{}", &src[..20]);
        };
        let attrs = |k: usize| format!("a{}\n", ".b".repeat(k));
        check(attrs(985), None);
        check(attrs(986), Some(DumpError::Repr));
        check(attrs(987), Some(DumpError::Call));
        check(attrs(988), Some(DumpError::Frame));
        let in_list = |k: usize| format!("x = [{}]\n", vec!["1"; k].join("+"));
        check(in_list(982), None);
        check(in_list(983), Some(DumpError::Repr));
        check(in_list(984), Some(DumpError::Call));
        check(in_list(985), Some(DumpError::Frame));
        let in_def = |k: usize| format!("def f():\n    a{}\n", ".b".repeat(k));
        check(in_def(2975), Some(DumpError::Frame));
        check(in_def(2976), Some(DumpError::AstConstruction));
    };
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(run)
        .expect("spawn")
        .join()
        .expect("limits");
}
