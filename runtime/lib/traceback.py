"""Extracting, formatting and printing stack traces and exceptions, in the
format CPython 3.11 uses (which is also how the runtime prints an uncaught
exception): `print_exc`, `format_exc`, `format_exception`,
`format_exception_only`, `extract_tb`/`extract_stack`, `format_tb`,
`format_stack`, `print_stack`, `FrameSummary`, `StackSummary` and
`TracebackException` (with exception chains and groups).

Entries built from traceback objects carry the caret row the runtime
computes for them (`_traceback.tb_entry`), so the text matches the
uncaught-exception report exactly."""

import sys
import _traceback

__all__ = ["extract_stack", "extract_tb", "format_exception",
           "format_exception_only", "format_list", "format_stack",
           "format_tb", "print_exc", "format_exc", "print_exception",
           "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]

# Entries repeated more than this many times in a row are summarised.
_REPEAT_SHOWN = 3

_CAUSE_MESSAGE = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_CONTEXT_MESSAGE = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


def _as_text(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return "<%s %s() failed>" % (what, func.__name__)


class FrameSummary:
    """One entry of a stack: file name, line number, function name, the
    source line (looked up lazily) and optionally the frame's locals."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals", "_carets")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._carets = ""
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            found = _traceback.source_line(self.filename, self.lineno)
            self._line = "" if found is None else found
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) from f outwards (default: the caller)."""
    if f is None:
        f = sys._getframe().f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback chain."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _effective_limit(limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _tb_entries(tb, limit):
    """Traceback entries, oldest first, cut to `limit` (from the oldest
    when positive, the newest when negative)."""
    entries = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    limit = _effective_limit(limit)
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return entries


class StackSummary(list):
    """A list of FrameSummary objects that formats like a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Summaries of (frame, lineno) pairs, as walk_stack/walk_tb give."""
        limit = _effective_limit(limit)
        pairs = list(frame_gen)
        if limit is not None:
            pairs = pairs[:limit] if limit >= 0 else pairs[limit:]
        result = klass()
        for f, lineno in pairs:
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def _from_tb(klass, tb, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for t in _tb_entries(tb, limit):
            filename, lineno, name, line, carets = _traceback.tb_entry(t)
            fs = FrameSummary(filename, lineno, name, lookup_line=False,
                              locals=t.tb_frame.f_locals if capture_locals else None,
                              line=line)
            fs._carets = carets
            result.append(fs)
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or 4-tuples."""
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: the File line, the source line, the
        caret row when known, and the captured locals."""
        parts = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            parts.append("    {}\n".format(line))
            parts.append(getattr(frame_summary, "_carets", ""))
        if frame_summary.locals:
            for key, value in sorted(frame_summary.locals.items()):
                parts.append("    {} = {}\n".format(key, value))
        return "".join(parts)

    def format(self):
        """One string per entry; runs of more than three identical
        entries end in a '[Previous line repeated N more times]' line."""
        out = []
        previous = None
        run = 0

        def flush():
            if run > _REPEAT_SHOWN:
                extra = run - _REPEAT_SHOWN
                out.append("  [Previous line repeated {} more time{}]\n".format(
                    extra, "s" if extra > 1 else ""))

        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key != previous:
                flush()
                previous = key
                run = 0
            run += 1
            if run <= _REPEAT_SHOWN:
                out.append(self.format_frame_summary(fs))
        flush()
        return out


def extract_tb(tb, limit=None):
    return StackSummary._from_tb(tb, limit=limit)


def extract_stack(f=None, limit=None):
    """The stack above f (default: the caller), oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


class _Margins:
    """Indentation state while formatting nested exception groups."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return " " * (2 * self.depth)

    def emit(self, texts, margin="|"):
        prefix = self.indent()
        if self.depth:
            prefix += margin + " "
        if isinstance(texts, str):
            texts = [texts]
        for text in texts:
            yield "".join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception captured for formatting later: its type, text, stack
    summary, notes, SyntaxError details, and the chained and grouped
    exceptions (as TracebackExceptions themselves)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._from_tb(exc_traceback, limit=limit,
                                           lookup_lines=lookup_lines,
                                           capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _as_text(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth, _seen=_seen)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if exc_value is None:
            return
        cause = exc_value.__cause__
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                **options)
        context = exc_value.__context__
        chained_by_cause = cause is not None or self.__suppress_context__
        if context is not None and id(context) not in _seen and not (compact and chained_by_cause):
            self.__context__ = TracebackException(type(context), context,
                                                  context.__traceback__, **options)
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, **options)
                for e in exc_value.exceptions
            ]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return None if self.exc_type is None else self.exc_type.__qualname__

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The 'Type: message' line (for SyntaxError, the location and
        source lines first), then one line per note."""
        if self.exc_type is None:
            yield self._final_line(None)
            return
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ("__main__", "builtins"):
            if not isinstance(module, str):
                module = "<unknown>"
            name = module + "." + name
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(name)
        else:
            yield self._final_line(name)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                yield "{}\n".format(_as_text(note, "note"))
        elif notes is not None:
            yield "{}\n".format(_as_text(notes, "__notes__", func=repr))

    def _final_line(self, name):
        if not self._str:
            return "%s\n" % (name,)
        return "%s: %s\n" % (name, self._str)

    def _syntax_error_lines(self, name):
        suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = " ({})".format(self.filename)
        text = self.text
        if text is not None:
            right = text.rstrip("\n")
            shown = right.lstrip(" \n\f")
            removed = len(right) - len(shown)
            yield "    {}\n".format(shown)
            if self.offset is not None:
                start = self.offset
                end = self.end_offset if self.end_offset not in (None, 0) else start
                if end == start or end == -1:
                    end = start + 1
                first = start - 1 - removed
                last = end - 1 - removed
                if first >= 0:
                    pad = "".join(c if c.isspace() else " " for c in shown[:first])
                    yield "    {}{}\n".format(pad, "^" * (last - first))
        yield "{}: {}{}\n".format(name, self.msg or "<no detail available>", suffix)

    def format(self, *, chain=True, _ctx=None):
        """The whole report, as a generator of strings."""
        if _ctx is None:
            _ctx = _Margins()
        # The chain, newest first, each with the message that links it to
        # the older exception it was chained to.
        links = []
        exc = self
        while exc is not None:
            if not chain:
                links.append((None, exc))
                break
            if exc.__cause__ is not None:
                links.append((_CAUSE_MESSAGE, exc))
                exc = exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                links.append((_CONTEXT_MESSAGE, exc))
                exc = exc.__context__
            else:
                links.append((None, exc))
                exc = None
        # Oldest first: each newer exception's link message comes between
        # the older report and its own.
        for message, exc in reversed(links):
            if message is not None:
                yield from _ctx.emit(message)
            yield from exc._format_one(chain, _ctx)

    def _format_one(self, chain, ctx):
        if self.exceptions is None:
            if self.stack:
                yield from ctx.emit("Traceback (most recent call last):\n")
                yield from ctx.emit(self.stack.format())
            yield from ctx.emit(list(self.format_exception_only()))
            return
        if ctx.depth > self.max_group_depth:
            yield from ctx.emit("... (max_group_depth is {})\n".format(self.max_group_depth))
            return
        toplevel = ctx.depth == 0
        if toplevel:
            ctx.depth += 1
        if self.stack:
            yield from ctx.emit("Exception Group Traceback (most recent call last):\n",
                                margin="+" if toplevel else "|")
            yield from ctx.emit(self.stack.format())
        yield from ctx.emit(list(self.format_exception_only()))
        count = len(self.exceptions)
        shown = count if count <= self.max_group_width else self.max_group_width + 1
        ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                ctx.need_close = True
            truncated = i >= self.max_group_width
            title = "..." if truncated else str(i + 1)
            yield "{}{}+---------------- {} ----------------\n".format(
                ctx.indent(), "+-" if i == 0 else "  ", title)
            ctx.depth += 1
            if truncated:
                rest = count - self.max_group_width
                yield from ctx.emit("and {} more exception{}\n".format(
                    rest, "s" if rest > 1 else ""))
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield "{}+------------------------------------\n".format(ctx.indent())
                ctx.need_close = False
            ctx.depth -= 1
        if toplevel:
            ctx.depth = 0


_MISSING = object()


def _exception_parts(exc, value, tb):
    """(type, value, traceback) from the one-argument or three-argument
    calling forms."""
    if (value is _MISSING) != (tb is _MISSING):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _MISSING:
        if isinstance(exc, BaseException):
            return type(exc), exc, exc.__traceback__
        if exc is None:
            return None, None, None
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return exc, value, tb


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    """The report for an exception as a list of strings (each ending in
    a newline; joined, they are what print_exception prints)."""
    etype, evalue, etb = _exception_parts(exc, value, tb)
    te = TracebackException(type(evalue), evalue, etb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_MISSING):
    """The final 'Type: message' lines of an exception's report."""
    if value is _MISSING:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None, chain=True):
    """Print an exception's report to file (default sys.stderr)."""
    etype, evalue, etb = _exception_parts(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(evalue), evalue, etb, limit=limit, compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report for the exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report for the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
