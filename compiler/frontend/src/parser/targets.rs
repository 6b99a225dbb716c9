//! Assignment and deletion targets. Targets are parsed as expressions and
//! then converted: the context of every Name/Attribute/Subscript/Starred/
//! Tuple/List on the target path becomes Store or Del. Anything else is an
//! invalid target, reported with CPython's message ("cannot assign to X",
//! "cannot delete X") at the innermost offending node, found the way
//! CPython's `_PyPegen_get_invalid_target` finds it.

use super::core::{PErr, PResult, Parser};
use crate::ast::{Constant, Expr, ExprContext, ExprKind};
use crate::tokenizer::TokenKind as T;

/// What a target is for (CPython's TARGETS_TYPE).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetKind {
    Star,
    Del,
    For,
}

/// CPython's `_PyPegen_get_expr_name`: how messages name an expression.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Whether `e` can be the result of `bitwise_or` (no comparison, boolean
/// operator, `not`, conditional, lambda, walrus, star or yield on top).
pub(crate) fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        &e.kind,
        ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::UnaryOp {
                op: crate::ast::UnaryOp::Not,
                ..
            }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred { .. }
            | ExprKind::Yield { .. }
            | ExprKind::YieldFrom { .. }
    )
}

/// The innermost node of `e` that is not a valid target of `kind`.
pub(crate) fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        ExprKind::Starred { value, .. } => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if kind == TargetKind::For {
                if ops.first() == Some(&crate::ast::CmpOp::In) {
                    return invalid_target(left, kind);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Sets the context of a valid target tree (see `invalid_target`).
pub(crate) fn set_ctx(e: &mut Expr, new: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            set_ctx(value, new);
        }
        ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
            *ctx = new;
            for x in elts {
                set_ctx(x, new);
            }
        }
        _ => {}
    }
}

impl<'a> Parser<'a> {
    /// Converts `e` to a target of `kind`, or reports the invalid part.
    pub(crate) fn to_target(&self, mut e: Expr, kind: TargetKind) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&e, kind) {
            return Err(self.invalid_target_error(bad, kind));
        }
        let ctx = if kind == TargetKind::Del {
            ExprContext::Del
        } else {
            ExprContext::Store
        };
        set_ctx(&mut e, ctx);
        Ok(e)
    }

    pub(crate) fn invalid_target_error(&self, bad: &Expr, kind: TargetKind) -> PErr {
        let verb = if kind == TargetKind::Del {
            "delete"
        } else {
            "assign to"
        };
        self.error_at(&format!("cannot {verb} {}", expr_name(bad)), bad.loc)
    }

    /// `star_targets` as used after `for` (up to the `in`): elements are
    /// primaries or starred primaries; the result is in Store context.
    pub(crate) fn star_targets_until_in(&mut self) -> PResult<Expr> {
        let mark = self.pos;
        match self.star_targets_inner() {
            Ok(e) => {
                if let Some(bad) = invalid_target(&e, TargetKind::For) {
                    return Err(self.invalid_target_error(bad, TargetKind::For));
                }
                if self.at_kw(super::core::Kw::In) {
                    let mut e = e;
                    set_ctx(&mut e, ExprContext::Store);
                    return Ok(e);
                }
                self.for_target_error(mark)
            }
            Err(PErr::Fail) => self.for_target_error(mark),
            Err(e) => Err(e),
        }
    }

    /// CPython's `invalid_for_target`: the target read as expressions.
    fn for_target_error(&mut self, mark: usize) -> PResult<Expr> {
        let saved = self.probe();
        self.pos = mark;
        let r = self.star_expressions();
        let err = match &r {
            Ok(e) => invalid_target(e, TargetKind::For)
                .map(|bad| self.invalid_target_error(bad, TargetKind::For)),
            Err(_) => None,
        };
        self.unprobe(saved);
        match (err, r) {
            (Some(err), _) => Err(err),
            (None, Err(e @ PErr::Error(_))) => Err(e),
            _ => Err(PErr::Fail),
        }
    }

    fn star_targets_inner(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.star_target()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !self.starts_star_expression() {
                break;
            }
            elts.push(self.star_target()?);
        }
        Ok(self.expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Store,
            },
            start,
        ))
    }

    fn star_target(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let start = self.bump();
            if self.at(T::Star) {
                return Err(PErr::Fail);
            }
            self.enter(1)?;
            let value = self.star_target();
            self.leave(1);
            let value = value?;
            return Ok(self.starred(value, start));
        }
        self.primary()
    }
}
