d = {1: 'a', 2: 'b', 3: 'c', 40: 'd'}
e = {3: 'x', 40: 'y', 7: 'z'}
print(d.keys() & e.keys(), d.keys() | e.keys(), d.keys() - e.keys(), d.keys() ^ e.keys())
print(d.keys() & {1, 2, 99}, {1, 2, 99} & d.keys(), {5} | d.keys(), [1, 2] - d.keys() if False else d.keys() - [1])
print(d.items() & {(1, 'a'), (2, 'q')}, d.keys() == {1, 2, 3, 40}, d.keys() <= {1, 2, 3, 40, 5}, d.keys() < d.keys())
s = set()
for i in range(20):
    s.add(i * 7 % 13)
print(s, len(s))
s.discard(5); s -= {1, 2}; print(s)
fs = frozenset(range(30, 0, -3))
print(fs, fs & {3, 6, 100}, fs | {1000}, fs - set(range(10)))
print({-5, -1, 0, 3, 8, 1 << 40, 2 ** 64}, {"x"} | {"x"})
u = {1, 2, 3}
u.update([4], (5, 6), {7: 0}); print(u)
u.intersection_update({1, 2, 3, 4, 5}, [2, 3, 4]); print(u)
u.difference_update([3]); print(u)
u.symmetric_difference_update([2, 9]); print(u)
print(set([1, 2]) == [1, 2], {1} == {1.0}, {1, 2} > {1}, {1} >= {1, 2})
try:
    {1} < [1]
except TypeError as e:
    print(e)
try:
    s = {1, 2}
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
try:
    frozenset([1]).add
except AttributeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
print({frozenset({1, 2}): 'v'}[frozenset([2, 1])], {(1, 2), (2, 1)} == {(2, 1), (1, 2)})
print(set.union({1}, {2}, [3]), frozenset().union([1]), type(frozenset().union([1])).__name__)
print({i: None for i in range(5)}.keys() - {2})
