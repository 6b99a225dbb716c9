"""Python values to JSON text: JSONEncoder and the string escapers.

iterencode() yields the document in chunks (one per token or string), so
json.dump can write a large document piece by piece; encode() joins them.
Containers being encoded are remembered by id() to detect cycles."""

__all__ = ["JSONEncoder"]

INFINITY = float("inf")

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), "\\u{0:04x}".format(_i))
del _i


def py_encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept."""
    if not any(c in _ESCAPES for c in s):
        return '"' + s + '"'
    return '"' + "".join(_ESCAPES.get(c, c) for c in s) + '"'


def _ascii_escape(c):
    e = _ESCAPES.get(c)
    if e is not None:
        return e
    n = ord(c)
    if " " <= c <= "~":
        return c
    if n < 0x10000:
        return "\\u{0:04x}".format(n)
    n -= 0x10000
    return "\\u{0:04x}\\u{1:04x}".format(0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF))


def py_encode_basestring_ascii(s):
    """s as a JSON string literal of ASCII characters only."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    return '"' + "".join(_ascii_escape(c) for c in s) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Encoder of Python values: dict, list, tuple, str, int, float, True,
    False and None (and their subclasses); other objects go through
    default(), which raises TypeError unless overridden."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, in chunks."""
        markers = {} if self.check_circular else None
        quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        # CPython's one-shot encoding without indent names no value in
        # its out-of-range float message; its chunked encoding does.
        terse = _one_shot and indent is None
        return _Writer(self, markers, quote, indent, terse).value(o, 0)


class _Writer:
    def __init__(self, enc, markers, quote, indent, terse):
        self.enc = enc
        self.markers = markers
        self.quote = quote
        self.indent = indent
        self.terse = terse

    def float_text(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            if self.terse:
                raise ValueError("Out of range float values are not JSON compliant")
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def value(self, o, level):
        if isinstance(o, str):
            yield self.quote(o)
        elif o is None:
            yield "null"
        elif o is True:
            yield "true"
        elif o is False:
            yield "false"
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield self.float_text(o)
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.obj(o, level)
        else:
            key = self.enter(o)
            yield from self.value(self.enc.default(o), level)
            self.leave(key)

    def enter(self, o):
        if self.markers is None:
            return None
        key = id(o)
        if key in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[key] = o
        return key

    def leave(self, key):
        if key is not None:
            del self.markers[key]

    def scalar(self, o):
        """The text of a str/None/bool/int/float, or None for others."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def array(self, lst, level):
        # Chunks: '[' (with the first indentation) joined to the first
        # scalar item; each later scalar joined to its separator;
        # containers after a chunk of their own separator.
        if not lst:
            yield "[]"
            return
        key = self.enter(lst)
        buf = "["
        if self.indent is not None:
            level += 1
            newline = "\n" + self.indent * level
            sep = self.enc.item_separator + newline
            buf += newline
        else:
            newline = None
            sep = self.enc.item_separator
        first = True
        for item in lst:
            if first:
                first = False
            else:
                buf = sep
            text = self.scalar(item)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.value(item, level)
        if newline is not None:
            level -= 1
            yield "\n" + self.indent * level
        yield "]"
        self.leave(key)

    def key_text(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.float_text(k)
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, int):
            return int.__repr__(k)
        if self.enc.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")

    def obj(self, dct, level):
        # Chunks: '{', the first indentation, then per item the separator,
        # the quoted key, the key separator and the value's chunks.
        if not dct:
            yield "{}"
            return
        key = self.enter(dct)
        yield "{"
        if self.indent is not None:
            level += 1
            newline = "\n" + self.indent * level
            sep = self.enc.item_separator + newline
            yield newline
        else:
            newline = None
            sep = self.enc.item_separator
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for k, v in items:
            text = self.key_text(k)
            if text is None:
                continue
            if first:
                first = False
            else:
                yield sep
            yield self.quote(text)
            yield self.enc.key_separator
            scalar = self.scalar(v)
            if scalar is not None:
                yield scalar
            else:
                yield from self.value(v, level)
        if newline is not None:
            level -= 1
            yield "\n" + self.indent * level
        yield "}"
        self.leave(key)
