//! Tracebacks: the `traceback` object chain recorded as an exception
//! propagates out of frames (newest frame last: `tb_next` points toward
//! where the exception was raised), and printing of uncaught exceptions in
//! CPython's format, including `__cause__` / `__context__` chains.
//!
//! Source lines for the report come from the registry of compiled sources
//! (`register_source`), falling back to reading the file.

use crate::errors::exceptions::{exc_obj, is_exception};
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::clear_slot;
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::frame::FrameObject;
use crate::objects::{code, int, singletons::none, str as pystr};
use crate::types::typeobject::*;
use std::collections::HashMap;

#[repr(C)]
pub struct TracebackObject {
    pub ob: Object,
    pub next: Value,
    pub frame: Value,
    pub lasti: i32,
    pub lineno: u32,
}

pub static TRACEBACK_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(tb_dealloc),
    tp_traverse: Some(tb_traverse),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    getsets: TB_GETSETS,
    ..TypeObject::new_static(
        "traceback",
        std::mem::size_of::<TracebackObject>(),
        TPFLAGS_HAVE_GC,
    )
});

/// Record that the current exception passes through frame `f` at
/// instruction `lasti`: prepend a traceback entry to its `__traceback__`.
pub fn add_traceback(f: *mut FrameObject, lasti: i32) {
    let e = crate::errors::current();
    if e.is_null() || !is_exception(e) {
        return;
    }
    // SAFETY: fresh object; e is an exception instance.
    unsafe {
        let o = alloc_object(TRACEBACK_TYPE.ptr(), std::mem::size_of::<TracebackObject>());
        if o.is_null() {
            return;
        }
        let tb = o as *mut TracebackObject;
        let eo = exc_obj(e);
        (*tb).next = std::mem::replace(&mut (*eo).traceback, Value::NULL);
        (*tb).frame = new_ref(Value::from_obj(f));
        (*tb).lasti = lasti;
        (*tb).lineno = code::data((*f).code).src.line_of(lasti.max(0) as usize);
        gc::track(o);
        (*eo).traceback = Value::from_obj(o);
    }
}

unsafe fn tb_dealloc(o: *mut Object) {
    gc::untrack(o);
    let tb = o as *mut TracebackObject;
    clear_slot(&mut (*tb).next);
    clear_slot(&mut (*tb).frame);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn tb_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let tb = o as *mut TracebackObject;
    let r = visit_value((*tb).next, visit, arg);
    if r != 0 {
        return r;
    }
    visit_value((*tb).frame, visit, arg)
}

unsafe fn get_next(v: Value) -> Value {
    let n = (*v.cast::<TracebackObject>()).next;
    if n.is_null() {
        none()
    } else {
        new_ref(n)
    }
}
unsafe fn get_frame(v: Value) -> Value {
    new_ref((*v.cast::<TracebackObject>()).frame)
}
unsafe fn get_lineno(v: Value) -> Value {
    int::from_i64((*v.cast::<TracebackObject>()).lineno as i64)
}
unsafe fn get_lasti(v: Value) -> Value {
    int::from_i64((*v.cast::<TracebackObject>()).lasti as i64 * 2)
}

static TB_GETSETS: &[crate::call::descr::GetSetDef] = &[
    crate::call::descr::GetSetDef {
        name: "tb_next",
        get: get_next,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "tb_frame",
        get: get_frame,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "tb_lineno",
        get: get_lineno,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "tb_lasti",
        get: get_lasti,
        set: None,
        doc: "",
    },
];

struct Sources {
    map: Option<HashMap<String, Vec<String>>>,
}

static SOURCES: Static<Sources> = Static::new(Sources { map: None });

/// Remember the text of a compiled file so tracebacks can quote it.
pub fn register_source(filename: &str, source: &str) {
    // SAFETY: GIL held.
    unsafe {
        let s = SOURCES.ptr();
        let map = (*s).map.get_or_insert_with(HashMap::new);
        map.insert(
            filename.to_string(),
            source.lines().map(|l| l.to_string()).collect(),
        );
    }
}

/// Line `lineno` (1-based) of `filename`, if known.
pub fn source_line(filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    // SAFETY: GIL held.
    unsafe {
        let s = SOURCES.ptr();
        let map = (*s).map.get_or_insert_with(HashMap::new);
        if !map.contains_key(filename) {
            let text = std::fs::read(filename).ok()?;
            let text = String::from_utf8_lossy(&text).into_owned();
            map.insert(
                filename.to_string(),
                text.lines().map(|l| l.to_string()).collect(),
            );
        }
        map.get(filename)?.get(lineno as usize - 1).cloned()
    }
}

