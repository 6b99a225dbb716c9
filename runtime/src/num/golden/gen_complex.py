#!/usr/bin/env python3
"""Records CPython 3.11 complex results (repr, complex(str), /, **, abs)
for num::complex's golden test, in gen.py's format (`c` complex values).
Run: python3 gen_complex.py > complex.tsv
"""
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11)
rng = random.Random(17)


def h(s):
    return "h" + s.encode("utf-8").hex()


def f(x):
    return "f%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def enc(v):
    if isinstance(v, complex):
        return "c" + f(v.real) + "," + f(v.imag)
    if isinstance(v, float):
        return f(v)
    if isinstance(v, str):
        return h(v)
    raise TypeError(v)


def rec(op, args, fn):
    try:
        r = fn()
        return "\t".join([op] + [enc(a) for a in args] + ["ok", enc(r)])
    except Exception as e:  # noqa: BLE001
        return "\t".join([op] + [enc(a) for a in args] + ["err", type(e).__name__, h(str(e))])


inf, nan = float("inf"), float("nan")
parts = [0.0, -0.0, 1.0, -1.0, 2.5, -3.0, 0.1, 1e16, 1e-5, 1e300, inf, -inf, nan, 100.0]
vals = [complex(a, b) for a in parts for b in parts]
out = []
for z in vals:
    out.append(rec("repr", (z,), lambda: repr(z)))
    out.append(rec("abs", (z,), lambda: abs(z)))
small = [complex(a, b) for a in [0.0, 1.0, -2.0, 0.5, 3.0] for b in [0.0, 1.0, -1.5, 2.0]]
exps = small + [complex(n, 0) for n in [2, 3, -1, -2, 10, 50, 101, -101, 0.5, -0.5]] + [1j, 2 + 1j]
for a in small + [complex(1e200, 1e200), complex(inf, 0), complex(nan, 1)]:
    for b in exps:
        out.append(rec("pow", (a, b), lambda: a ** b))
for _ in range(200):
    a = complex(rng.uniform(-10, 10), rng.uniform(-10, 10))
    b = complex(rng.uniform(-10, 10), rng.uniform(-10, 10)) if rng.random() < 0.8 else complex(rng.choice([0.0, 1.0]), 0.0)
    out.append(rec("div", (a, b), lambda: a / b))
    e = complex(rng.randrange(-6, 7), 0) if rng.random() < 0.5 else complex(rng.uniform(-3, 3), rng.uniform(-3, 3))
    out.append(rec("pow", (a, e), lambda: a ** e))
for a in vals[::7]:
    for b in vals[::5]:
        out.append(rec("div", (a, b), lambda: a / b))
strs = ['1+2j', '1-2j', '2j', '-j', '+j', 'j', 'J', '1e3+1e-3J', 'inf+nanj', '1_0+2_0j', '(1+2j)',
        ' ( 1+2j ) ', '(1+2j', '1+2j)', '', '1', '1e', '1e5', '-1.5e-3-2.5e+3j', '1+j', '1-j', 'infj',
        '-infj', 'nanj', '1 +2j', '1+ 2j', '+1.5', '.5j', '5.j', '1.e3j', '1__0j', '_1j', '1_j', 'j1',
        '1jj', '(j)', '()', '١+٢j', '\u3000 3j', '1e+5j', '1e+j', 'infinity+infinityj', '-nan-nanj',
        '1+2k', '0x1j', '(', ')', ' ', '+', '-1', '1.5e', 'e5', '(1)', '(-0-0j)', '1e308+1e309j']
for s in strs:
    out.append(rec("parse", (s,), lambda: complex(s)))
print("\n".join(out))
