//! `ast.dump(tree, indent=3)` for our tree: the text `python3 -m ast FILE`
//! prints (and, with attributes, `python3 -m ast -a FILE`).
//!
//! The tree is first turned into a generic [`Val`] (a node with its class
//! name and the fields `ast.dump` would show, a list, or an atom already in
//! `repr` form), then laid out by one function following `ast.dump`'s rules:
//! - fields in `_fields` order; an optional (`?`) field that is `None` is
//!   left out; attributes (`lineno`, `col_offset`, `end_lineno`,
//!   `end_col_offset`) follow the fields when requested;
//! - a node whose fields are all "simple" (atoms, empty lists, nodes without
//!   fields) and number at most three is printed on one line; anything else
//!   puts each field on its own line, indented three spaces per level;
//! - a non-empty list always spreads one element per line.

use super::*;
use crate::repr::{constant_repr, str_repr};

/// A value as `ast.dump` sees it.
enum Val {
    /// Already in `repr` form.
    Atom(String),
    List(Vec<Val>),
    Node {
        class: &'static str,
        fields: Vec<(&'static str, Val)>,
    },
    /// A singleton of a simple sum (`Load()`, `Add()`, `Eq()`, ...).
    Leaf(&'static str),
}

const INDENT: &str = "   ";

/// Lays out `v` at nesting `level`; returns the text and whether it is
/// "simple" in `ast.dump`'s sense.
fn format(v: &Val, level: usize, out: &mut String) -> bool {
    let level = level + 1;
    match v {
        Val::Atom(s) => {
            out.push_str(s);
            true
        }
        Val::Leaf(class) => {
            out.push_str(class);
            out.push_str("()");
            true
        }
        Val::List(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return true;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, level);
                format(item, level, out);
            }
            out.push(']');
            false
        }
        Val::Node { class, fields } => {
            let mut parts = Vec::with_capacity(fields.len());
            let mut all_simple = true;
            for (name, value) in fields {
                let mut text = String::new();
                text.push_str(name);
                text.push('=');
                all_simple &= format(value, level, &mut text);
                parts.push(text);
            }
            out.push_str(class);
            out.push('(');
            if all_simple && parts.len() <= 3 {
                out.push_str(&parts.join(", "));
                out.push(')');
                return parts.is_empty();
            }
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, level);
                out.push_str(part);
            }
            out.push(')');
            false
        }
    }
}

fn newline(out: &mut String, level: usize) {
    out.push('\n');
    for _ in 0..level {
        out.push_str(INDENT);
    }
}

/// `ast.dump(tree, indent=3, include_attributes=...)`, without a newline:
/// the text `python3 -m ast [-a]` prints. Empty for a tree CPython cannot
/// dump (see [`try_dump_mod`]).
pub fn dump_mod(m: &Mod, include_attributes: bool) -> String {
    try_dump_mod(m, include_attributes).unwrap_or_default()
}

/// Why `python3 -m ast` fails on a tree: it is nested deeper than CPython's
/// recursion limits allow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DumpError {
    /// Converting the tree to Python objects (`ast2obj`) went too deep.
    AstConstruction,
    /// `ast.dump`'s recursion hit the limit calling `repr` of a value.
    Repr,
    /// ... calling a Python object.
    Call,
    /// ... entering a Python frame.
    Frame,
}

impl DumpError {
    /// The last line CPython prints to stderr (after the traceback).
    pub fn message(self) -> &'static str {
        match self {
            DumpError::AstConstruction => {
                "RecursionError: maximum recursion depth exceeded during ast construction"
            }
            DumpError::Repr => {
                "RecursionError: maximum recursion depth exceeded while getting the repr of an object"
            }
            DumpError::Call => {
                "RecursionError: maximum recursion depth exceeded while calling a Python object"
            }
            DumpError::Frame => "RecursionError: maximum recursion depth exceeded",
        }
    }
}

