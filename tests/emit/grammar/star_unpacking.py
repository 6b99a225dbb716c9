# Starred expressions everywhere they are allowed.
a = [1, 2]
b = {"k": 1}
t = *a, 3
t = (*a, *a)
l = [*a, *a, 0]
s = {*a, 4}
d = {**b, "x": 2, **{"y": 3}}
first, *rest = a
*init, last = a
(x, *y), z = (1, 2, 3), 4
[*p] = a
*q, = a
for *h, tail in [a]:
    pass
print(*a, *a)
def f(*args, **kw):
    return (*args, *kw)
f(*a, **b)
def g():
    return *a, 1
def h():
    yield *a, 2
r = [*range(3)]
u = {**{}}
v = *a,
