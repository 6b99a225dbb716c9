# bool as an int subclass: arithmetic, repr, comparisons and conversions.
print(True + True, True * 10, False - True, True / 2, True // 1, -True, +False, abs(-True))
print(True == 1, False == 0, 1.0 == True, hash(True), hash(False))
print(repr(True), str(False), int(True), float(False), complex(True))
print(bool(0), bool(1), bool(-3), bool(0.0), bool(-0.0), bool(float("nan")), bool(0j), bool(1j))
print(bool(""), bool(" "), bool([]), bool([0]), bool(()), bool({}), bool({0: 0}), bool(range(0)), bool(range(1)))
print(bool(None), bool(b""), bool(bytearray(1)), bool(frozenset()), bool(set([0])))
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__, type(True & True).__name__)
print(sum([True, True, False, True]), max(True, 2), min(False, -1))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length())
print(f"{True}", f"{True:d}", f"{True:>6}", "%s %d" % (True, False), format(False, "05"))
print({True: "a", 1: "b", 1.0: "c"})
print([1, 2, 3][True], "abc"[False])
print(True.conjugate(), (True).__index__(), divmod(True, True))
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(not True, not 0, True and 3, False or "x", 0 or False)
