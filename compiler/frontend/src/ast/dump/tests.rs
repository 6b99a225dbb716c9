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
