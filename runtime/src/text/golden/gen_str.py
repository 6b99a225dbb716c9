#!/usr/bin/env python3
"""Records CPython 3.11 str-method results for strmethods' golden test
(format of runtime/src/num/golden/gen.py; `n` is None). Run:
python3 gen_str.py > str.tsv
"""
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11)
rng = random.Random(3)


def h(s):
    return "h" + s.encode("utf-8").hex()


def enc(v):
    if v is None:
        return "n"
    if isinstance(v, bool):
        return "b1" if v else "b0"
    if isinstance(v, int):
        return "i%s%x" % ("-" if v < 0 else "", abs(v))
    if isinstance(v, str):
        return h(v)
    if isinstance(v, (tuple, list)):
        return "t" + ",".join(enc(x) for x in v)
    raise TypeError(v)


def rec(op, args, fn):
    try:
        r = fn()
        return "\t".join([op] + [enc(a) for a in args] + ["ok", enc(r)])
    except Exception as e:  # noqa: BLE001
        return "\t".join([op] + [enc(a) for a in args] + ["err", type(e).__name__, h(str(e))])


ALPHA = list("abcABC xyz_019\t\n\r") + ["\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85",
        "\u2028", "\u2029", "\xa0", "\u3000", "\u200b", "ß", "ﬁ", "İ", "ı", "Σ", "σ", "ς",
        "ǅ", "ǆ", "Ǆ", "ῼ", "ΐ", "\u0345", "\u0301", "'", ".", "-", "+", "日", "本", "é", "É",
        "١", "²", "½", "Ⅷ", "𝔘", "😀", "ŉ", "ǰ", "ﬃ", "Ω", "ω", "K", "Å", "ǈ"]


def rstr(n):
    return "".join(rng.choice(ALPHA) for _ in range(n))


lines = []
samples = ["", "a", "abc", "  hello  world  ", "ΑΣ", "ΑΣ.", "ΑΣ Σ", "ΑΣ'Σ", "aΣ\u0345b", "Σ",
           "xΣ\u0301", "ß", "ﬁne", "İstanbul", "ǅemal", "hello World", "Hello World", "HELLO",
           "123", "١٢٣", "²", "½", "a1", "_id", "1id", "class", "a b", "\t\n", "\x1c\x1d\x1e",
           "line1\nline2\r\nline3\rline4\x0bx\x0cy\x1cz\x85w\u2028v\u2029", "a\n", "\n",
           "-42", "+7", "x\ty\tz", "ab\tcd\n\tef\r\tg", "ŉ", "ǰ", "𝔘nicode", "\u0130", "ΐ"]
samples += [rstr(rng.randrange(1, 12)) for _ in range(90)]
for s in samples:
    for name in ["upper", "lower", "title", "capitalize", "swapcase", "casefold", "isidentifier",
                 "isprintable", "isdecimal", "isdigit", "isnumeric", "isalpha", "isalnum",
                 "isspace", "istitle", "isupper", "islower", "isascii"]:
        lines.append(rec(name, (s,), lambda: getattr(s, name)()))
    lines.append(rec("split", (s, None, -1), lambda: s.split()))
    lines.append(rec("rsplit", (s, None, -1), lambda: s.rsplit()))
    for m in [0, 1, 2]:
        lines.append(rec("split", (s, None, m), lambda: s.split(None, m)))
        lines.append(rec("rsplit", (s, None, m), lambda: s.rsplit(None, m)))
    lines.append(rec("splitlines", (s, False), lambda: s.splitlines()))
    lines.append(rec("splitlines", (s, True), lambda: s.splitlines(True)))
    lines.append(rec("strip", (s, None), lambda: s.strip()))
    lines.append(rec("lstrip", (s, None), lambda: s.lstrip()))
    lines.append(rec("rstrip", (s, None), lambda: s.rstrip()))
    for t in [0, 1, 4, 8]:
        lines.append(rec("expandtabs", (s, t), lambda: s.expandtabs(t)))
    for w in [0, 7, 12]:
        lines.append(rec("center", (s, w, "*"), lambda: s.center(w, "*")))
        lines.append(rec("ljust", (s, w, "é"), lambda: s.ljust(w, "é")))
        lines.append(rec("rjust", (s, w, " "), lambda: s.rjust(w)))
        lines.append(rec("zfill", (s, w), lambda: s.zfill(w)))
    chars = "".join(rng.sample(ALPHA, 3))
    lines.append(rec("strip", (s, chars), lambda: s.strip(chars)))
    lines.append(rec("lstrip", (s, chars), lambda: s.lstrip(chars)))
    lines.append(rec("rstrip", (s, chars), lambda: s.rstrip(chars)))
    for _ in range(3):
        if s and rng.random() < 0.7:
            i = rng.randrange(len(s))
            sub = s[i:i + rng.randrange(0, 3)]
        else:
            sub = rstr(rng.randrange(0, 2))
        st = rng.choice([None, 0, 1, -2, 3, 20, -20])
        en = rng.choice([None, None, -1, 2, 5, 30])
        for name in ["find", "rfind", "index", "rindex", "count"]:
            lines.append(rec(name, (s, sub, st, en), lambda: getattr(s, name)(sub, st, en)))
        lines.append(rec("startswith", (s, (sub,), st, en), lambda: s.startswith(sub, st, en)))
        lines.append(rec("endswith", (s, (sub,), st, en), lambda: s.endswith(sub, st, en)))
        lines.append(rec("startswith", (s, (sub, "a"), st, en), lambda: s.startswith((sub, "a"), st, en)))
        lines.append(rec("endswith", (s, ("c", sub), st, en), lambda: s.endswith(("c", sub), st, en)))
        new = rng.choice(["", "-", "XY", "日"])
        cnt = rng.choice([-1, 0, 1, 2])
        lines.append(rec("replace", (s, sub, new, cnt), lambda: s.replace(sub, new, cnt)))
        for m in [-1, 0, 1, 2]:
            lines.append(rec("split", (s, sub, m), lambda: s.split(sub, m)))
            lines.append(rec("rsplit", (s, sub, m), lambda: s.rsplit(sub, m)))
        lines.append(rec("partition", (s, sub), lambda: s.partition(sub)))
        lines.append(rec("rpartition", (s, sub), lambda: s.rpartition(sub)))
        lines.append(rec("removeprefix", (s, sub), lambda: s.removeprefix(sub)))
        lines.append(rec("removesuffix", (s, sub), lambda: s.removesuffix(sub)))
    for n in [-1, 0, 1, 3]:
        lines.append(rec("repeat", (s, n), lambda: s * n))
print("\n".join(lines))
