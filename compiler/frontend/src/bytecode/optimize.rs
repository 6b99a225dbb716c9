//! AST constant folding, as CPython 3.11's AST optimizer (ast_opt.c) does
//! before the symbol table is built: unary and binary operators on
//! constants (with CPython's size limits), constant tuples, constant
//! subscripts, `not` of a single `in`/`is` comparison, literal lists and
//! sets iterated over (`for`, comprehensions, `in`) turned into tuples and
//! frozensets, and `__debug__` replaced by True.
//!
//! Invariant: folding never changes behaviour — any operation that could
//! raise (division by zero, overflow, unsupported types) or exceed the
//! size limits is left unfolded.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::ast::*;

const MAX_INT_BITS: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_DEPTH: u32 = crate::symtable::MAX_NESTING;

/// Returns a folded copy of `m`. With `future_annotations`, annotations
/// are left untouched (they become strings of their source).
pub fn optimize_mod(m: &Mod, future_annotations: bool) -> Mod {
    let mut m = m.clone();
    let mut f = Folder {
        depth: 0,
        skip_annotations: future_annotations,
    };
    match &mut m {
        Mod::Module { body, .. } | Mod::Interactive { body } => f.stmts(body),
        Mod::Expression { body } => f.expr(body),
        Mod::FunctionType { .. } => {}
    }
    m
}

struct Folder {
    depth: u32,
    skip_annotations: bool,
}

fn constant(e: &Expr) -> Option<&Constant> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(value),
        _ => None,
    }
}

fn make_const(e: &mut Expr, c: Constant) {
    e.kind = ExprKind::Constant {
        value: c,
        kind: None,
    };
}

