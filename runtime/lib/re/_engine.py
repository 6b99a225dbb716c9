"""Matching: the parse tree compiled into matcher functions.

A matcher is called as m(st, i, k): try to match at index i of st.s and,
on success, call the continuation k(st, j) with the end index j; it
returns True as soon as some path makes k return True (backtracking
happens by trying the next alternative when k returns False). Group
spans live in st.caps (start, end pairs; -1 when unset) and are put back
when a path fails.

Repetitions of a single-character matcher are handled with a loop (no
recursion per character), so patterns like .* stay shallow on long
strings; other repetitions recurse once per iteration."""

from . import _flags as F

_ASCII_SPACE = " \t\n\r\f\v"


class State:
    __slots__ = ("s", "end", "caps", "start")

    def __init__(self, s, end, ngroups):
        self.s = s
        self.end = end
        # Group spans, then the index of the last group closed (-1: none).
        self.caps = [-1] * (2 * ngroups + 3)


def _category(letter, flags):
    """The predicate for \\d \\w \\s (and negations)."""
    ascii_only = flags & F.ASCII
    if letter in "dD":
        if ascii_only:
            base = lambda c: "0" <= c <= "9"
        else:
            base = str.isdecimal
    elif letter in "wW":
        if ascii_only:
            base = lambda c: c.isascii() and (c.isalnum() or c == "_")
        else:
            base = lambda c: c.isalnum() or c == "_"
    else:
        if ascii_only:
            base = lambda c: c in _ASCII_SPACE
        else:
            base = lambda c: c.isspace() or c in "\x1c\x1d\x1e\x1f"
    if letter.isupper():
        return lambda c: not base(c)
    return base


def _fold(c):
    return c.lower()


def _char_pred(node, flags):
    """A predicate for a node matching exactly one character, or None."""
    kind = node[0]
    icase = flags & F.IGNORECASE
    if kind == "lit" and len(node[1]) == 1:
        ch = node[1]
        if icase and ch.lower() != ch.upper():
            low = ch.lower()
            up = ch.upper()
            return lambda c: c == ch or c.lower() == low or c.upper() == up
        return lambda c: c == ch
    if kind == "any":
        if flags & F.DOTALL:
            return lambda c: True
        return lambda c: c != "\n"
    if kind == "cat":
        return _category(node[1], flags)
    if kind == "set":
        return _set_pred(node[1], node[2], flags)
    if kind == "flags":
        return _char_pred(node[3], (flags | node[1]) & ~node[2])
    return None


def _set_pred(negated, items, flags):
    chars = set()
    ranges = []
    preds = []
    icase = flags & F.IGNORECASE
    for item in items:
        if item[0] == "ch":
            chars.add(item[1])
            if icase:
                chars.add(item[1].lower())
                chars.add(item[1].upper())
        elif item[0] == "range":
            ranges.append((item[1], item[2]))
        else:
            preds.append(_category(item[1], flags))
    chars = frozenset(chars)

    def inside(c):
        if c in chars:
            return True
        for lo, hi in ranges:
            if lo <= c <= hi:
                return True
            if icase:
                l = c.lower()
                u = c.upper()
                if lo <= l <= hi or lo <= u <= hi:
                    return True
        for p in preds:
            if p(c):
                return True
        return False

    if negated:
        return lambda c: not inside(c)
    return inside


def compile_tree(node, flags):
    """The matcher for a parse-tree node under `flags`."""
    kind = node[0]
    pred = _char_pred(node, flags)
    if pred is not None:
        def one(st, i, k):
            return i < st.end and pred(st.s[i]) and k(st, i + 1)
        return one
    if kind == "lit":
        return _literal(node[1], flags)
    if kind == "seq":
        return _sequence([compile_tree(n, flags) for n in node[1]])
    if kind == "alt":
        branches = [compile_tree(n, flags) for n in node[1]]

        def alt(st, i, k):
            for b in branches:
                if b(st, i, k):
                    return True
            return False
        return alt
    if kind == "group":
        return _group(node[1], compile_tree(node[2], flags))
    if kind == "repeat":
        return _repeat(node, flags)
    if kind == "at":
        return _anchor(node[1], flags)
    if kind == "backref":
        return _backref(node[1], flags)
    if kind == "look":
        return _look(node, flags)
    if kind == "atomic":
        body = compile_tree(node[1], flags)

        def atomic(st, i, k):
            found = []
            if not body(st, i, lambda st, j: found.append(j) or True):
                return False
            return k(st, found[0])
        return atomic
    if kind == "cond":
        index = node[1]
        yes = compile_tree(node[2], flags)
        no = compile_tree(node[3], flags)

        def cond(st, i, k):
            if st.caps[2 * index + 1] >= 0:
                return yes(st, i, k)
            return no(st, i, k)
        return cond
    if kind == "flags":
        return compile_tree(node[3], (flags | node[1]) & ~node[2])
    raise RuntimeError("unknown regex node %r" % (kind,))


def _literal(text, flags):
    n = len(text)
    if flags & F.IGNORECASE:
        folded = text.lower()

        def lit_i(st, i, k):
            j = i + n
            return j <= st.end and st.s[i:j].lower() == folded and k(st, j)
        return lit_i

    def lit(st, i, k):
        j = i + n
        return j <= st.end and st.s.startswith(text, i) and k(st, j)
    return lit