/// `ast2obj`'s depth budget in `python3 -m ast`: a limit of 3000 (three
/// times the recursion limit) of which 21 are used by the frames already on
/// the stack; each node of a product or non-simple sum type costs one.
const AST_NODE_DEPTH_LIMIT: u32 = 3000 - 21;
/// Python's recursion limit and the frames on the stack when `ast.dump`
/// first calls `_format` under `python3 -m ast`.
const RECURSION_LIMIT: u32 = 1000;
const FRAMES_BEFORE_FORMAT: u32 = 7;

/// [`dump_mod`], or why CPython's `python3 -m ast` would fail instead
/// (deeply nested trees: both limits were measured on CPython 3.11).
pub fn try_dump_mod(m: &Mod, include_attributes: bool) -> Result<String, DumpError> {
    let conv = Conv::new(include_attributes);
    let v = conv.module(m);
    if conv.too_deep.get() || node_depth(&v) > AST_NODE_DEPTH_LIMIT {
        return Err(DumpError::AstConstruction);
    }
    check_frames(&v, FRAMES_BEFORE_FORMAT)?;
    Ok(render(v))
}

/// The deepest chain of counted nodes (`Node`s; simple-sum leaves are
/// shared singletons in CPython and cost nothing).
fn node_depth(v: &Val) -> u32 {
    // Iterative: the tree may be far deeper than the limit.
    let mut deepest = 0;
    let mut stack = vec![(v, 0u32)];
    while let Some((v, depth)) = stack.pop() {
        match v {
            Val::Atom(_) | Val::Leaf(_) => {}
            Val::List(items) => stack.extend(items.iter().map(|i| (i, depth))),
            Val::Node { fields, .. } => {
                deepest = deepest.max(depth + 1);
                stack.extend(fields.iter().map(|(_, f)| (f, depth + 1)));
            }
        }
    }
    deepest
}

/// Simulates `ast.dump`'s recursion in formatting order. Cost model
/// (calibrated on CPython 3.11 with chains of `BinOp`s, of `Attribute`s and
/// inside a list, each measured at the boundary): one frame per `_format`
/// call, two more per list element (the generator expression resumed from
/// C by `str.join`), and the `repr` of each atom. The first leaf over the
/// limit decides CPython's message: an atom whose `_format` frame is exactly
/// at the limit fails in `repr`; a leaf one frame beyond it fails "calling a
/// Python object"; deeper, a plain frame push fails first.
/// `depth` is the count in use before formatting `v`.
fn check_frames(v: &Val, depth: u32) -> Result<(), DumpError> {
    let f = depth + 1;
    let leaf = |extra: u32| {
        let need = f + extra;
        if need <= RECURSION_LIMIT {
            Ok(())
        } else if f >= RECURSION_LIMIT + 2 {
            Err(DumpError::Frame)
        } else if f == RECURSION_LIMIT + 1 {
            Err(DumpError::Call)
        } else {
            Err(DumpError::Repr)
        }
    };
    match v {
        Val::Atom(_) => leaf(1),
        Val::Leaf(_) => leaf(0),
        Val::List(items) if items.is_empty() => leaf(0),
        Val::Node { fields, .. } if fields.is_empty() => leaf(0),
        Val::List(items) => {
            if f > RECURSION_LIMIT {
                return Err(DumpError::Frame);
            }
            items.iter().try_for_each(|item| check_frames(item, f + 2))
        }
        Val::Node { fields, .. } => {
            if f > RECURSION_LIMIT {
                return Err(DumpError::Frame);
            }
            fields.iter().try_for_each(|(_, v)| check_frames(v, f))
        }
    }
}

/// `ast.dump` of one statement node.
pub fn dump_stmt(s: &Stmt, include_attributes: bool) -> String {
    render(Conv::new(include_attributes).stmt(s))
}

/// `ast.dump` of one expression node.
pub fn dump_expr(e: &Expr, include_attributes: bool) -> String {
    render(Conv::new(include_attributes).expr(e))
}

fn render(v: Val) -> String {
    let mut out = String::new();
    format(&v, 0, &mut out);
    out
}

fn atom(s: impl Into<String>) -> Val {
    Val::Atom(s.into())
}

fn ident(s: &str) -> Val {
    Val::Atom(str_repr(s))
}

