def f(): pass
def f(a): pass
def f(a, b): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a, b=1, /, c=2): pass
def f(a=1, /, b=2, *, c, d=3): pass
def f(*args): pass
def f(*args, a): pass
def f(*, a, b=1): pass
def f(**kwargs): pass
def f(a, **kwargs,): pass
def f(a: int, b: "str" = "x", *args: tuple, c: float = 1.0, **kw: dict) -> None: pass
def f(*args: *Ts): pass
def f(
    a,
    b,
):
    pass
async def f(a, *, b): return await a
lambda: 1
lambda a: a
lambda a, b: a
lambda a, /: a
lambda a=1, /, b=2, *, c: 0
lambda *args, **kw: 0
lambda *, k: 0
class A(B, C):
    def method(self, x): return x
    @property
    def p(self): return 1
    @staticmethod
    def s(): pass
    class Inner: pass
def outer():
    def inner():
        nonlocal x
        global y
    x = 1
    return inner
