# random: seeded sequences equal to CPython's for every seed kind, the
# integer, sequence and distribution functions, state save/restore,
# subclasses overriding random(), and error messages.
import random
import sys

import os


class Relative:
    """stdout with this folder stripped from paths (for warnings)."""

    def write(self, text):
        return sys.stdout.write(text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""))

    def flush(self):
        sys.stdout.flush()


sys.stderr = Relative()  # randrange()'s DeprecationWarnings go to stdout
out = []
for seed in [0, 1, 42, -7, 2**100, 3.5, "hello", b"bytes", bytearray(b"ba"), "", 0.0]:
    r = random.Random(seed)
    out.append((repr(seed), r.random(), r.randint(1, 100), r.randrange(0, 1000, 7), r.getrandbits(70),
                r.choice("abcdef"), r.uniform(2, 5), r.gauss(0, 1), r.normalvariate(5, 2), r.expovariate(1.5),
                r.triangular(0, 10, 3), r.sample(range(100), 5), r.sample(range(10**6), 8), r.choices("xyz", k=4),
                r.choices(range(5), weights=[1,2,3,4,5], k=3), r.gammavariate(2.5, 1.0), r.gammavariate(0.5, 2),
                r.betavariate(2, 3), r.vonmisesvariate(1, 4), r.paretovariate(3), r.weibullvariate(1, 2),
                r.lognormvariate(0, 1), r.randbytes(5), r.randrange(10**30)))
    l = list(range(20)); r.shuffle(l); out.append(l)
r = random.Random(5); st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); b = [r.random() for _ in range(3)]
out.append(a == b)
r = random.Random()
r.seed("abc", version=1); out.append(r.random())
r.seed(b"abc", version=1); out.append(r.random())
random.seed(123); out.append([random.random(), random.randint(0, 9), random.choice([1,2,3])])
out.append(random.sample(["a","b","c","d"], counts=[1,2,3,4], k=5))
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(0, 10, 0), lambda: random.choice([]), lambda: random.sample([1,2], 3), lambda: random.Random([1]), lambda: random.getrandbits(-1), lambda: random.choices([1], [1, 2]), lambda: random.sample({1, 2}, 1), lambda: random.randrange(1.5)]:
    try: out.append(bad())
    except Exception as e: out.append((type(e).__name__, str(e)))
class MyR(random.Random):
    def random(self): return 0.25
out.append([MyR().randrange(10), MyR().choice("abcd"), MyR().randint(1, 3)])
for line in out:
    print(line)