def _sequence(parts):
    if not parts:
        return lambda st, i, k: k(st, i)
    if len(parts) == 1:
        return parts[0]
    first = parts[0]
    rest = _sequence(parts[1:])

    def seq(st, i, k):
        return first(st, i, lambda st, j: rest(st, j, k))
    return seq


def _group(index, body):
    a = 2 * index
    b = a + 1

    def group(st, i, k):
        caps = st.caps

        def close(st, j):
            old_a = caps[a]
            old_b = caps[b]
            old_last = caps[-1]
            caps[a] = i
            caps[b] = j
            caps[-1] = index
            if k(st, j):
                return True
            caps[a] = old_a
            caps[b] = old_b
            caps[-1] = old_last
            return False
        return body(st, i, close)
    return group


def _repeat(node, flags):
    _, lo, hi, mode, body_node = node
    pred = _char_pred(body_node, flags)
    if pred is not None:
        return _repeat_char(pred, lo, hi, mode)
    body = compile_tree(body_node, flags)
    if mode == "possessive":
        greedy = _repeat_general(body, lo, hi, "greedy")

        def possessive(st, i, k):
            found = []
            if not greedy(st, i, lambda st, j: found.append(j) or True):
                return False
            return k(st, found[0])
        return possessive
    return _repeat_general(body, lo, hi, mode)


def _repeat_char(pred, lo, hi, mode):
    def rep(st, i, k):
        s = st.s
        limit = st.end if hi is None else min(st.end, i + hi)
        if mode == "lazy":
            j = i
            while j < i + lo:
                if j >= limit or not pred(s[j]):
                    return False
                j += 1
            while True:
                if k(st, j):
                    return True
                if j >= limit or not pred(s[j]):
                    return False
                j += 1
        j = i
        while j < limit and pred(s[j]):
            j += 1
        if j - i < lo:
            return False
        if mode == "possessive":
            return k(st, j)
        floor = i + lo
        while j >= floor:
            if k(st, j):
                return True
            j -= 1
        return False
    return rep


def _repeat_general(body, lo, hi, mode):
    def attempt(st, i, count, k):
        more = hi is None or count < hi

        def after(st, j):
            if j == i:
                # An empty iteration ends the repetition (more would
                # match the same empty text).
                return k(st, j)
            return attempt(st, j, count + 1, k)

        if mode == "lazy":
            if count >= lo and k(st, i):
                return True
            return more and body(st, i, after)
        if more and body(st, i, after):
            return True
        return count >= lo and k(st, i)

    def rep(st, i, k):
        return attempt(st, i, 0, k)
    return rep


def _is_word(st, i, flags):
    if i < 0 or i >= st.end:
        return False
    c = st.s[i]
    if flags & F.ASCII:
        return c.isascii() and (c.isalnum() or c == "_")
    return c.isalnum() or c == "_"


def _anchor(kind, flags):
    multiline = flags & F.MULTILINE
    if kind == "bol":
        if multiline:
            return lambda st, i, k: (i == 0 or st.s[i - 1] == "\n") and k(st, i)
        return lambda st, i, k: i == 0 and k(st, i)
    if kind == "eol":
        if multiline:
            return lambda st, i, k: (i == st.end or st.s[i] == "\n") and k(st, i)
        return lambda st, i, k: (i == st.end or (i == st.end - 1 and st.s[i] == "\n")) \
            and k(st, i)
    if kind == "A":
        return lambda st, i, k: i == 0 and k(st, i)
    if kind == "Z":
        return lambda st, i, k: i == st.end and k(st, i)
    if kind == "b":
        return lambda st, i, k: (_is_word(st, i - 1, flags) != _is_word(st, i, flags)) \
            and k(st, i)
    return lambda st, i, k: (_is_word(st, i - 1, flags) == _is_word(st, i, flags)) \
        and st.end > 0 and k(st, i)


def _backref(index, flags):
    a = 2 * index
    icase = flags & F.IGNORECASE

    def backref(st, i, k):
        start = st.caps[a]
        stop = st.caps[a + 1]
        if start < 0 or stop < 0:
            return False
        text = st.s[start:stop]
        j = i + len(text)
        if j > st.end:
            return False
        got = st.s[i:j]
        if got == text or (icase and got.lower() == text.lower()):
            return k(st, j)
        return False
    return backref


def _look(node, flags):
    _, behind, negated, body_node = node
    body = compile_tree(body_node, flags)
    size = 0
    if behind:
        from ._parser import width
        size = width(body_node)[0]

    def look(st, i, k):
        if behind:
            start = i - size
            if start < 0:
                matched = False
            else:
                saved = list(st.caps)
                matched = body(st, start, lambda st, j: j == i)
        else:
            saved = list(st.caps)
            matched = body(st, i, lambda st, j: True)
        if negated:
            if matched:
                st.caps[:] = saved
                return False
            return k(st, i)
        if not matched:
            return False
        if k(st, i):
            return True
        st.caps[:] = saved
        return False
    return look


def literal_prefix(node, flags):
    """Text every match must start with (for fast searching), or ''."""
    if flags & F.IGNORECASE:
        return ""
    kind = node[0]
    if kind == "lit":
        return node[1]
    if kind == "seq" and node[1]:
        return literal_prefix(node[1][0], flags)
    if kind == "group":
        return literal_prefix(node[2], flags)
    return ""
