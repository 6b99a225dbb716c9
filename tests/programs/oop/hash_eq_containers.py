# User objects as dict keys and set members: __hash__/__eq__ contracts, identity shortcut, mutation.
class Key:
    def __init__(self, k):
        self.k = k
        self.eq_calls = 0
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        self.eq_calls += 1
        return isinstance(other, Key) and self.k == other.k
    def __repr__(self):
        return f"Key({self.k!r})"

a1, a2 = Key("a"), Key("a")
d = {a1: 1}
d[a2] = 2
print(d, len(d), a2.eq_calls + a1.eq_calls > 0)
print(a1 in d, Key("b") in d, d.get(Key("a")))
s = {Key(1), Key(1), Key(2)}
print(sorted(k.k for k in s))

class Colliding:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return isinstance(o, Colliding) and self.v == o.v
    def __repr__(self):
        return f"C{self.v}"
cs = {Colliding(i) for i in range(5)}
print(len(cs), Colliding(3) in cs, Colliding(9) in cs)

class IdentityOnly:
    pass
x = IdentityOnly()
print({x: 1}[x], hash(x) == hash(x), x == IdentityOnly())

class NanLike:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
n = NanLike()
print(n in [n], n in {n}, {n: 1}.get(n), [n] == [n], (n,) == (n,), n == n)

class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
m = Mutable(1)
ms = {m}
m.v = 2
print(m in ms, Mutable(2) in ms, Mutable(1) in ms, len(ms))

class StrKey(str):
    def __hash__(self):
        return super().__hash__()
    def __eq__(self, o):
        return super().__eq__(o)
sd = {StrKey("k"): 1}
print(sd["k"], "k" in sd, StrKey("k") in {"k": 0})
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    {{}}
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self):
        raise ValueError("no hash for you")
try:
    {BadHash()}
except ValueError as e:
    print("ValueError:", e)
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise RuntimeError("eq exploded")
bs = {BadEq()}
try:
    BadEq() in bs
except RuntimeError as e:
    print("RuntimeError:", e)
