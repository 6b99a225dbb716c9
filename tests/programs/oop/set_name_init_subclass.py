# __set_name__, __init_subclass__, __class_getitem__ and class creation order.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    a = Field()
    b = Field()
    def __init_subclass__(cls, **kwargs):
        print("init_subclass of Model:", cls.__name__, sorted(kwargs))
        cls.registered = True
        super().__init_subclass__()
m = Model()
m.a = 1
print(m.a, m.b, Model.a.name, Model.__dict__["b"].private)

class Sub(Model, flag=True, other=2):
    c = Field()
print(Sub.registered, "registered" in Model.__dict__)

class Plugin:
    registry = []
    def __init_subclass__(cls, name=None):
        super().__init_subclass__()
        Plugin.registry.append(name or cls.__name__)
class P1(Plugin): pass
class P2(Plugin, name="second"): pass
class P3(P2): pass
print(Plugin.registry)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)
try:
    class Bad2(unknown=1): pass
except TypeError as e:
    print(e)

class ImplicitClassmethod:
    def __init_subclass__(cls):
        print("implicit classmethod, cls is", cls.__name__)
class Child(ImplicitClassmethod): pass
print(type(ImplicitClassmethod.__dict__["__init_subclass__"]).__name__)

class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Generic[int], Generic["x", 1])
try:
    Model[int]
except TypeError as e:
    print(e)

class Late:
    pass
f = Field()
Late.attr = f
print(hasattr(f, "name"))

class SetNameError:
    def __set_name__(self, owner, name):
        raise ValueError("cannot set " + name)
try:
    class Holder:
        thing = SetNameError()
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), e.__context__ is e.__cause__)

