import os
import os.path as osp, sys
import a.b.c
from . import x
from .. import (y, z,)
from ...pkg.mod import name as alias, other
from .... import w
from mod import *
from . mod import q
x = 1
x = y = z = 2
a, b = b, a
a, *b = range(3)
[a, b] = 1, 2
(a, b), c = (1, 2), 3
x.attr = 5
x[0] = x[1:2] = 3
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2
x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1; x @= m
x: int
x: int = 5
(y): str = "s"
obj.attr: float = 1.0
obj[0]: list
del x
del x, y[0], z.a
del (a, b), [c]
assert x
assert x, "message"
pass
global g1, g2
def f():
    nonlocal_thing = 1
    def g():
        nonlocal nonlocal_thing
        return
    return nonlocal_thing, 2
raise
raise ValueError
raise ValueError("x") from None
if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass
while x:
    break
else:
    pass
for i in x:
    continue
for i in range(10):
    print(i)
else:
    pass
for a, b in pairs: pass
for (a, b) in pairs: pass
for [a, *b] in pairs: pass
for x.y in z: pass
for x[0], in z: pass
with open(f) as fh, open(g) as gh:
    pass
with (open(f) as fh, open(g) as gh,):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with a as (b, c):
    pass
with a:
    pass
def gen():
    with (yield):
        pass
try:
    pass
except ValueError as e:
    pass
except (TypeError, KeyError):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
class A: pass
class B(A, metaclass=M, **kw):
    x = 1
    def m(self): return self
class C(): pass
@dec
@dec.attr(1)
@(lambda f: f)
def decorated(a, b=1, *args, c, d=2, **kwargs) -> int:
    """doc"""
    return a
@dec
class D: pass
async def coro():
    await x
    async for i in aiter():
        pass
    async with a as b, c:
        pass
    return [i async for i in y]
x = 1 ;
if x: pass; pass
