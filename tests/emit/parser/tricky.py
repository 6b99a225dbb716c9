def gen():
    print((yield))
    x = yield
    return *a, b
    yield *a, b
    await_ = yield from (yield)
for x in *a, b:
    pass
a[()]; a[:,]; a[...]; a[1:2,]; a[::]; a[:]; a[::-1]
x = 0_0 + 1e1_0 + 0xDEAD_BEEF + 1_0j + 0O17 + 0B1 + 1E-5 + 1. + .1e+2
x = not a in b
x = a if b else lambda: c
x = -x**-y
x = ~~x
x = not -x
a @= b
x = *a,
a, = b
[] = []
() = ()
[a, [b, (c, *d)]] = e
x = a < b not in c is not d
if (x := 1): pass
while (line := f()): pass
z = [y := f(x), y**2]
def f(a=(b := 1)): pass
g = lambda: (x := 1)
@x[0].y(z)
def h(): pass
class A(*bases, **kw): pass
f(*[1], **{})
with a, b: pass
with a as b, c as d: pass
with (a as b): pass
with (a): pass
with (a, b) as c, d: pass
with (a,): pass
with (
    a as b,
    c,
): pass
del (a), b
del [a, b], (c,)
del a[0], a.b
x = {**a, 'b': 1, **c}
x = {k: v for k, v in d.items() if (w := v)}
x = [[i for i in j] for j in k]
x = (x for x in y for y in z if x if y)
async def ag(): return {x async for x in y}
print(f"{x}" "y" f"{z!s}")
print(r"\n" R"\t" U"u", B"b" Br"br" rB"rb")
print("""a
b""", '''c''')
x = a.b.c(d).e[f](g)[h:i]
x = a is not b
x = (a) (b)
x = (a)[b]
x = (a).b
x = ((a, b))
x = (((a)))
x = [*a]; x = {*a}
assert (a, b)[0]
raise E from (a) if 0 else None
global q
import a.b.c as d
x = 1 if 2 else 3 if 4 else 5
x = lambda: lambda: 0
x = lambda x=lambda: 0: x
f(a)(b)(c)
match (x):
    case (a, b) if a > b: pass
    case [*_, last]: pass
    case {'k': [1, 2, {'n': _}]}: pass
    case Point(x=0) | Point(y=0): pass
    case -0j | 1 - 1j | -1 + 0j: pass
    case a.b.c as d: pass
    case (1 | 2 | 3) as x if x: pass
    case str() | bytes(): pass
match[x] = 1
match(x).y = 2
print(match.x)
match -x:
    case _: pass
match x, *y:
    case _: pass
match {1: 2}:
    case {1: _}: pass
