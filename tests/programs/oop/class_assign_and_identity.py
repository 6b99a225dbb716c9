# __class__ assignment, object identity, class decorators, dynamic class changes.
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
print(a.who())
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco

found = []
@register(found)
@add_repr
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
print(Item("bolt", 3), found)

class Dyn:
    pass
d = Dyn()
Dyn.greet = lambda self: "hello"
print(d.greet())
del Dyn.greet
try:
    d.greet()
except AttributeError as e:
    print(e)
Dyn.__len__ = lambda self: 7
print(len(d), bool(d))
Dyn.__add__ = lambda self, o: "added"
print(d + 1)
Dyn.__eq__ = lambda self, o: True
print(d == 5)
class Derived(Dyn):
    pass
print(len(Derived()), Derived() + 2)
Dyn.__len__ = lambda self: 0
print(bool(Derived()))
del Dyn.__add__
try:
    Derived() + 1
except TypeError as e:
    print(e)

x = object()
y = x
print(x is y, id(x) == id(y), x is not object())
empty_a, empty_b = [], []
print(empty_a is empty_b, tuple() is tuple(), "" == "")
class Eq:
    def __eq__(self, o):
        return True
e = Eq()
print(e == 1, e != 1)
lst = [e]
print(lst.count(1), 1 in lst)
print(type(type).__name__, type(object).__name__, type.__class__ is type)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, A)
A.__qualname__ = "Outer.Renamed"
print(A.__qualname__, repr(A))
try:
    A.__name__ = 5
except TypeError as e:
    print(e)
