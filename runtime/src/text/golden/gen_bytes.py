#!/usr/bin/env python3
"""Records CPython 3.11 bytes-method results for bytes_methods' golden test
(format of runtime/src/num/golden/gen.py; `y` bytes, `n` None). Run:
python3 gen_bytes.py > bytes.tsv
"""
import random
import sys

assert sys.version_info[:2] == (3, 11)
rng = random.Random(8)


def enc(v):
    if v is None:
        return "n"
    if isinstance(v, bool):
        return "b1" if v else "b0"
    if isinstance(v, int):
        return "i%s%x" % ("-" if v < 0 else "", abs(v))
    if isinstance(v, (bytes, bytearray)):
        return "y" + bytes(v).hex()
    if isinstance(v, (tuple, list)):
        return "t" + ",".join(enc(x) for x in v)
    raise TypeError(v)


def h(s):
    return "h" + s.encode().hex()


def rec(op, args, fn):
    try:
        r = fn()
        return "\t".join([op] + [enc(a) for a in args] + ["ok", enc(r)])
    except Exception as e:  # noqa: BLE001
        return "\t".join([op] + [enc(a) for a in args] + ["err", type(e).__name__, h(str(e))])


ALPHA = [bytes([c]) for c in b"abcABC xyz_019\t\n\r\x0b\x0c\x1c\x85\xa0\xff.-+'"] + [b"\r\n"]


def rb(n):
    return b"".join(rng.choice(ALPHA) for _ in range(n))


samples = [b"", b"a", b"abc", b"  hello  world  ", b"Hello World", b"HELLO", b"123", b"-42", b"+7",
           b"x\ty\tz", b"ab\tcd\n\tef\r\tg", b"l1\nl2\r\nl3\rl4\x0bx\x0cy\x1cz", b"\xe9t\xe9",
           b"hello World", b"a1B2"]
samples += [rb(rng.randrange(1, 12)) for _ in range(80)]
lines = []
for s in samples:
    for name in ["upper", "lower", "title", "capitalize", "swapcase", "isalpha", "isalnum",
                 "isdigit", "isspace", "istitle", "isupper", "islower", "isascii"]:
        lines.append(rec(name, (s,), lambda: getattr(s, name)()))
    for m in [-1, 0, 1, 2]:
        lines.append(rec("split", (s, None, m), lambda: s.split(None, m)))
        lines.append(rec("rsplit", (s, None, m), lambda: s.rsplit(None, m)))
    lines.append(rec("splitlines", (s, False), lambda: s.splitlines()))
    lines.append(rec("splitlines", (s, True), lambda: s.splitlines(True)))
    chars = rb(2)
    for cs in [None, chars]:
        lines.append(rec("strip", (s, cs), lambda: s.strip(cs)))
        lines.append(rec("lstrip", (s, cs), lambda: s.lstrip(cs)))
        lines.append(rec("rstrip", (s, cs), lambda: s.rstrip(cs)))
    for t in [0, 1, 4, 8]:
        lines.append(rec("expandtabs", (s, t), lambda: s.expandtabs(t)))
    for w in [0, 7, 12]:
        lines.append(rec("center", (s, w), lambda: s.center(w, b"*")))
        lines.append(rec("ljust", (s, w), lambda: s.ljust(w, b"*")))
        lines.append(rec("rjust", (s, w), lambda: s.rjust(w, b"*")))
        lines.append(rec("zfill", (s, w), lambda: s.zfill(w)))
    for _ in range(3):
        if s and rng.random() < 0.7:
            i = rng.randrange(len(s))
            sub = s[i:i + rng.randrange(0, 3)]
        else:
            sub = rb(rng.randrange(0, 2))
        st = rng.choice([None, 0, 1, -2, 3, 20, -20])
        en = rng.choice([None, None, -1, 2, 5, 30])
        for name in ["find", "rfind", "index", "rindex", "count"]:
            lines.append(rec(name, (s, sub, st, en), lambda: getattr(s, name)(sub, st, en)))
        lines.append(rec("startswith", (s, (sub, b"a"), st, en), lambda: s.startswith((sub, b"a"), st, en)))
        lines.append(rec("endswith", (s, (b"c", sub), st, en), lambda: s.endswith((b"c", sub), st, en)))
        new = rng.choice([b"", b"-", b"XY"])
        cnt = rng.choice([-1, 0, 1, 2])
        lines.append(rec("replace", (s, sub, new, cnt), lambda: s.replace(sub, new, cnt)))
        for m in [-1, 0, 1, 2]:
            lines.append(rec("split", (s, sub, m), lambda: s.split(sub, m)))
            lines.append(rec("rsplit", (s, sub, m), lambda: s.rsplit(sub, m)))
        lines.append(rec("partition", (s, sub), lambda: s.partition(sub)))
        lines.append(rec("rpartition", (s, sub), lambda: s.rpartition(sub)))
print("\n".join(lines))