fn int(i: impl std::fmt::Display) -> Val {
    Val::Atom(i.to_string())
}

fn leaf(class: &'static str) -> Val {
    Val::Leaf(class)
}

/// Builds the fields of one node.
struct Fields(Vec<(&'static str, Val)>);

impl Fields {
    fn new() -> Self {
        Fields(Vec::new())
    }
    fn f(mut self, name: &'static str, v: Val) -> Self {
        self.0.push((name, v));
        self
    }
    /// An optional field: left out when `None`.
    fn opt(mut self, name: &'static str, v: Option<Val>) -> Self {
        if let Some(v) = v {
            self.0.push((name, v));
        }
        self
    }
}

/// Tree-to-[`Val`] conversion; `attrs` adds the position attributes.
struct Conv {
    attrs: bool,
    /// Current expression nesting, and whether it ever passed
    /// `AST_NODE_DEPTH_LIMIT` (then the conversion stops descending, so a
    /// tree millions of levels deep cannot overflow the stack; such a tree
    /// is reported as too deep before anything is rendered).
    depth: std::cell::Cell<u32>,
    too_deep: std::cell::Cell<bool>,
}

impl Conv {
    fn new(attrs: bool) -> Self {
        Conv {
            attrs,
            depth: std::cell::Cell::new(0),
            too_deep: std::cell::Cell::new(false),
        }
    }

    fn expr(&self, e: &Expr) -> Val {
        let depth = self.depth.get();
        if depth > AST_NODE_DEPTH_LIMIT {
            self.too_deep.set(true);
            return Val::Atom("...".to_string());
        }
        self.depth.set(depth + 1);
        let v = self.expr_node(e);
        self.depth.set(depth);
        v
    }

    fn node(&self, class: &'static str, fields: Fields, loc: Option<&Loc>) -> Val {
        let mut fields = fields.0;
        if let (true, Some(loc)) = (self.attrs, loc) {
            fields.push(("lineno", int(loc.lineno)));
            fields.push(("col_offset", int(loc.col_offset)));
            fields.push(("end_lineno", int(loc.end_lineno)));
            fields.push(("end_col_offset", int(loc.end_col_offset)));
        }
        Val::Node { class, fields }
    }

    fn module(&self, m: &Mod) -> Val {
        match m {
            Mod::Module { body, type_ignores } => {
                let ti = type_ignores
                    .iter()
                    .map(|t| {
                        let f = Fields::new()
                            .f("lineno", int(t.lineno))
                            .f("tag", atom(str_repr(&t.tag)));
                        self.node("TypeIgnore", f, None)
                    })
                    .collect();
                let f = Fields::new()
                    .f("body", self.stmts(body))
                    .f("type_ignores", Val::List(ti));
                self.node("Module", f, None)
            }
            Mod::Interactive { body } => self.node(
                "Interactive",
                Fields::new().f("body", self.stmts(body)),
                None,
            ),
            Mod::Expression { body } => {
                self.node("Expression", Fields::new().f("body", self.expr(body)), None)
            }
            Mod::FunctionType { argtypes, returns } => {
                let f = Fields::new()
                    .f("argtypes", self.exprs(argtypes))
                    .f("returns", self.expr(returns));
                self.node("FunctionType", f, None)
            }
        }
    }

    fn stmts(&self, v: &[Stmt]) -> Val {
        Val::List(v.iter().map(|s| self.stmt(s)).collect())
    }

    fn exprs(&self, v: &[Expr]) -> Val {
        Val::List(v.iter().map(|e| self.expr(e)).collect())
    }

    fn opt_expr(&self, e: &Option<Box<Expr>>) -> Option<Val> {
        e.as_deref().map(|e| self.expr(e))
    }

    fn idents(v: &[Ident]) -> Val {
        Val::List(v.iter().map(|s| ident(s)).collect())
    }

    fn type_comment(t: &Option<String>) -> Option<Val> {
        t.as_deref().map(ident)
    }

    fn stmt(&self, s: &Stmt) -> Val {
        let (class, f) = match &s.kind {
            StmtKind::FunctionDef(d) => ("FunctionDef", self.function_def(d)),
            StmtKind::AsyncFunctionDef(d) => ("AsyncFunctionDef", self.function_def(d)),
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => (
                "ClassDef",
                Fields::new()
                    .f("name", ident(name))
                    .f("bases", self.exprs(bases))
                    .f("keywords", self.keywords(keywords))
                    .f("body", self.stmts(body))
                    .f("decorator_list", self.exprs(decorator_list)),
            ),
            StmtKind::Return { value } => {
                ("Return", Fields::new().opt("value", self.opt_expr(value)))
            }
            StmtKind::Delete { targets } => {
                ("Delete", Fields::new().f("targets", self.exprs(targets)))
            }
            StmtKind::Assign {
                targets,
                value,
                type_comment,
            } => (
                "Assign",
                Fields::new()
                    .f("targets", self.exprs(targets))
                    .f("value", self.expr(value))
                    .opt("type_comment", Self::type_comment(type_comment)),
            ),
            StmtKind::AugAssign { target, op, value } => (
                "AugAssign",
                Fields::new()
                    .f("target", self.expr(target))
                    .f("op", leaf(operator_name(*op)))
                    .f("value", self.expr(value)),
            ),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => (
                "AnnAssign",
                Fields::new()
                    .f("target", self.expr(target))
                    .f("annotation", self.expr(annotation))
                    .opt("value", self.opt_expr(value))
                    .f("simple", int(u8::from(*simple))),
            ),
            StmtKind::For(d) => ("For", self.for_(d)),
            StmtKind::AsyncFor(d) => ("AsyncFor", self.for_(d)),
            StmtKind::While { test, body, orelse } => (
                "While",
                Fields::new()
                    .f("test", self.expr(test))
                    .f("body", self.stmts(body))
                    .f("orelse", self.stmts(orelse)),
            ),
            StmtKind::If { test, body, orelse } => (
                "If",
                Fields::new()
                    .f("test", self.expr(test))
                    .f("body", self.stmts(body))
                    .f("orelse", self.stmts(orelse)),
            ),
            StmtKind::With(d) => ("With", self.with(d)),
            StmtKind::AsyncWith(d) => ("AsyncWith", self.with(d)),
            StmtKind::Match { subject, cases } => (
                "Match",
                Fields::new().f("subject", self.expr(subject)).f(
                    "cases",
                    Val::List(cases.iter().map(|c| self.match_case(c)).collect()),
                ),
            ),
            StmtKind::Raise { exc, cause } => (
                "Raise",
                Fields::new()
                    .opt("exc", self.opt_expr(exc))
                    .opt("cause", self.opt_expr(cause)),
            ),
            StmtKind::Try(d) => ("Try", self.try_(d)),
            StmtKind::TryStar(d) => ("TryStar", self.try_(d)),
            StmtKind::Assert { test, msg } => (
                "Assert",
                Fields::new()
                    .f("test", self.expr(test))
                    .opt("msg", self.opt_expr(msg)),
            ),
            StmtKind::Import { names } => ("Import", Fields::new().f("names", self.aliases(names))),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => (
                "ImportFrom",
                Fields::new()
                    .opt("module", module.as_deref().map(ident))
                    .f("names", self.aliases(names))
                    .f("level", int(*level)),
            ),
            StmtKind::Global { names } => ("Global", Fields::new().f("names", Self::idents(names))),
            StmtKind::Nonlocal { names } => {
                ("Nonlocal", Fields::new().f("names", Self::idents(names)))
            }
            StmtKind::Expr { value } => ("Expr", Fields::new().f("value", self.expr(value))),
            StmtKind::Pass => ("Pass", Fields::new()),
            StmtKind::Break => ("Break", Fields::new()),
            StmtKind::Continue => ("Continue", Fields::new()),
        };
        self.node(class, f, Some(&s.loc))
    }

    fn function_def(&self, d: &FunctionDef) -> Fields {
        Fields::new()
            .f("name", ident(&d.name))
            .f("args", self.arguments(&d.args))
            .f("body", self.stmts(&d.body))
            .f("decorator_list", self.exprs(&d.decorator_list))
            .opt("returns", self.opt_expr(&d.returns))
            .opt("type_comment", Self::type_comment(&d.type_comment))
    }

    fn for_(&self, d: &For) -> Fields {
        Fields::new()
            .f("target", self.expr(&d.target))
            .f("iter", self.expr(&d.iter))
            .f("body", self.stmts(&d.body))
            .f("orelse", self.stmts(&d.orelse))
            .opt("type_comment", Self::type_comment(&d.type_comment))
    }

    fn with(&self, d: &With) -> Fields {
        let items = d
            .items
            .iter()
            .map(|w| {
                let f = Fields::new()
                    .f("context_expr", self.expr(&w.context_expr))
                    .opt("optional_vars", self.opt_expr(&w.optional_vars));
                self.node("withitem", f, None)
            })
            .collect();
        Fields::new()
            .f("items", Val::List(items))
            .f("body", self.stmts(&d.body))
            .opt("type_comment", Self::type_comment(&d.type_comment))
    }

    fn try_(&self, d: &Try) -> Fields {
        let handlers = d
            .handlers
            .iter()
            .map(|h| {
                let f = Fields::new()
                    .opt("type", self.opt_expr(&h.type_))
                    .opt("name", h.name.as_deref().map(ident))
                    .f("body", self.stmts(&h.body));
                self.node("ExceptHandler", f, Some(&h.loc))
            })
            .collect();
        Fields::new()
            .f("body", self.stmts(&d.body))
            .f("handlers", Val::List(handlers))
            .f("orelse", self.stmts(&d.orelse))
            .f("finalbody", self.stmts(&d.finalbody))
    }

    fn aliases(&self, names: &[Alias]) -> Val {
        Val::List(
            names
                .iter()
                .map(|a| {
                    let f = Fields::new()
                        .f("name", ident(&a.name))
                        .opt("asname", a.asname.as_deref().map(ident));
                    self.node("alias", f, Some(&a.loc))
                })
                .collect(),
        )
    }

    fn keywords(&self, kws: &[Keyword]) -> Val {
        Val::List(
            kws.iter()
                .map(|k| {
                    let f = Fields::new()
                        .opt("arg", k.arg.as_deref().map(ident))
                        .f("value", self.expr(&k.value));
                    self.node("keyword", f, Some(&k.loc))
                })
                .collect(),
        )
    }

    fn arg(&self, a: &Arg) -> Val {
        let f = Fields::new()
            .f("arg", ident(&a.arg))
            .opt("annotation", self.opt_expr(&a.annotation))
            .opt("type_comment", Self::type_comment(&a.type_comment));
        self.node("arg", f, Some(&a.loc))
    }

    fn arguments(&self, a: &Arguments) -> Val {
        let args = |v: &[Arg]| Val::List(v.iter().map(|a| self.arg(a)).collect());
        let kw_defaults = a
            .kw_defaults
            .iter()
            .map(|d| match d {
                Some(e) => self.expr(e),
                None => atom("None"),
            })
            .collect();
        let f = Fields::new()
            .f("posonlyargs", args(&a.posonlyargs))
            .f("args", args(&a.args))
            .opt("vararg", a.vararg.as_deref().map(|v| self.arg(v)))
            .f("kwonlyargs", args(&a.kwonlyargs))
            .f("kw_defaults", Val::List(kw_defaults))
            .opt("kwarg", a.kwarg.as_deref().map(|v| self.arg(v)))
            .f("defaults", self.exprs(&a.defaults));
        self.node("arguments", f, None)
    }

    fn comprehensions(&self, gens: &[Comprehension]) -> Val {
        Val::List(
            gens.iter()
                .map(|g| {
                    let f = Fields::new()
                        .f("target", self.expr(&g.target))
                        .f("iter", self.expr(&g.iter))
                        .f("ifs", self.exprs(&g.ifs))
                        .f("is_async", int(u8::from(g.is_async)));
                    self.node("comprehension", f, None)
                })
                .collect(),
        )
    }

    fn match_case(&self, c: &MatchCase) -> Val {
        let f = Fields::new()
            .f("pattern", self.pattern(&c.pattern))
            .opt("guard", self.opt_expr(&c.guard))
            .f("body", self.stmts(&c.body));
        self.node("match_case", f, None)
    }

    fn patterns(&self, v: &[Pattern]) -> Val {
        Val::List(v.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&self, p: &Pattern) -> Val {
        let (class, f) = match &p.kind {
            PatternKind::MatchValue { value } => {
                ("MatchValue", Fields::new().f("value", self.expr(value)))
            }
            PatternKind::MatchSingleton { value } => (
                "MatchSingleton",
                Fields::new().f("value", atom(constant_repr(value))),
            ),
            PatternKind::MatchSequence { patterns } => (
                "MatchSequence",
                Fields::new().f("patterns", self.patterns(patterns)),
            ),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => (
                "MatchMapping",
                Fields::new()
                    .f("keys", self.exprs(keys))
                    .f("patterns", self.patterns(patterns))
                    .opt("rest", rest.as_deref().map(ident)),
            ),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => (
                "MatchClass",
                Fields::new()
                    .f("cls", self.expr(cls))
                    .f("patterns", self.patterns(patterns))
                    .f("kwd_attrs", Self::idents(kwd_attrs))
                    .f("kwd_patterns", self.patterns(kwd_patterns)),
            ),
            PatternKind::MatchStar { name } => (
                "MatchStar",
                Fields::new().opt("name", name.as_deref().map(ident)),
            ),
            PatternKind::MatchAs { pattern, name } => (
                "MatchAs",
                Fields::new()
                    .opt("pattern", pattern.as_deref().map(|p| self.pattern(p)))
                    .opt("name", name.as_deref().map(ident)),
            ),
            PatternKind::MatchOr { patterns } => (
                "MatchOr",
                Fields::new().f("patterns", self.patterns(patterns)),
            ),
        };
        self.node(class, f, Some(&p.loc))
    }

    fn expr_node(&self, e: &Expr) -> Val {
        let (class, f) = match &e.kind {
            ExprKind::BoolOp { op, values } => (
                "BoolOp",
                Fields::new()
                    .f(
                        "op",
                        leaf(match op {
                            BoolOp::And => "And",
                            BoolOp::Or => "Or",
                        }),
                    )
                    .f("values", self.exprs(values)),
            ),
            ExprKind::NamedExpr { target, value } => (
                "NamedExpr",
                Fields::new()
                    .f("target", self.expr(target))
                    .f("value", self.expr(value)),
            ),
            ExprKind::BinOp { left, op, right } => (
                "BinOp",
                Fields::new()
                    .f("left", self.expr(left))
                    .f("op", leaf(operator_name(*op)))
                    .f("right", self.expr(right)),
            ),
            ExprKind::UnaryOp { op, operand } => (
                "UnaryOp",
                Fields::new()
                    .f(
                        "op",
                        leaf(match op {
                            UnaryOp::Invert => "Invert",
                            UnaryOp::Not => "Not",
                            UnaryOp::UAdd => "UAdd",
                            UnaryOp::USub => "USub",
                        }),
                    )
                    .f("operand", self.expr(operand)),
            ),
            ExprKind::Lambda { args, body } => (
                "Lambda",
                Fields::new()
                    .f("args", self.arguments(args))
                    .f("body", self.expr(body)),
            ),
            ExprKind::IfExp { test, body, orelse } => (
                "IfExp",
                Fields::new()
                    .f("test", self.expr(test))
                    .f("body", self.expr(body))
                    .f("orelse", self.expr(orelse)),
            ),
            ExprKind::Dict { keys, values } => {
                let keys = keys
                    .iter()
                    .map(|k| match k {
                        Some(k) => self.expr(k),
                        None => atom("None"),
                    })
                    .collect();
                (
                    "Dict",
                    Fields::new()
                        .f("keys", Val::List(keys))
                        .f("values", self.exprs(values)),
                )
            }
            ExprKind::Set { elts } => ("Set", Fields::new().f("elts", self.exprs(elts))),
            ExprKind::ListComp { elt, generators } => (
                "ListComp",
                Fields::new()
                    .f("elt", self.expr(elt))
                    .f("generators", self.comprehensions(generators)),
            ),
            ExprKind::SetComp { elt, generators } => (
                "SetComp",
                Fields::new()
                    .f("elt", self.expr(elt))
                    .f("generators", self.comprehensions(generators)),
            ),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                "DictComp",
                Fields::new()
                    .f("key", self.expr(key))
                    .f("value", self.expr(value))
                    .f("generators", self.comprehensions(generators)),
            ),
            ExprKind::GeneratorExp { elt, generators } => (
                "GeneratorExp",
                Fields::new()
                    .f("elt", self.expr(elt))
                    .f("generators", self.comprehensions(generators)),
            ),
            ExprKind::Await { value } => ("Await", Fields::new().f("value", self.expr(value))),
            ExprKind::Yield { value } => {
                ("Yield", Fields::new().opt("value", self.opt_expr(value)))
            }
            ExprKind::YieldFrom { value } => {
                ("YieldFrom", Fields::new().f("value", self.expr(value)))
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => (
                "Compare",
                Fields::new()
                    .f("left", self.expr(left))
                    .f(
                        "ops",
                        Val::List(ops.iter().map(|o| leaf(cmpop_name(*o))).collect()),
                    )
                    .f("comparators", self.exprs(comparators)),
            ),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => (
                "Call",
                Fields::new()
                    .f("func", self.expr(func))
                    .f("args", self.exprs(args))
                    .f("keywords", self.keywords(keywords)),
            ),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => (
                "FormattedValue",
                Fields::new()
                    .f("value", self.expr(value))
                    .f("conversion", int(*conversion))
                    .opt("format_spec", self.opt_expr(format_spec)),
            ),
            ExprKind::JoinedStr { values } => {
                ("JoinedStr", Fields::new().f("values", self.exprs(values)))
            }
            ExprKind::Constant { value, kind } => (
                "Constant",
                Fields::new()
                    .f("value", atom(constant_repr(value)))
                    .opt("kind", kind.as_deref().map(ident)),
            ),
            ExprKind::Attribute { value, attr, ctx } => (
                "Attribute",
                Fields::new()
                    .f("value", self.expr(value))
                    .f("attr", ident(attr))
                    .f("ctx", ctx_val(*ctx)),
            ),
            ExprKind::Subscript { value, slice, ctx } => (
                "Subscript",
                Fields::new()
                    .f("value", self.expr(value))
                    .f("slice", self.expr(slice))
                    .f("ctx", ctx_val(*ctx)),
            ),
            ExprKind::Starred { value, ctx } => (
                "Starred",
                Fields::new()
                    .f("value", self.expr(value))
                    .f("ctx", ctx_val(*ctx)),
            ),
            ExprKind::Name { id, ctx } => (
                "Name",
                Fields::new().f("id", ident(id)).f("ctx", ctx_val(*ctx)),
            ),
            ExprKind::List { elts, ctx } => (
                "List",
                Fields::new()
                    .f("elts", self.exprs(elts))
                    .f("ctx", ctx_val(*ctx)),
            ),
            ExprKind::Tuple { elts, ctx } => (
                "Tuple",
                Fields::new()
                    .f("elts", self.exprs(elts))
                    .f("ctx", ctx_val(*ctx)),
            ),
            ExprKind::Slice { lower, upper, step } => (
                "Slice",
                Fields::new()
                    .opt("lower", self.opt_expr(lower))
                    .opt("upper", self.opt_expr(upper))
                    .opt("step", self.opt_expr(step)),
            ),
        };
        self.node(class, f, Some(&e.loc))
    }
}

fn ctx_val(ctx: ExprContext) -> Val {
    leaf(match ctx {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    })
}

/// The `ast` class name of a binary operator.
pub fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

/// The `ast` class name of a comparison operator.
pub fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

#[cfg(test)]
mod tests;
