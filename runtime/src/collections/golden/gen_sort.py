#!/usr/bin/env python3
"""Records CPython 3.11 list.sort behaviour for timsort's golden test.

Each line: `n reverse fail_at | keys | final | ncmp checksum`, where keys
are the sort keys of items 0..n-1, final is the item order after sorting
(item indexes), ncmp the number of `<` calls and checksum a fold of the
(left item, right item) pairs of every call, in order:
h = (h * 1000003 + a * 65536 + b) mod 2**64. fail_at > 0 makes the
fail_at-th comparison raise; final is then the list state after the
exception. Run: python3 gen_sort.py > sort.txt
"""
import random
import sys

assert sys.version_info[:2] == (3, 11)
rng = random.Random(99)


class Boom(Exception):
    pass


def run(keys, reverse, fail_at):
    state = {"n": 0, "h": 0}

    class It:
        __slots__ = ("k", "i")

        def __init__(self, k, i):
            self.k, self.i = k, i

        def __lt__(self, other):
            state["n"] += 1
            state["h"] = (state["h"] * 1000003 + self.i * 65536 + other.i) % 2**64
            if state["n"] == fail_at:
                raise Boom
            return self.k < other.k

    items = [It(k, i) for i, k in enumerate(keys)]
    try:
        items.sort(reverse=reverse)
    except Boom:
        pass
    return [x.i for x in items], state["n"], state["h"]


def pattern(n):
    kind = rng.randrange(8)
    if n == 0:
        return []
    if kind == 0:
        return [rng.randrange(1000) for _ in range(n)]
    if kind == 1:
        return [rng.randrange(4) for _ in range(n)]
    if kind == 2:
        return sorted(rng.randrange(1000) for _ in range(n))
    if kind == 3:
        return sorted((rng.randrange(1000) for _ in range(n)), reverse=True)
    if kind == 4:
        step = rng.randrange(2, 40)
        return [i % step for i in range(n)]
    if kind == 5:
        base = sorted(rng.randrange(1000) for _ in range(n))
        for _ in range(max(1, n // 20)):
            i, j = rng.randrange(n), rng.randrange(n)
            base[i], base[j] = base[j], base[i]
        return base
    if kind == 6:
        out = []
        while len(out) < n:
            run_len = rng.randrange(1, 80)
            start = rng.randrange(1000)
            up = rng.random() < 0.5
            out += [start + (i if up else -i) for i in range(run_len)]
        return out[:n]
    return [rng.randrange(n * 2) for _ in range(n)]


lines = []
for case in range(260):
    n = rng.choice([0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 200, 500, 1000, 2500])
    keys = pattern(n)
    reverse = rng.random() < 0.25
    fail_at = 0
    if n > 2 and rng.random() < 0.3:
        fail_at = rng.randrange(1, n * 3)
    final, ncmp, h = run(keys, reverse, fail_at)
    lines.append("%d %d %d|%s|%s|%d %d" % (n, reverse, fail_at, ",".join(map(str, keys)),
                                         ",".join(map(str, final)), ncmp, h))
print("\n".join(lines))
