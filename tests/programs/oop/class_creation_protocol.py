# Class creation protocol: metaclass __new__/__init__, __set_name__ then __init_subclass__, __classcell__, __qualname__.
order = []
class D:
    def __set_name__(self, owner, name):
        order.append(("set_name", name))
class Base:
    def __init_subclass__(cls, **kw):
        order.append(("init_subclass", cls.__name__))
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        order.append(("meta new", sorted(k for k in ns if k.startswith("__"))))
        return super().__new__(m, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        order.append(("meta init", name))
        super().__init__(name, bases, ns, **kw)
class C(Base, metaclass=Meta):
    "doc"
    d = D()
    def m(self):
        return __class__
print(order)
print(C().m() is C)
class BadMeta(type):
    def __new__(m, name, bases, ns):
        ns2 = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(m, name, bases, ns2)
try:
    class X(metaclass=BadMeta):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)
except TypeError as e:
    print("TypeError:", e)
class Q:
    def __init_subclass__(cls):
        print("sub qualname", cls.__qualname__, cls.__module__)
def factory():
    class Local(Q):
        pass
    return Local
print(factory().__qualname__)
print(type("T", (), {"__qualname__": "Custom.T"}).__qualname__)
try:
    type("T", (), {"__qualname__": 5})
except TypeError as e:
    print(e)
class WithSlotsAndDict:
    __slots__ = ("a", "__dict__")
w = WithSlotsAndDict()
w.a = 1; w.b = 2
print(sorted(vars(w).items()), w.a)
