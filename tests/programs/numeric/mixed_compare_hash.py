# Comparisons across int/float/bool/complex/Fraction-free types and hash() agreement.
import sys
print(1 == 1.0, 1 == True, 2**53 == float(2**53), 2**53 + 1 == float(2**53 + 1))
print(2**53 + 1 > float(2**53), 10**400 > float("inf"), -10**400 < float("-inf"), 10**400 > 1e308)
print(0.1 + 0.2 == 0.3, 0.5 == 1/2, 3 < 3.5 < 4, 1 < True, False < 0.5)
print(float("nan") == 1, 1 != float("nan"), (1, 2) < (1, 3), (1, 2.0) == (1, 2))
print([1, 2] < [1, 2, 0], [] < [0], (2,) > (1, 9, 9), "a" < "b", "Z" < "a", "" < "a")
for a, b in [(1, "1"), ([1], (1,)), (None, 0), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print(1 == "1", [1] == (1,), None == 0, {} == {}, {1: 2} == {1: 2.0})
vals = [0, 1, -1, -2, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 2**100, -(2**100),
        10**30, 0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 1e300, 2.0**70, True, False, None]
for v in vals:
    print(repr(v), hash(v) if v is not None else "-")
print(hash(1) == hash(1.0) == hash(True), hash(2**61 - 1), hash(-(2**61 - 1)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((1.5, -2)))
print(hash((0,)), hash((-1,)), hash(((),)), hash((True, False, 3.25)))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])))
print(hash(range(0)) == hash(range(0)), hash(slice(1, 2)) if sys.version_info >= (3, 12) else "slice-unhashable")
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
print(sys.hash_info.modulus, sys.hash_info.width, sys.hash_info.inf, sys.hash_info.nan)
d = {1: "int", 1.0: "float", True: "bool"}
print(d, {0.0: 1, 0: 2, -0.0: 3, False: 4})
