"""Warning control: warn() and warn_explicit() decide, by the filter
list, whether a warning is shown (to sys.stderr, as
'file:line: Category: message' plus the source line), ignored, or raised
as an exception; simplefilter/filterwarnings/resetwarnings edit the
filters and catch_warnings saves and restores them (optionally recording
warnings instead of showing them).

Filters are (action, message pattern, category, module pattern, lineno)
tuples, first match wins; the defaults are CPython's (DeprecationWarning
shown only when triggered by __main__; pending deprecation, import and
resource warnings ignored). 'default' shows a warning once per location,
'module' once per module, 'once' once overall. Message and module
patterns are regular expressions in CPython; here they support literal
text, '.', '.*', '.+', character escapes and a trailing '$', matched at
the start (the message case-insensitively)."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1


class _Pattern:
    """A small regular-expression subset matched at the start of text."""

    __slots__ = ("pattern", "_tokens", "_anchored", "_fold")

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self._fold = ignore_case
        tokens = []
        i = 0
        anchored = False
        while i < len(pattern):
            c = pattern[i]
            if c == "\\" and i + 1 < len(pattern):
                atom = ("lit", pattern[i + 1])
                i += 2
            elif c == ".":
                atom = ("any", None)
                i += 1
            elif c == "$" and i == len(pattern) - 1:
                anchored = True
                i += 1
                continue
            else:
                atom = ("lit", c)
                i += 1
            if i < len(pattern) and pattern[i] in "*+?":
                tokens.append((atom, pattern[i]))
                i += 1
            else:
                tokens.append((atom, ""))
        self._tokens = tokens
        self._anchored = anchored

    def _atom(self, atom, ch):
        kind, value = atom
        if kind == "any":
            return ch != "\n"
        if self._fold:
            return ch.lower() == value.lower()
        return ch == value

    def _match_from(self, t, text, pos):
        if t == len(self._tokens):
            return not self._anchored or pos == len(text)
        atom, rep = self._tokens[t]
        if rep == "":
            return (pos < len(text) and self._atom(atom, text[pos])
                    and self._match_from(t + 1, text, pos + 1))
        low = 1 if rep == "+" else 0
        high = 1 if rep == "?" else len(text) - pos
        count = 0
        while count < high and pos + count < len(text) and self._atom(atom, text[pos + count]):
            count += 1
        while count >= low:
            if self._match_from(t + 1, text, pos + count):
                return True
            count -= 1
        return False

    def match(self, text):
        return self._match_from(0, text, 0)

    def __eq__(self, other):
        return isinstance(other, _Pattern) and self.pattern == other.pattern

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        return "re.compile(%r%s)" % (self.pattern, ", re.IGNORECASE" if self._fold else "")


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter: warnings of `category` whose text matches `message`
    raised from modules matching `module` (at `lineno` unless 0)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    msg = _Pattern(message, True) if message else None
    mod = _Pattern(module, False) if module else None
    _add_filter((action, msg, category, mod, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter for every warning of `category`."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter."""
    filters[:] = []
    _filters_mutated()


def _source_line(filename, lineno):
    try:
        import _traceback
        return _traceback.source_line(filename, lineno)
    except Exception:
        return None


def formatwarning(message, category, filename, lineno, line=None):
    """'filename:lineno: Category: message' and the source line."""
    text = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        text += "  %s\n" % line.strip()
    return text


class WarningMessage:
    """A warning caught by catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename,
                                self.lineno, self.line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (default sys.stderr)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    # A replaced warnings.showwarning is honoured, as in CPython.
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning about the code `stacklevel` frames up."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 0
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get("__name__", "<string>") if isinstance(globals_, dict) else "<string>"
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def _matches(pattern, text):
    """None matches everything, a plain str only itself, a pattern what
    its match() accepts."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for an explicit location."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "module":
        registry[key] = 1
        alt_key = (text, category, 0)
        if registry.get(alt_key):
            return
        registry[alt_key] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """Context manager that saves the warning filters (and showwarning)
    on entry and restores them on exit; with record=True, warnings are
    collected into the list it returns instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if self._record:
            log = []
            mod._showwarnmsg_impl = log.append
            mod.showwarning = mod._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl
