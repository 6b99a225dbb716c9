# More starred forms: for-iterables, subscripts, returns, yields, sets, calls.
a, b = [1], [2]
for x in *a, *b:
    pass
for x in *a, 3:
    pass
t = a[*b] if False else None
t = {}.get(*a) if False else None
def f():
    return *a, *b
def g():
    yield *a, *b
    x = yield *a,
s = {*a, *b, *()}
l = [*a, *[*b, *a]]
c = print(*a, *b, *[], sep="")
(*a2,) = b
[*a3] = b
*a4, b4 = 1, 2
x = [*range(3)][*a] if False else 0
