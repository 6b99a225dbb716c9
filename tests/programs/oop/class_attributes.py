# Class bodies as namespaces, class vs instance attributes, bound methods.
trace = []
class Body:
    trace.append("body runs at definition")
    x = 1
    y = x + 1
    def method(self):
        return self.x
    z = [x * i for i in range(3)]
    del x
    if True:
        conditional = "yes"
    for loop_var in range(2):
        pass
print(trace, Body.y, Body.z, hasattr(Body, "x"), Body.conditional, Body.loop_var)
print(sorted(k for k in Body.__dict__ if not k.startswith("__")))
print(Body.__name__, Body.__qualname__, Body.__module__, Body.__doc__)

class Doc:
    """The docstring."""
print(Doc.__doc__)

class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.shared.append(self.count)
a, b = Counter(), Counter()
print(Counter.count, a.count, a.shared is b.shared, a.shared)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)

class M:
    def meth(self, x):
        return (self.tag, x)
    tag = "M"
m = M()
bm = m.meth
print(bm(1), bm.__self__ is m, bm.__func__ is M.meth, bm.__name__, bm.__qualname__)
print(M.meth(m, 2), m.meth == m.meth, m.meth is m.meth, M.meth == M.meth)
print(type(bm).__name__, type(M.meth).__name__)
m.meth = lambda x: ("instance attr", x)
print(m.meth(3))
M.new_method = lambda self: "added later"
print(M().new_method())
m2 = M()
m2.tag = "inst"
print(m2.meth(0))

class Outer:
    class Inner:
        class Deepest:
            pass
    def f(self):
        def g():
            pass
        return g
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer().f().__qualname__)
print(Outer.f.__qualname__)

class Private:
    __secret = 1
    def get(self):
        return self.__secret
    def set(self, v):
        self.__hidden = v
p = Private()
p.set(5)
print(p.get(), p._Private__secret, p._Private__hidden, "_Private__hidden" in vars(p))
try:
    p.__secret
except AttributeError as e:
    print(e)
try:
    Body().missing
except AttributeError as e:
    print(e)
try:
    Body.missing
except AttributeError as e:
    print(e)
class Slotted:
    pass
s = Slotted()
s.__dict__["direct"] = 1
print(s.direct, vars(s))
print(type(Body.__dict__).__name__)
try:
    Body.__dict__["x"] = 1
except TypeError as e:
    print(e)
