class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.options = kw

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by_meta = True
        return obj

    def __repr__(cls):
        return f"<class {cls.__name__} via Registry>"

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": name}


class Base(metaclass=Registry):
    pass


class Child(Base, flavor="sweet"):
    def __init__(self, v=1):
        self.v = v


c = Child(5)
print(Registry.classes, Child.options, Base.options, c.v, c.created_by_meta, Child.prepared)
print(repr(Child), type(Child), type(Child).__mro__, isinstance(Child, Registry))
Dyn = type("Dyn", (Child,), {"extra": 42, "method": lambda self: self.v * 2})
print(Dyn.extra, Dyn(3).method(), Registry.classes[-1], Dyn.__mro__[1].__name__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, n):
        self.n = n


print(Config(1) is Config(2), Config(3).n)


class Ordered:
    def __init_subclass__(cls, order=0, **kw):
        super().__init_subclass__(**kw)
        cls.order = order


class A(Ordered, order=2): pass
class B(Ordered): pass
print(A.order, B.order, sorted([A, B], key=lambda k: k.order))
print(type.__name__, type(type), type(object), object.__bases__, type.__bases__)
