# Cooperative multiple inheritance: super() chains with **kwargs, mixins, method resolution.
class Base:
    def __init__(self, **kw):
        print("Base.__init__ leftover", sorted(kw))
        super().__init__()

class Named(Base):
    def __init__(self, name, **kw):
        print("Named.__init__", name)
        self.name = name
        super().__init__(**kw)

class Sized(Base):
    def __init__(self, size, **kw):
        print("Sized.__init__", size)
        self.size = size
        super().__init__(**kw)

class Item(Named, Sized):
    def __init__(self, **kw):
        print("Item.__init__")
        super().__init__(**kw)

it = Item(name="box", size=3, color="red")
print(it.name, it.size, [c.__name__ for c in Item.__mro__])

class JsonMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"{type(self).__name__}({fields})"
class Point(ReprMixin, JsonMixin):
    def __init__(self, x, y):
        self.x, self.y, self._hidden = x, y, 0
print(Point(1, 2), Point(1, 2).to_dict())

class A:
    def greet(self):
        return "A"
class B(A):
    def greet(self):
        return "B>" + super().greet()
class C(A):
    def greet(self):
        return "C>" + super().greet()
class D(B, C):
    def greet(self):
        return "D>" + super().greet()
print(D().greet(), B().greet())
print(super(B, D()).greet(), super(C, D()).greet())

class Counter:
    instances = 0
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.instances = 0
    def __init__(self):
        type(self).instances += 1
class X(Counter): pass
class Y(Counter): pass
X(); X(); Y()
print(X.instances, Y.instances, Counter.instances)

class Left:
    attr = "left"
class Right:
    attr = "right"
    only_right = True
class Both(Left, Right):
    pass
print(Both.attr, Both.only_right, Both().attr)
class Override(Both):
    attr = "own"
print(Override.attr, super(Override, Override()).attr)
class WithSlotsBase:
    __slots__ = ()
    def describe(self):
        return f"{type(self).__name__} with {self.value}"
class Valued(WithSlotsBase):
    __slots__ = ("value",)
    def __init__(self, v):
        self.value = v
print(Valued(5).describe())
class Abstractish:
    def template(self):
        return f"[{self.step1()}|{self.step2()}]"
    def step1(self):
        return "default1"
    def step2(self):
        raise NotImplementedError("step2 must be overridden")
class Concrete(Abstractish):
    def step2(self):
        return "concrete2"
print(Concrete().template())
try:
    Abstractish().template()
except NotImplementedError as e:
    print("NotImplementedError:", e)
