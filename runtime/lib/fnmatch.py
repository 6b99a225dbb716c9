"""Shell-style wildcard matching of file names: `*` (any run of
characters), `?` (one character), `[seq]` and `[!seq]` (one character in
or not in seq, with ranges like a-z). fnmatch() normalises case as the
OS does (not at all on POSIX); fnmatchcase() never does.

Patterns are compiled once into a list of tokens and cached; matching is
a backtracking walk over the tokens that remembers only the last `*`
(enough for glob patterns, and linear in practice)."""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_MAX = 256


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The items of names that match pat."""
    pat = os.path.normcase(pat)
    tokens = _compile(pat)
    return [n for n in names if _match(tokens, os.path.normcase(n))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _match(_compile(pat), name)


def _compile(pat):
    """Tokens: ('lit', text), ('any',) for '?', ('star',), or
    ('set', negated, ranges) with ranges a list of (lo, hi) pairs."""
    key = (type(pat), pat)
    tokens = _cache.get(key)
    if tokens is not None:
        return tokens
    if isinstance(pat, bytes):
        text = str(pat, "latin-1")
    else:
        text = pat
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1] != ("star",):
                tokens.append(("star",))
        elif c == "?":
            tokens.append(("any",))
        elif c == "[":
            j = i
            if j < n and text[j] == "!":
                j += 1
            if j < n and text[j] == "]":
                j += 1
            while j < n and text[j] != "]":
                j += 1
            if j >= n:
                tokens.append(("lit", "["))
                continue
            body = text[i:j]
            i = j + 1
            negated = body.startswith("!")
            if negated:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                lo = body[k]
                if k + 2 < len(body) and body[k + 1] == "-":
                    hi = body[k + 2]
                    if lo <= hi:
                        ranges.append((lo, hi))
                    k += 3
                else:
                    ranges.append((lo, lo))
                    k += 1
            tokens.append(("set", negated, ranges))
        else:
            if tokens and tokens[-1][0] == "lit":
                tokens[-1] = ("lit", tokens[-1][1] + c)
            else:
                tokens.append(("lit", c))
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[key] = tokens
    return tokens


def _one(token, ch):
    kind = token[0]
    if kind == "any":
        return True
    inside = any(lo <= ch <= hi for lo, hi in token[2])
    return inside != token[1]


def _match(tokens, name):
    if isinstance(name, bytes):
        name = str(name, "latin-1")
    ti = 0
    ni = 0
    star_ti = -1
    star_ni = 0
    nt = len(tokens)
    nn = len(name)
    while True:
        if ti < nt:
            tok = tokens[ti]
            kind = tok[0]
            if kind == "star":
                star_ti = ti
                star_ni = ni
                ti += 1
                continue
            if kind == "lit":
                lit = tok[1]
                if name.startswith(lit, ni):
                    ti += 1
                    ni += len(lit)
                    continue
            elif ni < nn and _one(tok, name[ni]):
                ti += 1
                ni += 1
                continue
        elif ni == nn:
            return True
        # Mismatch: let the last star swallow one more character.
        if star_ti < 0 or star_ni >= nn:
            return False
        star_ni += 1
        ni = star_ni
        ti = star_ti + 1


def translate(pat):
    """The regular expression (as text) equivalent to pat."""
    out = []
    for tok in _compile(pat):
        kind = tok[0]
        if kind == "star":
            out.append(".*")
        elif kind == "any":
            out.append(".")
        elif kind == "lit":
            out.append("".join(_escape_char(c) for c in tok[1]))
        else:
            parts = []
            for lo, hi in tok[2]:
                parts.append(_escape_set(lo) if lo == hi
                             else _escape_set(lo) + "-" + _escape_set(hi))
            body = "".join(parts)
            if not body:
                out.append("." if tok[1] else "(?!)")
            else:
                out.append("[" + ("^" if tok[1] else "") + body + "]")
    return "(?s:" + "".join(out) + r")\Z"


_SPECIAL = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def _escape_char(c):
    return "\\" + c if c in _SPECIAL else c


def _escape_set(c):
    return "\\" + c if c in "\\]^-[" else c
