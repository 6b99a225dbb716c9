# isinstance/issubclass with tuples, nested tuples, abc registration, __instancecheck__, __subclasscheck__.
import abc
print(isinstance(1, (str, (float, int))), issubclass(bool, (str, int)), isinstance(True, int))
print(isinstance([], ()), issubclass(int, ()))
try:
    isinstance(1, [int])
except TypeError as e:
    print(e)
try:
    issubclass([], list)
except TypeError as e:
    print(e)

class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, str) and inst.startswith("duck")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=Meta):
    pass
class Mallard:
    quack = True
print(isinstance("duckling", Duck), isinstance("goose", Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    @abc.abstractmethod
    def perimeter(self):
        ...
try:
    Shape()
except TypeError as e:
    print(e)
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
try:
    Square(2)
except TypeError as e:
    print(e)
class FullSquare(Square):
    def perimeter(self):
        return 4 * self.s
fs = FullSquare(3)
print(fs.area(), fs.perimeter(), isinstance(fs, Shape))

class Sized(abc.ABC):
    pass
Sized.register(list)
print(isinstance([], Sized), issubclass(list, Sized), isinstance((), Sized))

class HasLen(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(str, HasLen), issubclass(int, HasLen), isinstance({}, HasLen))

class Base:
    pass
class Derived(Base):
    pass
d = Derived()
print(isinstance(d, Base), type(d) is Base, type(d) == Derived, issubclass(Derived, Derived))
class Fake:
    __class__ = Base
print(isinstance(Fake(), Base), type(Fake()) is Fake)
print(isinstance(Base, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(isinstance(None, type(None)), isinstance(print, object))
class AbstractProp(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self):
        ...
try:
    AbstractProp()
except TypeError as e:
    print(e)
print(sorted(Shape.__abstractmethods__))
