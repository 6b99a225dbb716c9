# Exact comparisons between ints and floats near 2**53 and beyond, and mixed-type equality.
big = 2**53
cases = [(big, float(big)), (big + 1, float(big)), (big + 1, float(big + 2)), (2**64, 2.0**64), (2**64 + 1, 2.0**64),
         (-(2**63), -(2.0**63)), (10**16 + 1, 1e16), (2**1024, float("inf")), (-(2**1024), float("-inf")), (0, -0.0),
         (1, 1.0000000000000002), (3, 2.9999999999999996), (-1, -0.9999999999999999)]
for i, f in cases:
    print(i == f, i < f, i > f, i <= f, f < i, f == i, f != i)
print(10**400 > 1e308, 10**400 < float("inf"), -(10**400) > float("-inf"), float("nan") == 10**400, 10**400 != float("nan"))
print(sorted([2**53 + 1, float(2**53), 2**53 - 1, 9007199254740992.5]), max(2**53 + 1, float(2**53)), min(1, 1.0), min(1.0, 1))
print(1 == 1.0 == True, {1, 1.0, True}, {1.0, 1}, len({0, 0.0, -0.0, False}), [1, 2] == [1.0, 2.0], (1,) == (True,))
print(0.1 + 0.2 == 0.30000000000000004, 1e16 + 1 == 1e16, int(1e16 + 2), 2**53 + 1.0 == 2**53, int(2**53 + 1.0))
print(hash(2**53) == hash(float(2**53)), hash(2**64) == hash(2.0**64), hash(-(2**70)) == hash(-(2.0**70)), hash(0.5) == hash(1 / 2))
