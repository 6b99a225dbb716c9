x = a or b or c
x = a and b and c
x = a and b or c and d
x = not a
x = not not a
x = a < b <= c > d >= e == f != g
x = a in b not in c is d is not e
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = -a + +b - ~c
x = a ** -b ** c
x = -2 ** 2
x = await_ = 1
x = a if b else c
x = a if b else c if d else e
x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: a
x = lambda a, /, b: a
x = lambda *, a: a
x = lambda *a, **k: 0
x = (y := 5)
print(y := 6)
x = [y := 1, 2]
x = f(a)(b)(c)
x = a.b.c.d
x = a[1][2:3][::2][1:2:3][:, 1][..., None]
x = a[1:2, 3:4]
x = a[*b]
x = a[1, *b]
x = a[x:=1]
x = ()
x = (1,)
x = (1, 2, 3,)
x = 1, 2
x = [1, 2, *rest]
x = {1, 2, *rest}
x = {}
x = {1: 2, **other, 3: 4}
x = {**a}
x = [i for i in range(10) if i if i > 2]
x = {i for i in y}
x = {k: v for k, v in items}
x = (i for i in y)
x = [(i, j) for i in a for j in b if i != j]
async def agen():
    x = [i async for i in y]
f(x for x in y)
f(*args, **kwargs)
f(a, *b, c=1, *d, **e)
f(a=1, b=2)
f(*a, *b)
f(**a, **b)
f(a, b,)
x = "string" 'concat'
x = b"bytes"
x = u"unicode"
x = r"raw\n"
x = f"fstr {x!r:>10} {y=}"
x = 1_000_000 + 0x_ff + 0o17 + 0b1010 + 1.5e-3 + 2j + 1.j + .5
x = 10**100
x = ...
x = None, True, False
x = a.b(c)[d].e
x = [
    1,
    2,
]
x = (
    a
    + b
)
x = yield_ = 2
def g():
    x = yield
    y = yield 1
    z = yield from w
    yield a, b
    await_ = (yield)
    return (yield x)
x = *a, *b
print(*a)
x = a if (b := c) else d
x = [*a, *b]
