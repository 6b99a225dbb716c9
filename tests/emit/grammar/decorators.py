# Decorators: names, attributes, calls and arbitrary expressions (PEP 614).
import functools
def deco(f): return f
def factory(*a, **k): return deco
decos = [deco]
class NS:
    deco = staticmethod(deco)
    class inner:
        deco = staticmethod(deco)
@deco
def a(): pass
@deco
@factory()
@factory(1, k=2)
def b(): pass
@NS.deco
def c(): pass
@NS.inner.deco
def d(): pass
@decos[0]
def e(): pass
@(lambda f: f)
def f(): pass
@deco if True else None
def g(): pass
@functools.wraps(a)
def h(): pass
@x := deco
def i(): pass
@deco
class K: pass
@deco
@factory()
class L:
    @deco
    def m(self): pass
@deco
async def coro(): pass