/// The `Traceback (most recent call last):` block for a traceback chain.
pub fn format_tb(tb: Value, out: &mut String) {
    let mut t = tb;
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0usize;
    while t.is_ptr() && type_of(t) == TRACEBACK_TYPE.ptr() {
        // SAFETY: t is a traceback.
        unsafe {
            let tbo = t.cast::<TracebackObject>();
            let f = (*tbo).frame.cast::<FrameObject>();
            let c = code::data((*f).code);
            let key = (c.src.filename.clone(), (*tbo).lineno, c.src.name.clone());
            if last.as_ref() == Some(&key) {
                repeat += 1;
            } else {
                flush_repeats(out, repeat);
                repeat = 0;
            }
            if repeat < 3 {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    key.0, key.1, key.2
                ));
                if let Some(line) = source_line(&key.0, key.1) {
                    let s = line.trim();
                    if !s.is_empty() {
                        out.push_str(&format!("    {s}\n"));
                        let loc = c.src.locations.get((*tbo).lasti.max(0) as usize).copied();
                        if let Some(loc) = loc.filter(|l| l.line == key.1) {
                            push_carets(out, &line, loc);
                        }
                    }
                }
            }
            last = Some(key);
            t = (*tbo).next;
        }
    }
    flush_repeats(out, repeat);
}

fn flush_repeats(out: &mut String, repeat: usize) {
    if repeat >= 3 {
        let n = repeat - 2;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// `Type: message` line of an exception (module-qualified unless the type
/// lives in `builtins` or `__main__`).
pub fn format_exception_only(e: Value) -> String {
    let ty = type_of(e);
    if let Some(block) = syntax_error_block(e) {
        return with_notes(e, block);
    }
    let module = crate::objects::object::type_module(ty);
    let q = crate::objects::object::type_qualname(ty);
    let name = if module == "builtins" || module == "__main__" {
        q
    } else {
        format!("{module}.{q}")
    };
    let s = crate::ops::protocol::str_of(e);
    let text = if s.is_null() {
        crate::errors::clear();
        "<exception str() failed>".to_string()
    } else {
        let t = pystr::as_str(s).to_string();
        decref(s);
        t
    };
    let mut line = if text.is_empty() {
        name
    } else {
        format!("{name}: {text}")
    };
    if let Some(hint) = crate::suggestions::suggestion_for(e) {
        line.push_str(". ");
        line.push_str(&hint);
    }
    with_notes(e, line)
}

/// `line` followed by the exception's `__notes__`, one per line.
fn with_notes(e: Value, mut line: String) -> String {
    // SAFETY: e is an exception instance.
    unsafe {
        let notes = (*exc_obj(e)).notes;
        if notes.is_ptr() && crate::objects::list::is_list(notes) {
            for &n in crate::objects::list::as_slice(notes) {
                let s = crate::ops::protocol::str_of(n);
                if s.is_null() {
                    crate::errors::clear();
                    continue;
                }
                line.push('\n');
                line.push_str(pystr::as_str(s));
                decref(s);
            }
        }
    }
    line
}

/// A SyntaxError instance printed as CPython prints it: `File "...",
/// line N`, the source line with a caret under the offending range, then
/// `Type: msg`. None when the instance lacks a usable `lineno` (then it
/// prints like any exception).
fn syntax_error_block(e: Value) -> Option<String> {
    use crate::errors::exceptions::SYNTAX_ERROR;
    let ty = type_of(e);
    if !is_subtype(ty, SYNTAX_ERROR.ptr()) {
        return None;
    }
    // SAFETY: e is an exception instance; its dict holds the fields.
    let attr = |name: &str| unsafe {
        let d = (*exc_obj(e)).dict;
        if d.is_null() {
            None
        } else {
            crate::objects::dict::get_str(d, name)
        }
    };
    let is_none = crate::objects::singletons::is_none;
    let lineno = int::as_i64(attr("lineno")?)?;
    let msg = attr("msg")?;
    let filename = match attr("filename") {
        Some(f) if pystr::is_str(f) => pystr::as_str(f).to_string(),
        _ => "<string>".to_string(),
    };
    let int_or = |v: Option<Value>, default: i64| match v {
        Some(x) if !is_none(x) => int::as_i64(x),
        _ => Some(default),
    };
    let offset = int_or(attr("offset"), -1)?;
    let (end_lineno, mut end_offset) = if ty == SYNTAX_ERROR.ptr() {
        (
            int_or(attr("end_lineno"), lineno)?,
            int_or(attr("end_offset"), -1)?,
        )
    } else {
        (-1, -1)
    };
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    if let Some(text) = attr("text").filter(|t| pystr::is_str(*t)) {
        let text = pystr::as_str(text);
        let size = text.chars().count() as i64;
        if end_lineno > lineno {
            end_offset = size;
        }
        if end_offset > size + 1 {
            end_offset = size + 1;
        }
        push_error_text(&mut out, offset, end_offset, text);
    }
    let name = {
        let module = crate::objects::object::type_module(ty);
        let q = crate::objects::object::type_qualname(ty);
        if module == "builtins" || module == "__main__" {
            q
        } else {
            format!("{module}.{q}")
        }
    };
    let m = crate::ops::protocol::str_of(msg);
    let text = if m.is_null() {
        crate::errors::clear();
        "<exception str() failed>".to_string()
    } else {
        let t = pystr::as_str(m).to_string();
        decref(m);
        t
    };
    if text.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {text}"));
    }
    Some(out)
}

/// The source line of a SyntaxError and its caret line (CPython's
/// `print_error_text`: leading blanks stripped, embedded newlines before
/// the offset skipped, carets from `offset` to `end_offset`, 1-based).
fn push_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset {
        (end_offset - offset) as usize
    } else {
        1
    };
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0usize;
    let mut off = offset - 1;
    while start < chars.len() && matches!(chars[start], ' ' | '\t' | '\x0c') {
        start += 1;
        off -= 1;
    }
    let mut rest: &[char] = &chars[start..];
    let mut len = rest.len() as i64;
    if rest.last() == Some(&'\n') {
        len -= 1;
    }
    if off > len {
        off = len;
    }
    while let Some(nl) = rest.iter().position(|&c| c == '\n') {
        let inl = nl as i64;
        if inl >= off {
            break;
        }
        rest = &rest[nl + 1..];
        len -= inl + 1;
        off -= inl + 1;
    }
    out.push_str("    ");
    let line: String = rest.iter().collect();
    out.push_str(&line);
    if rest.get(len.max(0) as usize) != Some(&'\n') {
        out.push('\n');
    }
    if off < 0 {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(off as usize));
    out.push_str(&"^".repeat(carets));
    out.push('\n');
}

