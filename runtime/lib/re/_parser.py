"""Regular-expression syntax to a tree, with CPython's error messages.

Nodes are tuples:
  ('lit', text)                 literal characters
  ('any',)                      .
  ('set', negated, items)       [...]; items are ('ch', c), ('range', lo, hi)
                                or ('cat', letter) for \\d \\w \\s and negations
  ('cat', letter)               \\d \\D \\w \\W \\s \\S outside a set
  ('at', kind)                  ^ $ \\A \\Z \\b \\B  (kind: 'bol', 'eol', 'A',
                                'Z', 'b', 'B')
  ('group', index, node)        capturing group (index >= 1)
  ('alt', [node, ...])          alternatives
  ('seq', [node, ...])          concatenation
  ('repeat', lo, hi, mode, node) mode 'greedy', 'lazy' or 'possessive';
                                hi None for unbounded
  ('backref', index)
  ('look', behind, negated, node)
  ('atomic', node)
  ('cond', index, yes, no)      (?(group)yes|no)
  ('flags', add, remove, node)  scoped inline flags (?i:...)
"""

from . import _flags as F


class error(Exception):
    """A regular expression could not be compiled (msg, pattern, pos,
    lineno, colno)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"

_REPEAT_CHARS = "*+?{"
_SPECIAL_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                    "v": "\v", "\\": "\\"}
_CATEGORIES = "dDwWsS"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
_OCT = "01234567"
_HEX = "0123456789abcdefABCDEF"
_FLAG_LETTERS = {"i": F.IGNORECASE, "L": F.LOCALE, "m": F.MULTILINE, "s": F.DOTALL,
                 "x": F.VERBOSE, "a": F.ASCII, "t": F.TEMPLATE, "u": F.UNICODE}


class Parsed:
    """The result of parsing: tree, group count, group names, flags."""

    def __init__(self, tree, groups, groupindex, flags):
        self.tree = tree
        self.groups = groups
        self.groupindex = groupindex
        self.flags = flags


class _Parser:
    def __init__(self, pattern, text, flags):
        self.pattern = pattern
        self.s = text
        self.i = 0
        self.flags = flags
        self.groups = 0
        self.groupindex = {}
        self.open_groups = []
        self.lookbehind_groups = None
        self.cond_refs = {}

    def err(self, msg, pos):
        return error(msg, self.pattern, pos)

    def peek(self):
        return self.s[self.i] if self.i < len(self.s) else ""

    def verbose_skip(self):
        if not self.flags & F.VERBOSE:
            return
        s = self.s
        while self.i < len(s):
            c = s[self.i]
            if c in " \t\n\r\v\f":
                self.i += 1
            elif c == "#":
                while self.i < len(s) and s[self.i] != "\n":
                    self.i += 1
            else:
                break

    def parse(self):
        tree = self.alternation(0)
        if self.i < len(self.s):
            if self.s[self.i] == ")":
                raise self.err("unbalanced parenthesis", self.i)
            raise self.err("internal: unparsed text", self.i)
        for index, pos in self.cond_refs.items():
            if index > self.groups:
                raise self.err("invalid group reference %d" % index, pos)
        return tree

    def alternation(self, depth):
        branches = [self.sequence(depth)]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence(depth))
        if len(branches) == 1:
            return branches[0]
        return ("alt", branches)

    def sequence(self, depth):
        items = []
        while True:
            self.verbose_skip()
            if self.i >= len(self.s):
                break
            c = self.s[self.i]
            if c == "|" or (c == ")" and depth > 0):
                break
            if c == ")":
                raise self.err("unbalanced parenthesis", self.i)
            start = self.i
            atom = self.atom(depth)
            if atom is None:
                continue
            atom = self.quantifiers(atom, start)
            items.append(atom)
        merged = []
        for it in items:
            if it[0] == "lit" and merged and merged[-1][0] == "lit":
                merged[-1] = ("lit", merged[-1][1] + it[1])
            else:
                merged.append(it)
        if len(merged) == 1:
            return merged[0]
        return ("seq", merged)

    def quantifiers(self, atom, start):
        first = True
        while True:
            self.verbose_skip()
            here = self.i
            c = self.peek()
            if not c or c not in _REPEAT_CHARS:
                return atom
            if c == "{":
                bounds = self.brace_bounds()
                if bounds is None:
                    return atom
                lo, hi = bounds
            else:
                self.i += 1
                lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
            if not first:
                raise self.err("multiple repeat", here)
            if atom[0] == "at" or (atom[0] == "lit" and atom[1] == ""):
                raise self.err("nothing to repeat", here)
            mode = "greedy"
            if self.peek() == "?":
                self.i += 1
                mode = "lazy"
            elif self.peek() == "+":
                self.i += 1
                mode = "possessive"
            if atom[0] == "lit" and len(atom[1]) > 1:
                # Only the last character of a literal run repeats.
                head, last = atom[1][:-1], atom[1][-1]
                atom = ("seq", [("lit", head), ("repeat", lo, hi, mode, ("lit", last))])
            else:
                atom = ("repeat", lo, hi, mode, atom)
            first = False

    def brace_bounds(self):
        """(lo, hi) of a {m,n} quantifier at self.i, or None (then the
        brace is a literal)."""
        s = self.s
        j = self.i + 1
        k = j
        while k < len(s) and s[k] in _DIGITS:
            k += 1
        lo_text = s[j:k]
        hi_text = lo_text
        if k < len(s) and s[k] == ",":
            m = k + 1
            while m < len(s) and s[m] in _DIGITS:
                m += 1
            hi_text = s[k + 1:m]
            k = m
        if k >= len(s) or s[k] != "}" or (k == j):
            return None
        lo = int(lo_text) if lo_text else 0
        hi = int(hi_text) if hi_text else None
        if lo >= 4294967295:
            raise self.err("the repetition number is too large", j)
        if hi is not None:
            if hi >= 4294967295:
                raise self.err("the repetition number is too large", j)
            if hi < lo:
                raise self.err("min repeat greater than max repeat", j)
        self.i = k + 1
        return lo, hi

    def atom(self, depth):
        s = self.s
        start = self.i
        c = s[self.i]
        self.i += 1
        if c in "*+?":
            raise self.err("nothing to repeat", start)
        if c == "{":
            self.i -= 1
            if self.brace_bounds() is not None:
                raise self.err("nothing to repeat", start)
            self.i = start + 1
            return ("lit", "{")
        if c == ".":
            return ("any",)
        if c == "^":
            return ("at", "bol")
        if c == "$":
            return ("at", "eol")
        if c == "[":
            return self.char_set(start)
        if c == "(":
            return self.group(start, depth)
        if c == "\\":
            return self.escape(start)
        return ("lit", c)

    def escape(self, start):
        s = self.s
        if self.i >= len(s):
            raise self.err("bad escape (end of pattern)", start)
        c = s[self.i]
        self.i += 1
        if c in _CATEGORIES:
            return ("cat", c)
        if c == "A":
            return ("at", "A")
        if c == "Z":
            return ("at", "Z")
        if c == "b":
            return ("at", "b")
        if c == "B":
            return ("at", "B")
        if c in _DIGITS:
            if c == "0":
                return ("lit", self.octal(c, start))
            text = c
            if self.i < len(s) and s[self.i] in _DIGITS:
                if (c in _OCT and s[self.i] in _OCT and self.i + 1 < len(s)
                        and s[self.i + 1] in _OCT):
                    value = int(c + s[self.i:self.i + 2], 8)
                    self.i += 2
                    if value > 0o377:
                        raise self.err("octal escape value \\%s outside of range 0-0o377"
                                       % (c + s[self.i - 2:self.i]), start)
                    return ("lit", chr(value))
                text += s[self.i]
                self.i += 1
            group = int(text)
            if group > self.groups or group in self.open_groups:
                if group in self.open_groups:
                    raise self.err("cannot refer to an open group", start)
                raise self.err("invalid group reference %d" % group, start + 1)
            if self.lookbehind_groups is not None and group >= self.lookbehind_groups:
                raise self.err("cannot refer to group defined in the same lookbehind subpattern",
                               start)
            return ("backref", group)
        return ("lit", self.char_escape(c, start, in_set=False))

    def octal(self, first, start):
        s = self.s
        digits = first
        while len(digits) < 3 and self.i < len(s) and s[self.i] in _OCT:
            digits += s[self.i]
            self.i += 1
        return chr(int(digits, 8))

    def char_escape(self, c, start, in_set):
        """The character an escape (other than categories and
        anchors) stands for."""
        s = self.s
        if c in _SPECIAL_ESCAPES and not (c == "b" and not in_set):
            return _SPECIAL_ESCAPES[c]
        if c in "xuU":
            if c == "u" or c == "U":
                if isinstance(self.pattern, bytes):
                    raise self.err("bad escape \\" + c, start)
            size = {"x": 2, "u": 4, "U": 8}[c]
            digits = s[self.i:self.i + size]
            if len(digits) != size or any(d not in _HEX for d in digits):
                raise self.err("incomplete escape \\%s%s" % (c, _hex_prefix(digits)), start)
            self.i += size
            value = int(digits, 16)
            if value > 0x10FFFF:
                raise self.err("bad escape \\%s%s" % (c, digits), start)
            return chr(value)
        if c == "N" and not isinstance(self.pattern, bytes):
            if self.i >= len(s) or s[self.i] != "{":
                raise self.err("missing {", self.i)
            end = s.find("}", self.i)
            if end < 0:
                raise self.err("missing }, unterminated name", self.i + 1)
            name = s[self.i + 1:end]
            try:
                import unicodedata
                ch = unicodedata.lookup(name)
            except Exception:
                raise self.err("undefined character name %r" % name, start) from None
            self.i = end + 1
            return ch
        if c in _OCT and in_set:
            return self.octal(c, start)
        if c in _DIGITS and in_set:
            raise self.err("bad escape \\" + c, start)
        if c in _ASCII_LETTERS:
            raise self.err("bad escape \\" + c, start)
        return c

    def char_set(self, start):
        s = self.s
        items = []
        negated = False
        if self.peek() == "^":
            negated = True
            self.i += 1
        first = True
        while True:
            if self.i >= len(s):
                raise self.err("unterminated character set", start)
            c = s[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            lo = self.set_member()
            if (self.peek() == "-" and self.i + 1 < len(s) and s[self.i + 1] != "]"):
                self.i += 1
                hi_start = self.i
                hi = self.set_member()
                if lo[0] == "cat" or hi[0] == "cat":
                    raise self.err("bad character range %s-%s" % (
                        s[item_start:hi_start - 1], s[hi_start:self.i]), item_start)
                if hi[1] < lo[1]:
                    raise self.err("bad character range %s-%s" % (
                        s[item_start:hi_start - 1], s[hi_start:self.i]), item_start)
                items.append(("range", lo[1], hi[1]))
            else:
                items.append(lo)
        return ("set", negated, items)

    def set_member(self):
        s = self.s
        start = self.i
        c = s[self.i]
        self.i += 1
        if c != "\\":
            return ("ch", c)
        if self.i >= len(s):
            raise self.err("unterminated character set", start)
        e = s[self.i]
        self.i += 1
        if e in _CATEGORIES:
            return ("cat", e)
        if e == "b":
            return ("ch", "\b")
        return ("ch", self.char_escape(e, start, in_set=True))

    def group_name(self, terminator, start_pos):
        s = self.s
        end = s.find(terminator, self.i)
        if end < 0:
            raise self.err("missing %s, unterminated name" % terminator, self.i)
        name = s[self.i:end]
        if not name:
            raise self.err("missing group name", self.i)
        if not name.isidentifier():
            raise self.err("bad character in group name %r" % name, self.i)
        self.i = end + 1
        return name

    def group(self, start, depth):
        s = self.s
        if self.peek() != "?":
            return self.capture(start, depth, None)
        self.i += 1
        if self.i >= len(s):
            raise self.err("unexpected end of pattern", self.i)
        c = s[self.i]
        self.i += 1
        if c == ":":
            return self.finish_group(start, depth, None)
        if c == "P":
            kind = self.peek()
            if kind == "<":
                self.i += 1
                name = self.group_name(">", start)
                if name in self.groupindex:
                    raise self.err("redefinition of group name %r as group %d; was group %d"
                                   % (name, self.groups + 1, self.groupindex[name]),
                                   self.i - len(name) - 1)
                return self.capture(start, depth, name)
            if kind == "=":
                self.i += 1
                name_pos = self.i
                name = self.group_name(")", start)
                if name not in self.groupindex:
                    raise self.err("unknown group name %r" % name, name_pos)
                index = self.groupindex[name]
                if index in self.open_groups:
                    raise self.err("cannot refer to an open group", name_pos)
                return ("backref", index)
            if not kind:
                raise self.err("unexpected end of pattern", self.i)
            raise self.err("unknown extension ?P" + kind, start + 1)
        if c == "#":
            end = s.find(")", self.i)
            if end < 0:
                raise self.err("missing ), unterminated comment", start)
            self.i = end + 1
            return None
        if c in "=!":
            body = self.finish_group(start, depth, None)
            return ("look", False, c == "!", body)
        if c == "<":
            kind = self.peek()
            if kind in ("=", "!"):
                self.i += 1
                saved = self.lookbehind_groups
                if saved is None:
                    self.lookbehind_groups = self.groups + 1
                body = self.finish_group(start, depth, None)
                self.lookbehind_groups = saved
                lo, hi = width(body)
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                return ("look", True, kind == "!", body)
            if not kind:
                raise self.err("unexpected end of pattern", self.i)
            raise self.err("unknown extension ?<" + kind, start + 1)
        if c == ">":
            return ("atomic", self.finish_group(start, depth, None))
        if c == "(":
            return self.conditional(start, depth)
        if c in _FLAG_LETTERS or c == "-":
            return self.inline_flags(start, depth, c)
        raise self.err("unknown extension ?" + c, start + 1)

    def conditional(self, start, depth):
        s = self.s
        name_pos = self.i
        end = s.find(")", self.i)
        if end < 0:
            raise self.err("missing ), unterminated name", self.i)
        name = s[self.i:end]
        self.i = end + 1
        if name.isdigit():
            index = int(name)
            if index == 0:
                raise self.err("bad group number", name_pos)
            if index >= 100:
                raise self.err("invalid group reference %d" % index, name_pos)
            self.cond_refs.setdefault(index, name_pos)
        elif name in self.groupindex:
            index = self.groupindex[name]
        elif name.isidentifier():
            raise self.err("unknown group name %r" % name, name_pos)
        else:
            raise self.err("bad character in group name %r" % name, name_pos)
        yes = self.sequence(depth + 1)
        no = None
        if self.peek() == "|":
            self.i += 1
            no = self.sequence(depth + 1)
            if self.peek() == "|":
                raise self.err("conditional backref with more than two branches", self.i)
        if self.peek() != ")":
            raise self.err("missing ), unterminated subpattern", start)
        self.i += 1
        return ("cond", index, yes, no if no is not None else ("seq", []))

    def inline_flags(self, start, depth, c):
        s = self.s
        add = 0
        remove = 0
        pos = self.i - 1
        while c in _FLAG_LETTERS:
            add |= _FLAG_LETTERS[c]
            if self.i >= len(s):
                raise self.err("missing -, : or )", self.i)
            c = s[self.i]
            self.i += 1
        if c == ")":
            if start != 0 and not self._at_start(start):
                raise self.err("global flags not at the start of the expression", start)
            self.flags |= add
            return None
        if c == "-":
            if self.i >= len(s):
                raise self.err("missing flag", self.i)
            c = s[self.i]
            self.i += 1
            if c not in _FLAG_LETTERS:
                raise self.err("missing flag" if c in ":)" else "unknown flag", self.i - 1)
            while c in _FLAG_LETTERS:
                remove |= _FLAG_LETTERS[c]
                if self.i >= len(s):
                    raise self.err("missing :", self.i)
                c = s[self.i]
                self.i += 1
        if c != ":":
            if c.isalpha():
                raise self.err("unknown flag", self.i - 1)
            raise self.err("missing -, : or )", self.i - 1)
        saved = self.flags
        self.flags = (self.flags | add) & ~remove
        body = self.finish_group(start, depth, None)
        self.flags = saved
        return ("flags", add, remove, body)

    def _at_start(self, start):
        """Global flags may only follow other global flag groups."""
        prefix = self.s[:start]
        i = 0
        while i < len(prefix):
            if not prefix.startswith("(?", i):
                return False
            j = prefix.find(")", i)
            if j < 0 or any(ch not in _FLAG_LETTERS for ch in prefix[i + 2:j]):
                return False
            i = j + 1
        return True

    def capture(self, start, depth, name):
        self.groups += 1
        index = self.groups
        if name is not None:
            self.groupindex[name] = index
        self.open_groups.append(index)
        body = self.finish_group(start, depth, index)
        self.open_groups.remove(index)
        return ("group", index, body)

    def finish_group(self, start, depth, index):
        body = self.alternation(depth + 1)
        if self.peek() != ")":
            raise self.err("missing ), unterminated subpattern", start)
        self.i += 1
        return body


def _hex_prefix(digits):
    out = ""
    for d in digits:
        if d not in _HEX:
            break
        out += d
    return out


def width(node):
    """(min, max) characters a node can match (max None: unbounded)."""
    kind = node[0]
    if kind == "lit":
        return len(node[1]), len(node[1])
    if kind in ("any", "set", "cat"):
        return 1, 1
    if kind in ("at", "look"):
        return 0, 0
    if kind in ("group", "atomic"):
        return width(node[-1])
    if kind == "flags":
        return width(node[3])
    if kind == "seq":
        lo = hi = 0
        for n in node[1]:
            a, b = width(n)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if kind == "alt":
        ws = [width(n) for n in node[1]]
        lo = min(w[0] for w in ws)
        hi = None if any(w[1] is None for w in ws) else max(w[1] for w in ws)
        return lo, hi
    if kind == "repeat":
        a, b = width(node[4])
        hi = None if node[2] is None or b is None else b * node[2]
        return a * node[1], hi
    if kind == "cond":
        a = width(node[2])
        b = width(node[3])
        return min(a[0], b[0]), (None if a[1] is None or b[1] is None else max(a[1], b[1]))
    return 0, None


def parse(pattern, flags):
    """Parse a str pattern (bytes patterns are given decoded as
    latin-1 in `text`)."""
    text = pattern.decode("latin-1") if isinstance(pattern, bytes) else pattern
    p = _Parser(pattern, text, flags)
    tree = p.parse()
    return Parsed(tree, p.groups, p.groupindex, p.flags)
