"""JSON text to Python values: JSONDecoder (with the hooks CPython
offers) and JSONDecodeError, whose message ends in
': line L column C (char N)'.

The scanner is a recursive descent over the text with an index; each
parse function takes the index of its first character and returns
(value, index after it). Only ASCII digits form numbers, as in CPython's
C scanner."""

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the document and the position of the
    error: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}
_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f",
                   "n": "\n", "r": "\r", "t": "\t"}


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


class _NoValue(Exception):
    """No JSON value starts at .pos (becomes 'Expecting value')."""

    def __init__(self, pos):
        self.pos = pos


def _scan_string(s, end, strict=True):
    """Parse the string whose opening quote is at end - 1; return (text,
    index after the closing quote)."""
    begin = end - 1
    chunks = []
    n = len(s)
    while True:
        # Copy the run of ordinary characters up to the next quote,
        # backslash or (when strict) control character.
        i = end
        while i < n:
            c = s[i]
            if c == '"' or c == "\\" or (c < " " and strict):
                break
            i += 1
        else:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if i > end:
            chunks.append(s[end:i])
        c = s[i]
        if c == '"':
            return "".join(chunks), i + 1
        if c != "\\":
            raise JSONDecodeError("Invalid control character at", s, i)
        if i + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[i + 1]
        if esc != "u":
            try:
                chunks.append(_SIMPLE_ESCAPES[esc])
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, i) from None
            end = i + 2
            continue
        code = _hex4(s, i + 2)
        end = i + 6
        if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", end):
            low = _hex4(s, end + 2)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                end += 6
        chunks.append(chr(code))


def _hex4(s, i):
    digits = s[i:i + 4]
    if len(digits) != 4 or any(c not in _HEX for c in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
    return int(digits, 16)


class JSONDecoder:
    """Decoder of JSON documents. object_hook / object_pairs_hook receive
    every decoded object (dict, or list of pairs); parse_float,
    parse_int and parse_constant convert number texts and
    NaN/Infinity/-Infinity; strict=False allows control characters in
    strings."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s, _w=None):
        """The Python value of the whole document s."""
        obj, end = self.raw_decode(s, idx=_skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, end index) of the JSON value starting at s[idx]."""
        if idx < 0:
            raise JSONDecodeError("Expecting value", s, idx)
        try:
            obj, end = self._value(s, idx)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None
        finally:
            self.memo.clear()
        return obj, end

    def _value(self, s, i):
        try:
            c = s[i]
        except IndexError:
            raise _NoValue(i) from None
        if c == '"':
            return _scan_string(s, i + 1, self.strict)
        if c == "{":
            return self._object(s, i + 1)
        if c == "[":
            return self._array(s, i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return self.parse_constant("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self.parse_constant("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self.parse_constant("-Infinity"), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        j = i
        if j < n and s[j] == "-":
            j += 1
        if j < n and s[j] == "0":
            j += 1
        elif j < n and s[j] in _DIGITS:
            while j < n and s[j] in _DIGITS:
                j += 1
        else:
            raise _NoValue(i)
        int_end = j
        if j + 1 < n and s[j] == "." and s[j + 1] in _DIGITS:
            j += 2
            while j < n and s[j] in _DIGITS:
                j += 1
        if j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "+-":
                k += 1
            if k < n and s[k] in _DIGITS:
                while k < n and s[k] in _DIGITS:
                    k += 1
                j = k
        if j == int_end:
            return self.parse_int(s[i:j]), j
        return self.parse_float(s[i:j]), j

    def _object(self, s, i):
        pairs = []
        i = _skip(s, i)
        if s[i:i + 1] != '"':
            if s[i:i + 1] == "}":
                return self._finish_object(pairs), i + 1
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
        memo = self.memo
        while True:
            key, i = _scan_string(s, i + 1, self.strict)
            key = memo.setdefault(key, key)
            i = _skip(s, i)
            if s[i:i + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            pairs.append((key, value))
            i = _skip(s, i)
            c = s[i:i + 1]
            if c == "}":
                return self._finish_object(pairs), i + 1
            if c != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)
            if s[i:i + 1] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        values = []
        i = _skip(s, i)
        if s[i:i + 1] == "]":
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            values.append(value)
            i = _skip(s, i)
            c = s[i:i + 1]
            if c == "]":
                return values, i + 1
            if c != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)
