# Set algebra identities with frozensets as keys/members, set comprehensions, and method-vs-operator differences.
A = frozenset(range(0, 10, 2))
B = frozenset(range(0, 10, 3))
U = frozenset(range(10))
print(sorted(A | B), sorted(A & B), sorted(A - B), sorted(A ^ B))
print((A | B) - (A & B) == A ^ B, U - (A | B) == (U - A) & (U - B), A & (B | U) == (A & B) | (A & U))
print(A.union(range(3)) == A | set(range(3)), A <= U, A < U, U > A, A.isdisjoint(U - A), A.issuperset([0, 2]))
try:
    A | [1]
except TypeError as e:
    print("TypeError", e)
try:
    A <= [1]
except TypeError as e:
    print("TypeError", e)
groups = {frozenset({1, 2}): "a", frozenset({2, 1}): "b", frozenset(): "empty"}
print(groups, len(groups), frozenset() in groups)
power = {frozenset()}
for x in (1, 2, 3):
    power |= {s | {x} for s in power}
print(len(power), sorted(sorted(s) for s in power))
s = {x % 7 for x in range(50)}
print(s, {x for x in s if x > 3}, {(x, y) for x in range(2) for y in range(2)})
mut = set()
mut.add(frozenset([1]))
print(frozenset([1]) in mut, {1} in mut)
try:
    mut.add({2})
except TypeError as e:
    print("TypeError", e)
try:
    {1} in {1: 2}
except TypeError as e:
    print("TypeError", e)
print(set() == frozenset(), set([1]) | frozenset([2]), frozenset([1]) | set([2]), type(frozenset([1]) & {1}).__name__, type({1} ^ frozenset()).__name__)
print(sorted({3, 1, 2}, reverse=True), max({3, 1, 2}), sum({1, 2, 3}), len({*"abc", *"bcd"}), set(range(5)) - {1, 3} == {0, 2, 4})
a = {1, 2, 3}
for x in list(a):
    if x % 2:
        a.discard(x)
print(a)
try:
    for x in a:
        a.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
