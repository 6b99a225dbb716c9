"""Regular expressions with CPython's syntax, semantics and messages:
compile/match/search/fullmatch/findall/finditer/sub/subn/split/escape,
Pattern and Match objects and the flags (re.I, re.M, re.S, re.X, re.A).

Patterns are parsed by _parser into a tree and compiled by _engine into
backtracking matchers; bytes patterns and subjects are handled as
latin-1 text and converted back in results. Compiled patterns are
cached by (type, pattern, flags)."""

import sys as _sys

from . import _flags
from ._parser import error, parse
from ._engine import State, compile_tree, literal_prefix

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
           "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
           "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]


class RegexFlag(int):
    """An int of re flag bits that prints as re.NAME|re.NAME."""

    # In CPython's definition order, which is the order repr() lists them.
    _NAMES = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
              ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
              ("DEBUG", 128))

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name, bit in self._NAMES:
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    @property
    def name(self):
        for name, bit in self._NAMES:
            if int(self) == bit:
                return name
        return None

    @property
    def value(self):
        return int(self)


RegexFlag.__module__ = "re"
NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(_flags.TEMPLATE)
I = IGNORECASE = RegexFlag(_flags.IGNORECASE)
L = LOCALE = RegexFlag(_flags.LOCALE)
M = MULTILINE = RegexFlag(_flags.MULTILINE)
S = DOTALL = RegexFlag(_flags.DOTALL)
U = UNICODE = RegexFlag(_flags.UNICODE)
X = VERBOSE = RegexFlag(_flags.VERBOSE)
DEBUG = RegexFlag(_flags.DEBUG)
A = ASCII = RegexFlag(_flags.ASCII)


