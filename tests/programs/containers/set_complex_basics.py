s = {3, 1, 2}
print(s, set(), frozenset(), frozenset([5, 1, 33]))
s.add(100); s.discard(1); print(s, len(s), 2 in s, 7 in s)
a = set(range(10)); b = {5, 6, 7, 20, 30}
print(a | b, a & b, a - b, a ^ b, b - a)
print(a.union([40, 41], (1,)), a.intersection(b, [5]), a.difference(b, [0]))
print(a <= a, b < a, {1} < {1, 2}, {1, 2} == frozenset({1, 2}), {1} != {2})
print(hash(frozenset({1, 2, 3})), hash(frozenset()))
x = {1, 2}; x |= {3}; x &= {2, 3}; x ^= {9}; x -= {2}; print(x)
try:
    set().pop()
except KeyError as e: print(repr(e))
try: {1}.remove(5)
except KeyError as e: print(repr(e))
try: {[]}
except TypeError as e: print(e)
print({c for c in "abc" if c}.__len__(), sorted({"b", "a"}))
print(set("hello") == set("ohel"), frozenset([1, 2]) in {frozenset([1, 2])}, {1} in {frozenset({1})})
s = set([1, 2, 3]); print(s.pop(), s); s.clear(); print(s)
print({1, 2}.isdisjoint([3]), {1}.issubset([1, 2]), {1, 2}.issuperset((1,)))
print({1,2,3}.symmetric_difference([3,4]), repr(frozenset({frozenset()})))
print(set({"a": 1, "b": 2}), list({-1, -2, 10**20, 0.5}))
class S(set): pass
print(S([1]), type(S([1]) | {2}))
print(1+2j, (1+2j)*(3-1j), abs(3+4j), (1j)**2, complex(1, 2), complex("1+2j"), complex(), (1+2j).conjugate(), (1+2j).real, 2j.imag)
print(hash(1+0j), hash(2j), 1+0j == 1, 1.5+0j == 1.5, (1+2j)/(1-1j), -(1+2j), format(1+2j, ".2f"), 1j+1, 2*1j, 1-1j)
