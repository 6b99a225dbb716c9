# Less common grammar rules: await in power/unary/primary positions, slices
# beside starred items, complex assignment targets, yield inside f-strings.
async def awaits(x, f):
    a = await x ** 2
    b = -await x
    c = await x[0]
    d = await f()()
    e = await x.attr.other
    g = [await y for y in x]
    h = not await x
    return a, b, c, d, e, g, h
def gen():
    s = f"{(yield)}"
    t = f"{(yield 1)!r:>{(yield 2)}}"
    return s, t
obj = type("O", (), {})()
obj.items = [type("I", (), {})()]
obj.items[0].value = 1
obj.items[0].value += 1
[obj.a, obj.b] = 1, 2
(obj.c, [obj.d, *obj.e]) = (3, [4, 5, 6])
lst = [[0, 0], [0, 0]]
lst[0][1], lst[1][0] = 7, 8
grid = {}
grid[1:2, *"ab"] = 0 if False else None
view = grid if False else None
cm = __import__("contextlib").nullcontext([1, 2])
with cm as (first, *rest):
    pass
with cm as [*everything]:
    pass
del (lst[0]), [lst[0]]
number_forms = [0_0, 0e0, 0j, 1E+5J, 0X_A, 0O_7, 0B_1, 1_2.3_4e-5_6, .0, 0., 00.00]
from . import *
def defaults(a=lambda: (yield), *, b=[c for c in ()], **kw): pass
x = [i for i in range(3)][-1:][::-1][0]
y = (lambda: (lambda: 0))()()
z = not -+~1
w = 1 if 2 else 3 if 4 else 5
v = [*(1, 2), *[3], *{4}, *{5: 6}, *"7"]
