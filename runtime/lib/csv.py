"""CSV files: reader and writer objects driven by a Dialect (delimiter,
quotechar, escapechar, doublequote, skipinitialspace, lineterminator,
quoting, strict), the registered dialects excel / excel-tab / unix, and
DictReader / DictWriter, with CPython's parsing rules and messages.

The reader is a state machine over the characters of each input line;
a record may span lines when a quoted field contains newlines."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect", "DictReader", "DictWriter",
           "unix_dialect", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = "_csv"

_field_limit = 128 * 1024


def field_size_limit(*args):
    """Get, and optionally set, the largest field the parser accepts."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    """Formatting parameters of a CSV flavour (subclass and set the
    attributes, or pass them as keyword arguments to reader/writer)."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Params(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Params(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def _char_param(name, value, default, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Params:
    """A validated, read-only dialect (what reader.dialect returns)."""

    def __init__(self, dialect=None, **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        names = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                 "lineterminator", "quoting", "strict")
        defaults = {"delimiter": ",", "quotechar": '"', "escapechar": None, "doublequote": True,
                    "skipinitialspace": False, "lineterminator": "\r\n",
                    "quoting": QUOTE_MINIMAL, "strict": False}
        values = {}
        for n in names:
            if n in kw:
                values[n] = kw.pop(n)
            elif dialect is not None and getattr(dialect, n, None) is not None:
                values[n] = getattr(dialect, n)
            else:
                values[n] = defaults[n]
        if kw:
            name = next(iter(kw))
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        quoting = values["quoting"]
        if not isinstance(quoting, int) or quoting not in range(4):
            raise TypeError("bad \"quoting\" value")
        self.delimiter = _char_param("delimiter", values["delimiter"], ",", False)
        self.quotechar = _char_param("quotechar", values["quotechar"], '"', True)
        self.escapechar = _char_param("escapechar", values["escapechar"], None, True)
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        lt = values["lineterminator"]
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lt
        self.doublequote = bool(values["doublequote"])
        self.skipinitialspace = bool(values["skipinitialspace"])
        self.quoting = quoting
        self.strict = bool(values["strict"])


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class _Reader:
    def __init__(self, iterable, dialect, kw):
        self._it = iter(iterable)
        self.dialect = _Params(dialect, **kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    return self._fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be "
                            "opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._step(c)
            self._step(None)
            if self._state == _START_RECORD:
                return self._fields

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _end_field(self, c):
        """A line break (or the end of the line, c None) ends the field."""
        self._save_field()
        self._state = _START_RECORD if c is None else _EAT_CRNL

    def _step(self, c):
        """Feed one character (None: end of the input line)."""
        d = self.dialect
        state = self._state
        newline = c == "\n" or c == "\r"
        if state == _START_RECORD:
            if c is None:
                return
            if newline:
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if newline or c is None:
                self._end_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if newline:
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add("\n" if c is None else c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is None:
                return
            state = self._state = _IN_FIELD
        if state == _IN_FIELD:
            if newline or c is None:
                self._end_field(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
            return
        if state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is None else c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif newline or c is None:
                self._end_field(c)
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
            return
        if state == _EAT_CRNL:
            if newline:
                return
            if c is None:
                self._state = _START_RECORD
                return
            raise Error("new-line character seen in unquoted field - do you need to open the "
                        "file in universal-newline mode?")


def reader(csvfile, dialect="excel", **fmtparams):
    """An iterator of the records (lists of str) in the lines of csvfile."""
    return _Reader(csvfile, dialect, fmtparams)


class _Writer:
    def __init__(self, fileobj, dialect, kw):
        if not hasattr(fileobj, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = _Params(dialect, **kw)

    def _quote(self, field, quoted, only_field):
        """field escaped and quoted as the dialect requires: the
        delimiter and line-terminator characters force quotes; the
        escape character (and the quote character without doublequote)
        are escaped instead."""
        d = self.dialect
        if d.quoting == QUOTE_ALL:
            quoted = True
        out = []
        for c in field:
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in d.lineterminator):
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                elif c == d.quotechar:
                    if d.doublequote:
                        out.append(d.quotechar)
                    else:
                        want_escape = True
                elif c == d.escapechar:
                    want_escape = True
                if not want_escape:
                    quoted = True
                else:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        text = "".join(out)
        if not field and only_field:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        if quoted:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        d = self.dialect
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        for field in items:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._quote(text, quoted, len(items) == 1))
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def _is_number(value):
    """Whether value supports the number protocol (int/float/complex and
    classes with __index__, __int__ or __float__)."""
    if isinstance(value, (int, float, complex)):
        return True
    kind = type(value)
    return any(hasattr(kind, name) for name in ("__index__", "__int__", "__float__"))


def writer(csvfile, dialect="excel", **fmtparams):
    """An object whose writerow() writes records to csvfile."""
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    """Rows as dicts keyed by the field names (the first row by default);
    extra values go under restkey, missing ones get restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
