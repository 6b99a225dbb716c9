# __call__, __bool__, __len__ truthiness, __hash__/__eq__ rules, __index__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return x + self.n * (2 if twice else 1)
add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), callable(5))
try:
    n = 5
    n()
except TypeError as e:
    print(e)
try:
    Adder(1)()
except TypeError as e:
    print(e)

class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(T()), bool(L()), bool(Both()), bool(Neither()))

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
try:
    {EqOnly()}
except TypeError as e:
    print(e)
class EqAndHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, EqAndHash) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}), hash(EqAndHash(7)) == hash(7))
class Child(EqAndHash):
    def __eq__(self, other):
        return False
print(Child.__hash__)
class Child2(EqAndHash):
    pass
print(Child2.__hash__ is EqAndHash.__hash__)
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(e)
class HashReturnsStr:
    def __hash__(self):
        return "nope"
try:
    hash(HashReturnsStr())
except TypeError as e:
    print(e)
class HashBig:
    def __hash__(self):
        return 2 ** 100
print(hash(HashBig()) == hash(2 ** 100))
class HashNeg1:
    def __hash__(self):
        return -1
print(hash(HashNeg1()))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], "abc" * Idx(2), bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(4)), [0, 1][Idx(-1)], int.__index__(7), (5).__index__())
import operator
print(operator.index(Idx(9)))
class BadIdx:
    def __index__(self):
        return 1.5
try:
    lst[BadIdx()]
except TypeError as e:
    print(e)
try:
    lst["x"]
except TypeError as e:
    print(e)
try:
    operator.index(2.0)
except TypeError as e:
    print(e)
