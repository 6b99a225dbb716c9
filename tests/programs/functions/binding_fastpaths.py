"""Argument binding and arithmetic fast paths give the same results and
errors as the general paths."""


def pos(a, b, c=3, d=4):
    return (a, b, c, d)


def kwo(a, *, k=10, m):
    return (a, k, m)


def po(a, b, /, c=0):
    return (a, b, c)


def show(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print("TypeError:", e)


show(pos, 1, 2)
show(pos, 1, 2, 5)
show(pos, 1, b=2)
show(pos, b=1, a=2)
show(pos, 1, 2, d=7)
show(pos, 1, 2, c=8, d=9)
show(pos, 1)
show(pos, 1, a=2)
show(pos, 1, 2, e=5)
show(pos, 1, 2, 3, 4, 5)
show(kwo, 1, m=2)
show(kwo, 1, m=2, k=3)
show(kwo, 1)
show(kwo, 1, 2)
show(po, 1, 2)
show(po, 1, 2, c=5)
show(po, 1, b=2)
# Direct calls (keyword names are constants of the call site).
print(pos(1, 2, d=0), pos(a=1, b=2), kwo(0, m=1), po(1, 2, c=3))
try:
    pos(1, 2, c=3, c2=4)
except TypeError as e:
    print("TypeError:", e)
try:
    kwo(1, k=2)
except TypeError as e:
    print("TypeError:", e)


def many():
    return 1


many.__defaults__ = (7, 8)
print(many())


def one(x):
    return x


one.__defaults__ = (1, 2, 3)
print(one())
one.__defaults__ = None
try:
    one()
except TypeError as e:
    print("TypeError:", e)


def kwd(*, a=1, b):
    return a, b


kwd.__kwdefaults__ = {"b": 5, "a": 2}
print(kwd(), kwd(a=0), kwd(b=9))
kwd.__kwdefaults__ = None
try:
    kwd()
except TypeError as e:
    print("TypeError:", e)

# Shifts and divisions on small ints and floats.
vals = [0, 1, -1, 5, -5, 7, 2**40, -(2**40), 2**61, -(2**61), 2**62 - 1]
for a in vals:
    print(a >> 0, a >> 1, a >> 3, a >> 62, a >> 63, a >> 64, a >> 1000)
    print(a << 0, a << 1, a << 3, a << 20, a << 62, a << 63, a << 64)
    for b in (1, -1, 3, 2**53, 2**53 + 1, -(2**60)):
        print(a / b, end=" ")
    print()
for bad in (-1, -100):
    try:
        print(1 >> bad)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(1 << bad)
    except ValueError as e:
        print("ValueError:", e)
for z in (0, 0.0, -0.0):
    for n in (1, 1.5, 0, 0.0):
        try:
            print(n / z)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
fl = [0.5, -0.0, 1e308, -1e308, 3.25, float("inf")]
for x in fl:
    for y in fl + [0, 3, -2, 2**62]:
        r = []
        for op in (lambda p, q: p + q, lambda p, q: p - q, lambda p, q: p * q):
            r.append(op(x, y))
            r.append(op(y, x))
        print(*[repr(v) for v in r])
x = 0.0
for i in range(1, 1000):
    x += 1.0 / (i * i)
    x -= i * 0.5
    x *= 1.0000001
print(repr(x))


class F(float):
    def __add__(self, o):
        return "F.add"

    def __radd__(self, o):
        return "F.radd"


print(F(1.0) + 2.0, 2.0 + F(1.0), 1 + F(2.0), F(2.0) + 1)
