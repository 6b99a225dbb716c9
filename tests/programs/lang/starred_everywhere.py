# Starred expressions in tuples, returns, yields, subscripts (3.11), for targets and calls.
a = [1, 2]
b = (3, 4)
t = *a, *b
print(t, type(t).__name__)
def ret():
    rest = [2, 3]
    return 1, *rest
print(ret())
def gen():
    yield 0, *a
    yield *b,
print(list(gen()))
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
idx = (1, 2)
print(g[*idx], g[0, *idx], g[*idx, 9], g[*[]] if False else g[()])
for first, *others in [(1, 2, 3), "xyz", [4]]:
    print(first, others)
nested = [*[*range(2)], *{"k": 1}, *"ab"]
print(nested)
d = {**{"a": 1}, **dict(b=2)}
s = {*range(3), *[2, 3]}
print(d, sorted(s))
print(*[], sep="|")
print(*"abc", sep="|")
print(max(*[3, 9, 2]), min(*(5, 1)), [*map(str, range(3))])
x, *y = *a, *b
print(x, y)
def kw_and_star(*args, **kwargs):
    return args, kwargs
print(kw_and_star(*a, *b, 5, **{"k": 1}, z=0))
try:
    print(*None)
except TypeError as e:
    print(e)
try:
    kw_and_star(**None)
except TypeError as e:
    print(e)
try:
    (*a,) = 5
except TypeError as e:
    print(e)