/// Full report of exception `e` with its chain, as CPython prints an
/// uncaught exception (exception groups drawn as nested boxes).
pub fn format_exception(e: Value) -> String {
    let mut out = String::new();
    let mut ctx = PrintCtx {
        seen: Vec::new(),
        depth: 0,
        need_close: false,
    };
    format_chain(e, &mut out, &mut ctx, 0);
    out
}

/// Widest and deepest exception groups drawn in full.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

struct PrintCtx {
    seen: Vec<Value>,
    depth: usize,
    need_close: bool,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    /// Append `text` with every line prefixed by the group margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

fn group_members(e: Value) -> Option<Vec<Value>> {
    if !is_instance_of(e, crate::errors::exceptions::BASE_EXCEPTION_GROUP.ptr()) {
        return None;
    }
    // SAFETY: group layout: extra[1] is the exceptions tuple.
    let t = unsafe { (*exc_obj(e)).extra[1] };
    if t.is_ptr() && crate::objects::tuple::is_tuple(t) {
        Some(crate::objects::tuple::as_slice(t).to_vec())
    } else {
        Some(Vec::new())
    }
}

fn format_chain(e: Value, out: &mut String, ctx: &mut PrintCtx, chain_depth: usize) {
    ctx.seen.push(e);
    // SAFETY: e is an exception instance.
    unsafe {
        let eo = exc_obj(e);
        if chain_depth < 100 {
            let cause = (*eo).cause;
            let context = (*eo).context;
            if cause.is_ptr() && is_exception(cause) && !ctx.seen.contains(&cause) {
                format_chain(cause, out, ctx, chain_depth + 1);
                ctx.emit(
                    out,
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                    '|',
                );
            } else if (*eo).suppress_context == 0
                && context.is_ptr()
                && is_exception(context)
                && !ctx.seen.contains(&context)
            {
                format_chain(context, out, ctx, chain_depth + 1);
                ctx.emit(
                    out,
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                    '|',
                );
            }
        }
        let tb = (*eo).traceback;
        let Some(members) = group_members(e) else {
            if !tb.is_null() {
                let mut text = String::from("Traceback (most recent call last):\n");
                format_tb(tb, &mut text);
                ctx.emit(out, &text, '|');
            }
            ctx.emit(out, &format!("{}\n", format_exception_only(e)), '|');
            return;
        };
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(
                out,
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if !tb.is_null() {
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                if toplevel { '+' } else { '|' },
            );
            let mut text = String::new();
            format_tb(tb, &mut text);
            ctx.emit(out, &text, '|');
        }
        ctx.emit(out, &format!("{}\n", format_exception_only(e)), '|');
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, &m) in members.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&format!(
                "{}{}+---------------- {title} ----------------\n",
                ctx.indent(),
                if i == 0 { "+-" } else { "  " }
            ));
            ctx.depth += 1;
            if !truncated {
                if is_exception(m) {
                    format_chain(m, out, ctx, chain_depth + 1);
                }
            } else {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                ctx.emit(
                    out,
                    &format!(
                        "and {remaining} more exception{}\n",
                        if remaining > 1 { "s" } else { "" }
                    ),
                    '|',
                );
            }
            if last && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }
}