impl Folder {
    fn stmts(&mut self, body: &mut [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn exprs(&mut self, es: &mut [Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn args(&mut self, a: &mut Arguments) {
        for arg in a
            .posonlyargs
            .iter_mut()
            .chain(a.args.iter_mut())
            .chain(a.vararg.as_deref_mut())
            .chain(a.kwonlyargs.iter_mut())
            .chain(a.kwarg.as_deref_mut())
        {
            if let Some(ann) = &mut arg.annotation {
                if !self.skip_annotations {
                    self.expr(ann);
                }
            }
        }
        self.exprs(&mut a.defaults);
        for d in a.kw_defaults.iter_mut().flatten() {
            self.expr(d);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return;
        }
        match &mut s.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.args(&mut f.args);
                self.stmts(&mut f.body);
                self.exprs(&mut f.decorator_list);
                if let Some(r) = &mut f.returns {
                    if !self.skip_annotations {
                        self.expr(r);
                    }
                }
            }
            StmtKind::ClassDef {
                bases,
                keywords,
                body,
                decorator_list,
                ..
            } => {
                self.exprs(bases);
                for k in keywords {
                    self.expr(&mut k.value);
                }
                self.stmts(body);
                self.exprs(decorator_list);
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target);
                if !self.skip_annotations {
                    self.expr(annotation);
                }
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.expr(&mut f.target);
                self.expr(&mut f.iter);
                fold_iter(&mut f.iter);
                self.stmts(&mut f.body);
                self.stmts(&mut f.orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                for item in &mut w.items {
                    self.expr(&mut item.context_expr);
                    if let Some(v) = &mut item.optional_vars {
                        self.expr(v);
                    }
                }
                self.stmts(&mut w.body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&mut c.pattern);
                    if let Some(g) = &mut c.guard {
                        self.expr(g);
                    }
                    self.stmts(&mut c.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.stmts(&mut t.body);
                for h in &mut t.handlers {
                    if let Some(ty) = &mut h.type_ {
                        self.expr(ty);
                    }
                    self.stmts(&mut h.body);
                }
                self.stmts(&mut t.orelse);
                self.stmts(&mut t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
        self.depth -= 1;
    }

    fn pattern(&mut self, p: &mut Pattern) {
        match &mut p.kind {
            PatternKind::MatchValue { value } => self.expr(value),
            PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q);
                }
            }
            PatternKind::MatchMapping { keys, patterns, .. } => {
                self.exprs(keys);
                for q in patterns {
                    self.pattern(q);
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                for q in patterns.iter_mut().chain(kwd_patterns.iter_mut()) {
                    self.pattern(q);
                }
            }
            PatternKind::MatchAs { pattern, .. } => {
                if let Some(q) = pattern {
                    self.pattern(q);
                }
            }
        }
    }

    fn comprehensions(&mut self, gens: &mut [Comprehension]) {
        for g in gens {
            self.expr(&mut g.target);
            self.expr(&mut g.iter);
            fold_iter(&mut g.iter);
            self.exprs(&mut g.ifs);
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return;
        }
        self.expr_inner(e);
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &mut Expr) {
        let folded: Option<Constant> = match &mut e.kind {
            ExprKind::BoolOp { values, .. } => {
                self.exprs(values);
                None
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(target);
                self.expr(value);
                None
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left);
                self.expr(right);
                if let (Operator::Mod, Some(Constant::Str(fmt)), ExprKind::Tuple { elts, .. }) =
                    (*op, constant(left), &right.kind)
                {
                    if !elts
                        .iter()
                        .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
                    {
                        if let Some(values) = percent_format(fmt, elts, e.loc) {
                            e.kind = ExprKind::JoinedStr { values };
                        }
                        return;
                    }
                }
                match (constant(left), constant(right)) {
                    (Some(a), Some(b)) => fold_binop(a, *op, b),
                    _ => None,
                }
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand);
                if let Some(c) = constant(operand) {
                    fold_unary(*op, c)
                } else {
                    if *op == UnaryOp::Not {
                        if let ExprKind::Compare {
                            left,
                            ops,
                            comparators,
                        } = &operand.kind
                        {
                            if ops.len() == 1 {
                                let neg = match ops[0] {
                                    CmpOp::In => Some(CmpOp::NotIn),
                                    CmpOp::NotIn => Some(CmpOp::In),
                                    CmpOp::Is => Some(CmpOp::IsNot),
                                    CmpOp::IsNot => Some(CmpOp::Is),
                                    _ => None,
                                };
                                if let Some(n) = neg {
                                    let new = ExprKind::Compare {
                                        left: left.clone(),
                                        ops: vec![n],
                                        comparators: comparators.clone(),
                                    };
                                    e.kind = new;
                                    return;
                                }
                            }
                        }
                    }
                    None
                }
            }
            ExprKind::Lambda { args, body } => {
                self.args(args);
                self.expr(body);
                None
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
                None
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter_mut().flatten() {
                    self.expr(k);
                }
                self.exprs(values);
                None
            }
            ExprKind::Set { elts } => {
                self.exprs(elts);
                None
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.comprehensions(generators);
                None
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key);
                self.expr(value);
                self.comprehensions(generators);
                None
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => {
                self.expr(value);
                None
            }
            ExprKind::Yield { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                None
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left);
                self.exprs(comparators);
                if let (Some(op), Some(last)) = (ops.last(), comparators.last_mut()) {
                    if matches!(op, CmpOp::In | CmpOp::NotIn) {
                        fold_iter(last);
                    }
                }
                None
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                self.exprs(args);
                for k in keywords {
                    self.expr(&mut k.value);
                }
                None
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                if let Some(f) = format_spec {
                    self.expr(f);
                }
                None
            }
            ExprKind::JoinedStr { values } => {
                self.exprs(values);
                None
            }
            ExprKind::Constant { .. } => None,
            ExprKind::Attribute { value, .. } => {
                self.expr(value);
                None
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.expr(value);
                self.expr(slice);
                if *ctx == ExprContext::Load {
                    match (constant(value), constant(slice)) {
                        (Some(a), Some(b)) => fold_subscript(a, b),
                        _ => None,
                    }
                } else {
                    None
                }
            }
            ExprKind::Starred { value, .. } => {
                self.expr(value);
                None
            }
            ExprKind::Name { id, ctx } => {
                if *ctx == ExprContext::Load && id == "__debug__" {
                    Some(Constant::Bool(true))
                } else {
                    None
                }
            }
            ExprKind::List { elts, .. } => {
                self.exprs(elts);
                None
            }
            ExprKind::Tuple { elts, ctx } => {
                self.exprs(elts);
                if *ctx == ExprContext::Load {
                    const_tuple(elts)
                } else {
                    None
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
                None
            }
        };
        if let Some(c) = folded {
            make_const(e, c);
        }
    }
}

/// CPython 3.11 rewrites `"..." % (a, b)` into an f-string when every
/// conversion is a plain `%s`, `%r` or `%a` (with at most a width and
/// precision) and the counts match. Returns the JoinedStr values.
fn percent_format(fmt: &str, elts: &[Expr], loc: Loc) -> Option<Vec<Expr>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pos = 0;
    let mut cnt = 0;
    let mut values = Vec::new();
    let lit = |s: String| Expr {
        kind: ExprKind::Constant {
            value: Constant::Str(s),
            kind: None,
        },
        loc,
    };
    loop {
        // Literal text up to the next lone '%'.
        let start = pos;
        let mut text = String::new();
        while pos < chars.len() {
            if chars[pos] != '%' {
                text.push(chars[pos]);
                pos += 1;
            } else if pos + 1 < chars.len() && chars[pos + 1] == '%' {
                text.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if pos > start {
            values.push(lit(text));
        }
        if pos >= chars.len() {
            break;
        }
        if cnt >= elts.len() {
            return None;
        }
        pos += 1;
        let arg = &elts[cnt];
        cnt += 1;
        values.push(simple_format(&chars, &mut pos, arg)?);
    }
    if cnt < elts.len() {
        return None;
    }
    Some(values)
}

/// One `%[flags][width][.prec](s|r|a)` unit as a FormattedValue.
fn simple_format(chars: &[char], pos: &mut usize, arg: &Expr) -> Option<Expr> {
    const MAXDIGITS: u32 = 3;
    let next = |p: &mut usize| -> Option<char> {
        let c = *chars.get(*p)?;
        *p += 1;
        Some(c)
    };
    let mut p = *pos;
    let mut ljust = false;
    let mut ch;
    loop {
        ch = next(&mut p)?;
        match ch {
            '-' => ljust = true,
            '+' | ' ' | '#' | '0' => {}
            _ => break,
        }
    }
    let mut width: i64 = -1;
    let mut prec: i64 = -1;
    if ch.is_ascii_digit() {
        width = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            width = width * 10 + (ch as i64 - '0' as i64);
            ch = next(&mut p)?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
    }
    if ch == '.' {
        ch = next(&mut p)?;
        prec = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            prec = prec * 10 + (ch as i64 - '0' as i64);
            ch = next(&mut p)?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
    }
    if !matches!(ch, 's' | 'r' | 'a') {
        return None;
    }
    *pos = p;
    let mut spec = String::new();
    if !ljust && width > 0 {
        spec.push('>');
    }
    if width >= 0 {
        spec.push_str(&width.to_string());
    }
    if prec >= 0 {
        spec.push_str(&format!(".{prec}"));
    }
    let format_spec = if spec.is_empty() {
        None
    } else {
        Some(Box::new(Expr {
            kind: ExprKind::Constant {
                value: Constant::Str(spec),
                kind: None,
            },
            loc: arg.loc,
        }))
    };
    Some(Expr {
        kind: ExprKind::FormattedValue {
            value: Box::new(arg.clone()),
            conversion: ch as i32,
            format_spec,
        },
        loc: arg.loc,
    })
}

fn const_tuple(elts: &[Expr]) -> Option<Constant> {
    let mut out = Vec::with_capacity(elts.len());
    for x in elts {
        out.push(constant(x)?.clone());
    }
    Some(Constant::Tuple(out))
}

/// A literal list iterated over becomes a tuple; an all-constant literal
/// set becomes a frozenset constant.
fn fold_iter(e: &mut Expr) {
    match &mut e.kind {
        ExprKind::List { elts, .. } => {
            if elts
                .iter()
                .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
            {
                return;
            }
            if let Some(c) = const_tuple(elts) {
                make_const(e, c);
            } else {
                let elts = std::mem::take(elts);
                e.kind = ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                };
            }
        }
        ExprKind::Set { elts } => {
            if let Some(Constant::Tuple(items)) = const_tuple(elts) {
                make_const(e, Constant::FrozenSet(items));
            }
        }
        _ => {}
    }
}

enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn num(c: &Constant) -> Option<Num> {
    match c {
        Constant::Bool(b) => Some(Num::Int(BigInt::from(*b as i32))),
        Constant::Int(i) => Some(Num::Int(i.clone())),
        Constant::Float(f) => Some(Num::Float(*f)),
        Constant::Complex { real, imag } => Some(Num::Complex(*real, *imag)),
        _ => None,
    }
}

fn int_to_f64(i: &BigInt) -> Option<f64> {
    let f = i.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

fn fold_unary(op: UnaryOp, c: &Constant) -> Option<Constant> {
    if op == UnaryOp::Not {
        return c.truthy_ast().map(|t| Constant::Bool(!t));
    }
    let n = num(c)?;
    Some(match (op, n) {
        (UnaryOp::USub, Num::Int(i)) => Constant::Int(-i),
        (UnaryOp::USub, Num::Float(f)) => Constant::Float(-f),
        (UnaryOp::USub, Num::Complex(r, i)) => Constant::Complex { real: -r, imag: -i },
        (UnaryOp::UAdd, Num::Int(i)) => Constant::Int(i),
        (UnaryOp::UAdd, Num::Float(f)) => Constant::Float(f),
        (UnaryOp::UAdd, Num::Complex(r, i)) => Constant::Complex { real: r, imag: i },
        (UnaryOp::Invert, Num::Int(i)) => Constant::Int(-(i + BigInt::from(1))),
        _ => return None,
    })
}

impl Constant {
    fn truthy_ast(&self) -> Option<bool> {
        Some(match self {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Ellipsis => true,
            Constant::Int(i) => !i.is_zero(),
            Constant::Float(f) => *f != 0.0,
            Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        })
    }
}

fn py_floordiv(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let (div, _) = py_divmod(a, b);
    Some(div)
}

fn py_mod(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    Some(py_divmod(a, b).1)
}

/// Python's float divmod.
fn py_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn seq_len(c: &Constant) -> Option<usize> {
    match c {
        Constant::Str(s) => Some(s.chars().count()),
        Constant::Bytes(b) => Some(b.len()),
        Constant::Tuple(t) => Some(t.len()),
        _ => None,
    }
}

fn repeat(c: &Constant, n: &BigInt) -> Option<Constant> {
    let size = seq_len(c)?;
    let n = if n.is_negative() { 0 } else { n.to_usize()? };
    let limit = if matches!(c, Constant::Tuple(_)) {
        MAX_COLLECTION_SIZE
    } else {
        MAX_STR_SIZE
    };
    if size > 0 && n > limit / size {
        return None;
    }
    Some(match c {
        Constant::Str(s) => Constant::Str(s.repeat(n)),
        Constant::Bytes(b) => Constant::Bytes(b.repeat(n)),
        Constant::Tuple(t) => {
            let mut out = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                out.extend(t.iter().cloned());
            }
            Constant::Tuple(out)
        }
        _ => return None,
    })
}

fn int_of(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Bool(b) => Some(BigInt::from(*b as i32)),
        Constant::Int(i) => Some(i.clone()),
        _ => None,
    }
}

fn fold_binop(a: &Constant, op: Operator, b: &Constant) -> Option<Constant> {
    // Sequences.
    match (a, op, b) {
        (Constant::Str(x), Operator::Add, Constant::Str(y)) => {
            return Some(Constant::Str(format!("{x}{y}")))
        }
        (Constant::Bytes(x), Operator::Add, Constant::Bytes(y)) => {
            let mut v = x.clone();
            v.extend(y);
            return Some(Constant::Bytes(v));
        }
        (Constant::Tuple(x), Operator::Add, Constant::Tuple(y)) => {
            let mut v = x.clone();
            v.extend(y.iter().cloned());
            return Some(Constant::Tuple(v));
        }
        (s, Operator::Mult, n) if seq_len(s).is_some() => return repeat(s, &int_of(n)?),
        (n, Operator::Mult, s) if seq_len(s).is_some() => return repeat(s, &int_of(n)?),
        _ => {}
    }
    if let (Constant::Bool(x), Constant::Bool(y)) = (a, b) {
        match op {
            Operator::BitAnd => return Some(Constant::Bool(*x & *y)),
            Operator::BitOr => return Some(Constant::Bool(*x | *y)),
            Operator::BitXor => return Some(Constant::Bool(*x ^ *y)),
            _ => {}
        }
    }
    let (x, y) = (num(a)?, num(b)?);
    match (x, y) {
        (Num::Int(x), Num::Int(y)) => fold_int(x, op, y),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let to_c = |c: &Constant| -> Option<(f64, f64)> {
                match num(c)? {
                    Num::Int(i) => Some((int_to_f64(&i)?, 0.0)),
                    Num::Float(f) => Some((f, 0.0)),
                    Num::Complex(r, i) => Some((r, i)),
                }
            };
            let (ar, ai) = to_c(a)?;
            let (br, bi) = to_c(b)?;
            let (r, i) = match op {
                Operator::Add => (ar + br, ai + bi),
                Operator::Sub => (ar - br, ai - bi),
                Operator::Mult => (ar * br - ai * bi, ar * bi + ai * br),
                _ => return None,
            };
            if !(r.is_finite() && i.is_finite())
                && ar.is_finite()
                && ai.is_finite()
                && br.is_finite()
                && bi.is_finite()
            {
                return None;
            }
            Some(Constant::Complex { real: r, imag: i })
        }
        (x, y) => {
            let f = |n: Num| -> Option<f64> {
                match n {
                    Num::Int(i) => int_to_f64(&i),
                    Num::Float(f) => Some(f),
                    Num::Complex(..) => None,
                }
            };
            let (x, y) = (f(x)?, f(y)?);
            let r = match op {
                Operator::Add => x + y,
                Operator::Sub => x - y,
                Operator::Mult => x * y,
                Operator::Div => {
                    if y == 0.0 {
                        return None;
                    }
                    x / y
                }
                Operator::FloorDiv => py_floordiv(x, y)?,
                Operator::Mod => py_mod(x, y)?,
                Operator::Pow => {
                    if x == 0.0 && y < 0.0 {
                        return None;
                    }
                    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                        return None;
                    }
                    let r = x.powf(y);
                    if !r.is_finite() && x.is_finite() && y.is_finite() {
                        return None;
                    }
                    r
                }
                _ => return None,
            };
            Some(Constant::Float(r))
        }
    }
}

