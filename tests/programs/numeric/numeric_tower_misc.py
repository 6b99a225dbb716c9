# int/float methods reached through the type, numerator/denominator, __index__ users.
print(int.__add__(2, 3), int.__sub__(2, 3), float.__mul__(2.0, 4), int.__truediv__(7, 2), int.__mod__(-7, 3))
print(int.__add__(2, 3.0), float.__add__(1.0, 2), int.__lt__(1, 2), float.__eq__(1.0, 1), int.__eq__(1, "1"))
print((5).__rsub__(10), (5).__rpow__(2), (2.0).__rtruediv__(1), (7).__rdivmod__(30), (3).__rlshift__(1))
print((7).numerator, (7).denominator, (2.5).real, (7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__round__(-1))
print(int.__new__(int, "12"), float.__new__(float, "1.5"), int.__repr__(5), float.__repr__(0.25))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], "hello"[Idx(-1)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)))
print(list(range(10))[Idx(1):Idx(8):Idx(3)], (1, 2, 3) * Idx(2), "ab" * Idx(3), int(Idx(9)))
try:
    [1][Idx("x")]
except TypeError as e:
    print("TypeError", e)
for bad in (1.5, "1", None):
    try:
        [1, 2][bad]
    except TypeError as e:
        print("TypeError", e)
    try:
        range(bad)
    except TypeError as e:
        print("TypeError", e)
print(int.from_bytes(b"\x10", "big") + 1, float.fromhex("0x10"))
print(isinstance(1, (float, int)), isinstance(1.0, int), issubclass(int, object), type(1) is int, type(2**100) is int)
print(int.__name__, float.__qualname__, complex.__name__, bool.__mro__, int.__mro__)
print(sorted([3, 1.5, True, -2, 2**65, -0.5]), max([1, 2.5, 2]), min(3, 2.0, 2))
