#!/usr/bin/env python3
"""Records CPython 3.11 set iteration orders for settable's golden test.

Each line: `A-ops|B-ops|op|expected` where ops are comma-separated `+k`
(add), `-k` (discard), `p` (pop; the popped key is appended to the
expected output as `p=k`), `c` (clear), `u` (A = A.copy()); op is one of
none, or, and, sub, xor, ior, iand, isub, ixor, copy, dict (A.update of a
dict built from B's keys in B's add order) and expected is the list of the
result, preceded by the pops. Run: python3 gen.py > sets.txt
"""
import random
import sys

assert sys.version_info[:2] == (3, 11)
rng = random.Random(7)


def key(r):
    k = r.random()
    if k < 0.5:
        return r.randrange(0, 64)
    if k < 0.7:
        return r.randrange(-40, 40)
    if k < 0.8:
        return r.choice([2**61 - 1, 2**61, 2**62 + 3, -(2**62), 2**63 - 1, -(2**63) + 1,
                         1 << 40, 8 << 20, 3 << 33])
    return r.randrange(-10**6, 10**6)


def run_ops(ops, pops):
    s = set()
    for op in ops:
        if op[0] == "+":
            s.add(int(op[1:]))
        elif op[0] == "-":
            s.discard(int(op[1:]))
        elif op == "p":
            if s:
                pops.append(s.pop())
        elif op == "c":
            s.clear()
        elif op == "u":
            s = s.copy()
    return s


def gen_ops(r, n):
    ops = []
    for _ in range(n):
        x = r.random()
        if x < 0.7:
            ops.append("+%d" % key(r))
        elif x < 0.9:
            ops.append("-%d" % key(r))
        elif x < 0.96:
            ops.append("p")
        elif x < 0.98:
            ops.append("u")
        else:
            ops.append("c")
    return ops


lines = []
ops_kinds = ["none", "or", "and", "sub", "xor", "ior", "iand", "isub", "ixor", "copy", "dict"]
for case in range(700):
    a_ops = gen_ops(rng, rng.choice([3, 8, 20, 60, 150, 400]))
    b_ops = gen_ops(rng, rng.choice([0, 2, 5, 15, 50, 120]))
    op = ops_kinds[case % len(ops_kinds)]
    pops = []
    a = run_ops(a_ops, pops)
    b = run_ops(b_ops, [])
    if op == "none":
        res = a
    elif op == "or":
        res = a | b
    elif op == "and":
        res = a & b
    elif op == "sub":
        res = a - b
    elif op == "xor":
        res = a ^ b
    elif op == "ior":
        a |= b
        res = a
    elif op == "iand":
        a &= b
        res = a
    elif op == "isub":
        a -= b
        res = a
    elif op == "ixor":
        a ^= b
        res = a
    elif op == "copy":
        res = set(a)
    elif op == "dict":
        d = {}
        for o in b_ops:
            if o[0] == "+":
                d[int(o[1:])] = None
        a.update(d)
        res = a
    out = ["p=%d" % p for p in pops] + [str(x) for x in res]
    lines.append("%s|%s|%s|%s" % (",".join(a_ops), ",".join(b_ops), op, ",".join(out)))
print("\n".join(lines))
