#!/usr/bin/env python3
"""Records CPython 3.11 str.format results for strformat's golden test.
Line: `strformat <fmt> <args tuple> <kwargs dict> ok|err ...` in the format
of runtime/src/num/golden/gen.py (`d` dicts double as objects whose
attributes are their keys; `l` lists; `x` wraps a nested container as the
hex of its encoding). Run: python3 gen_strformat.py >
strformat.tsv
"""
import struct
import sys

assert sys.version_info[:2] == (3, 11)


class NS(dict):
    def __getattr__(self, k):
        return self[k]


def h(s):
    return "h" + s.encode("utf-8").hex()


def enc(v):
    if v is None:
        return "n"
    if isinstance(v, bool):
        return "b1" if v else "b0"
    if isinstance(v, int):
        return "i%s%x" % ("-" if v < 0 else "", abs(v))
    if isinstance(v, float):
        return "f%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return h(v)
    if isinstance(v, tuple):
        return "t" + ",".join(item(x) for x in v)
    if isinstance(v, list):
        return "l" + ",".join(item(x) for x in v)
    if isinstance(v, dict):
        return "d" + ";".join(enc(k) + "=" + item(x) for k, x in v.items())
    raise TypeError(v)


def item(v):
    """Containers nested in containers are wrapped as x<hex of encoding>."""
    e = enc(v)
    if isinstance(v, (tuple, list, dict)):
        return "x" + e.encode().hex()
    return e


def rec(fmt, args, kwargs):
    try:
        r = fmt.format(*args, **kwargs)
        return "\t".join(["strformat", h(fmt), enc(args), enc(kwargs), "ok", h(r)])
    except Exception as e:  # noqa: BLE001
        return "\t".join(["strformat", h(fmt), enc(args), enc(kwargs), "err",
                          type(e).__name__, h(str(e))])


ns = NS(x=5, name="bob", inner=NS(y=2.5))
cases = [
    ("{}", (1,), {}), ("}", (), {}), ("{", (), {}), ("a}b", (), {}), ("{{}}", (), {}),
    ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{1}", (1,), {}), ("{}{}", (1,), {}),
    ("{x}", (), {}), ("{!r}", ("a",), {}), ("{!}", (1,), {}), ("{!x}", (1,), {}),
    ("{!rr}", (1,), {}), ("{!r:>5}", ("a",), {}), ("{0!r:>{1}}", ("a", 6), {}),
    ("{:{}}", (3, 5), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{0.x}", (ns,), {}),
    ("{0[name]}", (ns,), {}), ("{0[1]}", ([7, 8],), {}), ("{0[-1]}", (NS({"-1": "m"}),), {}),
    ("{0[]}", (ns,), {}), ("{0.}", (ns,), {}), ("{0[a}", (ns,), {}), ("{0[x]x}", (ns,), {}),
    ("{0x}", (), {"0x": 1}), ("{ x }", (), {" x ": 2}), ("{a.b.c}", (), {}), ("{0:", (1,), {}),
    ("{0", (1,), {}), ("{:}", (1,), {}), ("{0:{}}", (1, 2), {}), ("{:d}", ("a",), {}),
    ("{0[0]}", ([5],), {}), ("{" + "9" * 30 + "}", (), {}), ("{0[" + "9" * 30 + "]}", ([1],), {}),
    ("{0:}}", (1,), {}), ("{0:{{}}}", (1,), {}), ("x{0!s:}y", (1,), {}), ("{0!a}", ("é",), {}),
    ("{[0]}", ([7],), {}), ("{.x}", (ns,), {}), ("{:{}}{}", (1, 2, 3), {}),
    ("{0:{a}}", (1,), {"a": 3}), ("{0!r:{1}{2}}", ("ab", ">", 6), {}), ("}}{", (), {}),
    ("{0]}", (1,), {}), ("{a[}", (), {"a": 1}), ("{!r", (1,), {}), ("{0:x{", (1,), {}),
    ("{0:}x}", (1,), {}), ("{name!r:^10}|{x:+05d}", (), {"name": "é", "x": 42}),
    ("{0.inner.y:.3f}", (ns,), {}), ("{0[inner][y]}", (ns,), {}), ("{0.inner[y]:e}", (ns,), {}),
    ("{0[2]}", ([1, 2],), {}), ("{k}", (), {"k": None}), ("{0!s:>6}", (None,), {}),
    ("{:,}", (1234567,), {}), ("{:_b}", (255,), {}), ("{0:%} {0:.1%}", (0.25,), {}),
    ("{:{}{}{}}", (3.14159, "^", 10, ".2f"), {}), ("{:.{}}", ("abcdef", 3), {}),
    ("{!s}{!r}{!a}", ("x", "y", "ζ"), {}), ("{0!}", (1,), {}), ("{0!:}", (1,), {}),
    ("{0!\x01}", (1,), {}), ("{0!é}", (1,), {}), ("{0{}", (1,), {}), ("{0.x{}}", (ns,), {}),
    ("plain text", (), {}), ("", (), {}), ("日本{}語", ("x",), {}), ("{:*^{}}", ("é", 7), {}),
    ("{0}{1}{0}", ("a", "b"), {}), ("{a}{b}", (), {"a": 1}), ("{0:{1}}", (1,), {}),
    ("{0:{x}}", (1,), {"x": ">4"}), ("{:{:{}}}", (1, 2, 3), {}), ("{0[0][1]}", ([[1, 2]],), {}),
    ("{0:s}", (1.5,), {}), ("{:=^+8.2f}", (-3.14159,), {}),
]
print("\n".join(rec(*c) for c in cases))