fn fold_int(x: BigInt, op: Operator, y: BigInt) -> Option<Constant> {
    use num_integer::Integer;
    Some(Constant::Int(match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => {
            if !x.is_zero() && !y.is_zero() && bits(&x) + bits(&y) > MAX_INT_BITS {
                return None;
            }
            x * y
        }
        Operator::FloorDiv => {
            if y.is_zero() {
                return None;
            }
            x.div_floor(&y)
        }
        Operator::Mod => {
            if y.is_zero() {
                return None;
            }
            x.mod_floor(&y)
        }
        Operator::Div => {
            if y.is_zero() {
                return None;
            }
            let lim = BigInt::from(1u64 << 53);
            if x.abs() > lim || y.abs() > lim {
                return None;
            }
            return Some(Constant::Float(x.to_f64()? / y.to_f64()?));
        }
        Operator::Pow => {
            if y.is_negative() {
                if x.is_zero() {
                    return None;
                }
                let lim = BigInt::from(1u64 << 53);
                if x.abs() > lim || y.abs() > BigInt::from(1000) {
                    return None;
                }
                let r = x.to_f64()?.powi(y.to_i32()?);
                if !r.is_finite() || r == 0.0 {
                    return None;
                }
                // Only exact cases (powers of two) are safe from double rounding.
                let xa = x.abs();
                if (&xa & (&xa - 1u32)) != BigInt::zero() {
                    return None;
                }
                return Some(Constant::Float(r));
            }
            if !x.is_zero() && !y.is_zero() {
                let e = y.to_u64()?;
                if bits(&x).saturating_mul(e) > MAX_INT_BITS {
                    return None;
                }
            }
            num_traits::pow::pow(x, y.to_usize()?)
        }
        Operator::LShift => {
            if y.is_negative() {
                return None;
            }
            if !x.is_zero() && !y.is_zero() {
                let w = y.to_u64()?;
                if w > MAX_INT_BITS || bits(&x) > MAX_INT_BITS - w {
                    return None;
                }
            }
            x << y.to_usize()?
        }
        Operator::RShift => {
            if y.is_negative() {
                return None;
            }
            let s = y.to_usize().unwrap_or(usize::MAX).min(1 << 20);
            if x.is_negative() {
                // Floor semantics for negative numbers.
                let r: BigInt = x.clone() >> s;
                r
            } else {
                x >> s
            }
        }
        Operator::BitAnd => x & y,
        Operator::BitOr => x | y,
        Operator::BitXor => x ^ y,
        Operator::MatMult => return None,
    }))
}

fn fold_subscript(v: &Constant, k: &Constant) -> Option<Constant> {
    let idx = int_of(k)?;
    let norm = |len: usize| -> Option<usize> {
        let i = idx.to_i64()?;
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            None
        } else {
            Some(j as usize)
        }
    };
    match v {
        Constant::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            let i = norm(chars.len())?;
            Some(Constant::Str(chars[i].to_string()))
        }
        Constant::Bytes(b) => {
            let i = norm(b.len())?;
            Some(Constant::Int(BigInt::from(b[i])))
        }
        Constant::Tuple(t) => {
            let i = norm(t.len())?;
            Some(t[i].clone())
        }
        _ => None,
    }
}
