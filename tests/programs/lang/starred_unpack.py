# Starred assignment targets and starred expressions in displays and calls.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, b = range(2)
print(a, mid, b)
a, *mid, b = (1, 2, 3, 4, 5)
print(a, mid, b)
[x, *y], z = "ab", 3
print(x, y, z)
*whole, = iter({1: 0, 2: 0})
print(whole)

def gen():
    yield from range(3)
h, *t = gen()
print(h, t)

for msg, target in [("too few", [1]), ("too many", [1, 2, 3])]:
    try:
        p, q = target
    except ValueError as e:
        print(msg, "->", e)
try:
    a, b, *c, d = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, b = None
except TypeError as e:
    print(e)

print([*range(3), *"ab", 9])
print((*[1, 2],))
print({*[3, 1], *(2,)})
print({**{"a": 1}, "b": 2, **{"a": 3}})

def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], 3, *(4,), **{"x": 1}, y=2))
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
print(*[1, 2, 3], sep="-")
