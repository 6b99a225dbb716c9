import itertools
print(list(itertools.islice(itertools.count(1, 0.5), 3)), list(itertools.accumulate([3, 1, 4], max)), list(itertools.product([1, 2], repeat=2)))
print([list(g) for k, g in itertools.groupby([1, 1, 2, 3, 3], key=lambda v: v % 2)])
g = itertools.groupby('aabb'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
print(list(itertools.permutations('abc')), list(itertools.combinations(range(4), 3)))
print(next(itertools.repeat(1)), list(itertools.zip_longest([1, 2], [3])), repr(itertools.count(3)), repr(itertools.repeat('a', 2)))
