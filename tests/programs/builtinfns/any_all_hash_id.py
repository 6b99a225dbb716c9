# any/all short-circuiting, hash() of builtins, id() consistency without printing addresses.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
seen = []
def probe(v):
    seen.append(v)
    return v
print(any(probe(v) for v in [0, 0, 1, 1, 1]), seen)
seen.clear()
print(all(probe(v) for v in [1, 1, 0, 1]), seen)
print(any("abc"), all(""), any({0: 1}), all({1: 0}), any(range(0)), all(range(1, 5)))
for bad in (lambda: any(5), lambda: all(None), lambda: any()):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(hash(0), hash(1), hash(-1), hash(-2), hash(10**20), hash(-(10**20)), hash(0.5), hash(1e-300), hash(True), hash(3 + 0j), hash(1j))
print(hash((1, 2)), hash(((1, 2), 3)), hash(()), hash(frozenset({1, 2})), hash(2**61 - 1) == 0, hash(2**61 + 5))
print(hash(float(2**61)), hash(-0.0), hash(float("inf")), hash(float("-inf")), hash(1.5e300))
class H:
    def __hash__(self):
        return 2**70
class Hneg:
    def __hash__(self):
        return -1
class Hbad:
    def __hash__(self):
        return "x"
class EqOnly:
    def __eq__(self, o):
        return True
print(hash(H()), hash(Hneg()), H.__hash__(H()))
for obj in (Hbad(), EqOnly(), [], {}, set()):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError", e)
x = object()
print(id(x) == id(x), id(x) != id(object()) or True, isinstance(id(x), int), id(None) == id(None), hash(x) == hash(x))
l1, l2 = [], []
print(id(l1) != id(l2), (id(l1) == id(l1)), [id(v) for v in ()])
