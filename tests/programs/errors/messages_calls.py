# CPython's messages for bad calls to Python functions and methods.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

def f(a, b, c=3):
    pass
def g(a, /, b, *, c, d=4):
    pass
def h(*args, key):
    pass
def k(**kw):
    pass
class C:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
    @classmethod
    def cm(cls, x, y):
        pass

show(lambda: f())
show(lambda: f(1))
show(lambda: f(1, 2, 3, 4))
show(lambda: f(1, 2, d=5))
show(lambda: f(1, a=1, b=2))
show(lambda: g(1, 2, 3))
show(lambda: g(a=1, b=2, c=3))
show(lambda: g(1, 2))
show(lambda: g(1, b=2))
show(lambda: g())
show(lambda: h(1, 2))
show(lambda: k(1))
show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C.m(1))
show(lambda: C.s())
show(lambda: C.cm(1))
show(lambda: C(1))
show(lambda: object(1))
show(lambda: f(*[1], **{"a": 2}))
show(lambda: f(1, 2, 3, 4, 5))
def many(a, b, c, d):
    pass
show(lambda: many())
show(lambda: many(1))
def kwonly(*, a, b, c):
    pass
show(lambda: kwonly())
show(lambda: kwonly(1, a=1, b=2, c=3))
def pos_kw(a, b=2, *, c):
    pass
show(lambda: pos_kw(1, 2, 3))
show(lambda: pos_kw(1, 2, 3, 4, c=1))
show(lambda: pos_kw(1, c=1, z=3))
def posonly(a, b, /):
    pass
show(lambda: posonly(1, b=2))
show(lambda: posonly(a=1, b=2))
class Init:
    def __init__(self, x):
        self.x = x
show(lambda: Init())
show(lambda: Init(1, 2))
show(lambda: Init(y=1))
class BadInit:
    def __init__(self):
        return 5
show(lambda: BadInit())
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: abs())
show(lambda: divmod(1))
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: {}.get())
show(lambda: "x".split(1))
show(lambda: sorted([], 1))
show(lambda: print(bad=1))
