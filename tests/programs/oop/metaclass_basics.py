# Metaclasses: __new__/__init__/__call__/__prepare__, keywords, inheritance of metaclass.
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, sorted(kw)))
        ns = {"injected": "from prepare"}
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__"))))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args))
        return super().__call__(*args, **kwargs)
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def meta_method(cls):
        return "meta method on " + cls.__name__

class A(metaclass=Meta, tag="alpha"):
    x = 1
    def __init__(self, v):
        self.v = v
class B(A):
    y = 2
a = A(5)
B(6)
for entry in log:
    print(entry)
print(A, B, type(A), type(B), A.tag, B.tag, A.injected)
print(A.meta_method(), hasattr(a, "meta_method"), isinstance(A, Meta), isinstance(a, Meta))
try:
    a.meta_method()
except AttributeError as e:
    print(e)

Dyn = type("Dyn", (A,), {"z": 3, "f": lambda self: self.z})
print(type(Dyn).__name__, Dyn(1).f(), Dyn.__mro__[1].__name__)
Plain = type("Plain", (), {})
print(Plain.__name__, Plain.__bases__, type(Plain))
print(type(5), type("s") is str)
try:
    type("X", 1, {})
except TypeError as e:
    print(e)
try:
    type("a", "b")
except TypeError as e:
    print(e)

class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(e)
class M3(M1, M2): pass
class C4(C1, C2, metaclass=M3): pass
print(type(C4).__name__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Conf(metaclass=Singleton):
    def __init__(self):
        print("Conf init once")
print(Conf() is Conf())

def func_meta(name, bases, ns):
    print("function as metaclass for", name)
    return {"name": name, "keys": sorted(k for k in ns if not k.startswith("__"))}
class NotAClass(metaclass=func_meta):
    a = 1
    def b(self): pass
print(NotAClass)
class Counted(type):
    count = 0
    def __new__(m, *a):
        m.count += 1
        return super().__new__(m, *a)
class X1(metaclass=Counted): pass
class X2(X1): pass
print(Counted.count, X2.count)
