class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v


class EqAndHash(OnlyEq):
    def __hash__(self):
        return hash(self.v)


class Plain:
    pass


print(OnlyEq.__hash__, EqAndHash.__hash__ is not None, Plain.__hash__ is object.__hash__)
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError:", e)
s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), EqAndHash(2) in s, EqAndHash(3) in s)
p = Plain()
print(p == p, p != Plain(), hash(p) == hash(p), {p: 1}[p])
d = {1: "int", 1.0: "float"}
print(d, hash(1) == hash(1.0) == hash(True), {0, 0.0, False, -0.0})


class Weird:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0


print(Weird() == 5, 5 == Weird(), Weird() in [1, 2], [Weird()] == [3], len({Weird(), Weird()}))


class NotEq:
    def __ne__(self, other):
        return "custom ne"


print(NotEq() != 1, NotEq() == NotEq())
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(-1) == hash(-2), hash(2 ** 64), hash(0.5), hash(-0.0) == hash(0))