def _to_text(obj):
    """(text, is_bytes) for a str or bytes-like subject."""
    if isinstance(obj, str):
        return obj, False
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return bytes(obj).decode("latin-1"), True
    raise TypeError("expected string or bytes-like object, got '%s'" % type(obj).__name__)


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_matcher", "_bytes",
                 "_prefix", "_anchored", "__weakref__")

    def __init__(self, pattern, flags):
        self._bytes = isinstance(pattern, bytes)
        if self._bytes:
            if flags & _flags.UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
        elif flags & _flags.LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & _flags.ASCII and flags & _flags.UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        parsed = parse(pattern, flags)
        flags = parsed.flags
        if not self._bytes and not flags & _flags.ASCII:
            flags |= _flags.UNICODE
        self.pattern = pattern
        self.flags = flags
        self.groups = parsed.groups
        self.groupindex = dict(parsed.groupindex)
        engine_flags = flags | (_flags.ASCII if self._bytes else 0)
        self._matcher = compile_tree(parsed.tree, engine_flags)
        self._prefix = literal_prefix(parsed.tree, engine_flags)
        self._anchored = _starts_anchored(parsed.tree, engine_flags)

    def __repr__(self):
        flags = self.flags
        if not self._bytes:
            flags &= ~_flags.UNICODE
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _subject(self, string):
        text, is_bytes = _to_text(string)
        if is_bytes != self._bytes:
            if self._bytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return text

    def _run(self, text, string, pos, endpos, mode, forbid_empty_at=-1):
        """The first Match at or after pos (mode 'match' and 'fullmatch'
        only try pos), or None."""
        n = len(text)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        st = State(text, endpos, self.groups)
        found = []

        def finish(st, j):
            if mode == "fullmatch" and j != st.end:
                return False
            if j == forbid_empty_at and st.start == forbid_empty_at:
                return False
            found.append(j)
            return True

        if mode != "search":
            starts = [pos] if pos <= endpos else []
        elif self._anchored:
            starts = [pos] if pos == 0 and pos <= endpos else []
        else:
            starts = range(pos, endpos + 1)
        # Matching recurses once per repetition of a complex group, so
        # long subjects need a deeper Python stack than the default.
        limit = _sys.getrecursionlimit()
        need = 40 * (endpos - pos) + 3000
        if need > limit:
            _sys.setrecursionlimit(need)
        try:
            return self._scan(text, string, pos, endpos, starts, mode, st, found, finish)
        finally:
            if need > limit:
                _sys.setrecursionlimit(limit)

    def _scan(self, text, string, pos, endpos, starts, mode, st, found, finish):
        caps = st.caps
        matcher = self._matcher
        prefix = self._prefix if mode == "search" else ""
        if not starts:
            return None
        start = starts[0]
        last = starts[-1]
        while start <= last:
            if prefix:
                # Every match starts with the literal prefix: jump to it.
                start = text.find(prefix, start, endpos)
                if start < 0:
                    return None
            for k in range(len(caps)):
                caps[k] = -1
            st.start = start
            if matcher(st, start, finish):
                caps[0] = start
                caps[1] = found[0]
                return Match(self, string, text, pos, endpos, list(caps))
            start += 1
        return None

    def match(self, string, pos=0, endpos=None):
        return self._run(self._subject(string), string, pos, endpos, "match")

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(self._subject(string), string, pos, endpos, "fullmatch")

    def search(self, string, pos=0, endpos=None):
        return self._run(self._subject(string), string, pos, endpos, "search")

    def finditer(self, string, pos=0, endpos=None):
        text = self._subject(string)
        return self._iter(text, string, pos, endpos)

    def _iter(self, text, string, pos, endpos):
        n = len(text)
        if endpos is None or endpos > n:
            endpos = n
        forbid = -1
        while pos <= endpos:
            m = self._run(text, string, pos, endpos, "search", forbid)
            if m is None:
                return
            yield m
            start, end = m.span()
            pos = end
            forbid = end if start == end else -1

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                g = m.group(1)
                out.append(m._empty() if g is None else g)
            else:
                out.append(tuple(m._empty() if g is None else g for g in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        text = self._subject(string)
        pieces = []
        last = 0
        count = 0
        for m in self._iter(text, string, 0, None):
            if maxsplit and count >= maxsplit:
                break
            start, end = m.span()
            pieces.append(_back(text[last:start], self._bytes))
            pieces.extend(m.groups())
            last = end
            count += 1
        pieces.append(_back(text[last:], self._bytes))
        return pieces

    def subn(self, repl, string, count=0):
        text = self._subject(string)
        if callable(repl):
            expand = repl
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and isinstance(template[0], str):
                literal = _back(template[0], self._bytes)
                expand = lambda m: literal
            else:
                expand = lambda m: m._expand_parsed(template)
        out = []
        last = 0
        n = 0
        for m in self._iter(text, string, 0, None):
            if count and n >= count:
                break
            start, end = m.span()
            out.append(text[last:start])
            piece = expand(m)
            if piece is not None:
                if self._bytes:
                    piece = bytes(piece).decode("latin-1")
                elif not isinstance(piece, str):
                    raise TypeError("expected str instance, %s found" % type(piece).__name__)
                out.append(piece)
            last = end
            n += 1
        out.append(text[last:])
        return _back("".join(out), self._bytes), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)


Pattern.__module__ = "re"


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = pattern.finditer(string, pos, endpos)

    def search(self):
        return next(self._it, None)

    def match(self):
        return next(self._it, None)


def _back(text, as_bytes):
    return text.encode("latin-1") if as_bytes else text


def _starts_anchored(node, flags):
    """Whether every match must start at index 0 (\\A, or ^ without
    MULTILINE, first)."""
    kind = node[0]
    if kind == "at":
        return node[1] == "A" or (node[1] == "bol" and not flags & _flags.MULTILINE)
    if kind == "seq" and node[1]:
        return _starts_anchored(node[1][0], flags)
    if kind == "group":
        return _starts_anchored(node[2], flags)
    return False


class Match:
    """The result of a successful match."""

    __slots__ = ("re", "string", "_text", "pos", "endpos", "_caps")

    def __init__(self, pattern, string, text, pos, endpos, caps):
        self.re = pattern
        self.string = string
        self._text = text
        self.pos = pos
        self.endpos = endpos
        self._caps = caps

    def _empty(self):
        return b"" if self.re._bytes else ""

    def _index(self, group):
        if isinstance(group, str):
            if group in self.re.groupindex:
                return self.re.groupindex[group]
            raise IndexError("no such group")
        try:
            g = group.__index__()
        except (AttributeError, TypeError):
            raise IndexError("no such group") from None
        if 0 <= g <= self.re.groups:
            return g
        raise IndexError("no such group")

    def _get(self, g, default=None):
        a = self._caps[2 * g]
        b = self._caps[2 * g + 1]
        if a < 0 or b < 0:
            return default
        text = self._text[a:b]
        if self.re._bytes:
            return text.encode("latin-1")
        return text

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._caps[2 * self._index(group)]

    def end(self, group=0):
        return self._caps[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return self._caps[2 * g], self._caps[2 * g + 1]

    @property
    def regs(self):
        return tuple((self._caps[2 * g], self._caps[2 * g + 1])
                     for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        last = self._caps[-1]
        return None if last < 0 else last

    @property
    def lastgroup(self):
        last = self.lastindex
        if last is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == last:
                return name
        return None

    def expand(self, template):
        return self._expand_parsed(_compile_template(self.re, template))

    def _expand_parsed(self, parts):
        out = []
        for p in parts:
            if isinstance(p, str):
                out.append(p)
            else:
                a = self._caps[2 * p]
                b = self._caps[2 * p + 1]
                if a >= 0 and b >= 0:
                    out.append(self._text[a:b])
        text = "".join(out)
        return text.encode("latin-1") if self.re._bytes else text

    def __repr__(self):
        return "<re.Match object; span=%r, match=%s>" % (self.span(), repr(self.group())[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = "re"

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                     "v": "\v", "\\": "\\"}


def _compile_template(pattern, repl):
    """A replacement template as a list of text pieces and group numbers."""
    text, is_bytes = _to_text(repl)
    if is_bytes != pattern._bytes:
        raise TypeError("expected %s instance, %s found"
                        % ("a bytes-like object" if pattern._bytes else "str",
                           type(repl).__name__))
    parts = []
    literal = []
    i = 0
    n = len(text)

    def fail(msg, pos):
        return error(msg, repl, pos)

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise fail("bad escape (end of pattern)", start)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                raise fail("missing <", i)
            end = text.find(">", i + 1)
            if end < 0:
                raise fail("missing >, unterminated name", i + 1)
            name = text[i + 1:end]
            if not name:
                raise fail("missing group name", i + 1)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    raise fail("invalid group reference %d" % index, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = pattern.groupindex[name]
            else:
                raise fail("bad character in group name %r" % name, i + 1)
            i = end + 1
            parts.append("".join(literal))
            literal = []
            parts.append(index)
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and text[i] in "01234567":
                digits += text[i]
                i += 1
            literal.append(chr(int(digits, 8)))
        elif c in "123456789":
            digits = c
            if i < n and text[i] in "0123456789":
                if (c in "01234567" and text[i] in "01234567" and i + 1 < n
                        and text[i + 1] in "01234567"):
                    value = int(c + text[i:i + 2], 8)
                    if value > 0o377:
                        raise fail("octal escape value \\%s outside of range 0-0o377"
                                   % (c + text[i:i + 2]), start)
                    literal.append(chr(value))
                    i += 2
                    continue
                digits += text[i]
                i += 1
            index = int(digits)
            if index > pattern.groups:
                raise fail("invalid group reference %d" % index, start + 1)
            parts.append("".join(literal))
            literal = []
            parts.append(index)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise fail("bad escape \\" + c, start)
        else:
            literal.append("\\" + c)
    parts.append("".join(literal))
    return [p for p in parts if p != ""] or [""]


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL_CHARS = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """pattern with every regex-special character backslash-escaped."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in pattern)
    text = bytes(pattern).decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in text).encode("latin-1")
