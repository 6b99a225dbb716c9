#!/usr/bin/env python3
"""Records CPython 3.11 repr() of doubles whose shortest representation
has two equally close candidates (ties), plus random doubles.
Line: `<16 hex digits of the IEEE bits> <repr>`. Run:
python3 gen_repr_ties.py > repr_ties.txt
"""
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11)
rng = random.Random(4)
vals = []
for _ in range(400):
    e = rng.randrange(45, 56)
    k = rng.randrange(2**e, 2**(e + 1))
    vals.append(k + rng.choice([0.25, 0.75, 0.5, 0.125]))
for _ in range(400):
    vals.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
for _ in range(200):
    vals.append(rng.randrange(1, 10**17) * 10.0 ** rng.randrange(-30, 30))
for x in vals:
    if x != x:
        continue
    print("%016x %s" % (struct.unpack("<Q", struct.pack("<d", x))[0], repr(x)))
