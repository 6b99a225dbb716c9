"""Module docstring."""
import os, sys as system
import os.path
import xml.etree.ElementTree as ET
from collections import OrderedDict as OD, defaultdict

def plain(a, b, c=1, *args, d, e=2, **kw):
    "doc"
    x = a + b
    y = x * c
    return x, y, args, kw

def posonly(a, b=2, /, c=3, *, d=4):
    return a + b + c + d

def noreturn():
    pass

def closure(n):
    total = 0
    def add(k):
        nonlocal total
        total += k
        return total
    def get():
        return total, n
    return add, get

def cell_arg(x, y):
    def inner():
        return x
    y = 5
    return inner, y

@staticmethod
@property
def decorated(self):
    return self

lam = lambda x, *y, z=3, **w: (x, y, z, w)
lam2 = lambda: (yield)

def defaults_complex(a=[1, 2], b={'k': 1}, c=(1, 2), *, d=None, e=-1, f=1.5):
    return a, b, c, d, e, f

def annotated(a: int, b: "str" = "x", *c: float, d: list, **e: dict) -> None:
    v: int = 3
    w: str
    return v

def uses_global():
    global counter
    counter = counter + 1
    del counter
    return len([])

def shadow(len):
    return len

async def coro(x):
    await x
    async with x as y:
        pass
    async for z in y:
        print(z)
    return [w async for w in x]

async def agen():
    yield 1
    await agen()

def gen():
    x = yield 1
    yield from range(x)
    return 5

def kwcalls(f, *a, **k):
    f(1, 2, x=3, y=4)
    f(*a)
    f(*a, **k)
    f(1, *a, 2, z=1, **k)
    f(**k)
    f(a=1, **k, b=2)
    obj.meth(1, key=2)
    obj.meth(*a)
    os.path.join("a", "b")