/// Character index of UTF-8 byte offset `b` in `line`.
fn char_offset(line: &str, b: usize) -> usize {
    let mut b = b.min(line.len());
    while b > 0 && !line.is_char_boundary(b) {
        b -= 1;
    }
    line[..b].chars().count()
}

/// CPython 3.11's position indicators under a quoted source line: `^`
/// under the failing expression unless it spans the whole line, with `~`
/// for the operands of a binary operation or subscript (and `^` under the
/// operator or the brackets).
pub fn push_carets(out: &mut String, line: &str, loc: pyc_frontend::bytecode::Location) {
    let start = char_offset(line, loc.col as usize);
    let leading = line.chars().take_while(|c| c.is_whitespace()).count();
    let stripped_len = line.trim().chars().count();
    let end = if loc.end_line == loc.line {
        char_offset(line, loc.end_col as usize)
    } else {
        leading + stripped_len
    };
    if end <= start {
        return;
    }
    let anchors = if loc.end_line == loc.line {
        let seg: String = line.chars().skip(start).take(end - start).collect();
        anchors_of(&seg)
    } else {
        None
    };
    if end - start >= stripped_len && anchors.is_none() {
        return;
    }
    let mut row = String::from("    ");
    row.extend(std::iter::repeat_n(' ', start.saturating_sub(leading)));
    for i in 0..end - start {
        let c = match anchors {
            Some((l, r)) if i >= l && i < r => '^',
            Some(_) => '~',
            None => '^',
        };
        row.push(c);
    }
    out.push_str(&row);
    out.push('\n');
}

/// `(left_end, right_start)` character offsets inside `seg` of the
/// operator of a binary operation or the brackets of a subscript.
fn anchors_of(seg: &str) -> Option<(usize, usize)> {
    use pyc_frontend::ast::{ExprKind, Mod, StmtKind};
    let m = pyc_frontend::parser::parse_module(seg).ok()?;
    let Mod::Module { body, .. } = m else {
        return None;
    };
    let first = body.first()?;
    let StmtKind::Expr { value } = &first.kind else {
        return None;
    };
    let bytes = seg.as_bytes();
    let ws = |b: u8| b == b' ' || b == b'\t' || b == b'\n' || b == b'\r' || b == b'\x0c';
    let (l, r) = match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (a, b) = (
                left.loc.end_col_offset as usize,
                right.loc.col_offset as usize,
            );
            let mut found = None;
            let mut i = a;
            while i < b && i < bytes.len() {
                if ws(bytes[i]) {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < b && !ws(bytes[i + 1]) {
                    r += 1;
                }
                if i + 1 < b && bytes[i] == b')' {
                    i += 1;
                    continue;
                }
                found = Some((i, r));
                break;
            }
            found?
        }
        ExprKind::Subscript { value, slice, .. } => {
            let n = bytes.len();
            let mut l = value.loc.end_col_offset as usize;
            let mut r = slice.loc.end_col_offset as usize + 1;
            while l < n && bytes[l] != b'[' {
                l += 1;
            }
            while r < n && bytes[r] != b']' {
                r += 1;
            }
            if r < n {
                r += 1;
            }
            (l, r)
        }
        _ => return None,
    };
    Some((char_offset(seg, l), char_offset(seg, r)))
}
