# Class __annotations__ (own dict, created on access, never inherited), __abstractmethods__,
# type.__instancecheck__/__subclasscheck__.
class A:
    x: int
class B(A):
    pass
print(A.__annotations__, B.__annotations__, "__annotations__" in B.__dict__)
class C:
    pass
print(C.__annotations__, "__annotations__" in C.__dict__)
C.__annotations__ = {"a": 1}
print(C.__annotations__)
del C.__annotations__
print(C.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print("TypeError", e)
print(type.__instancecheck__(int, 1), type.__subclasscheck__(int, bool), type.__instancecheck__(str, 1))
print(A.__text_signature__)
for cls in (type, A):
    try:
        cls.__abstractmethods__
    except AttributeError as e:
        print("AttributeError", e)
class D:
    pass
D.__abstractmethods__ = frozenset({"x", "a"})
print(sorted(D.__abstractmethods__))
try:
    D()
except TypeError as e:
    print(e)
D.__abstractmethods__ = frozenset({"only"})
try:
    D()
except TypeError as e:
    print(e)
D.__abstractmethods__ = ()
print(type(D()).__name__)
del D.__abstractmethods__
print(type(D()).__name__)
class Meta(type):
    def __instancecheck__(cls, obj):
        print("custom check, falling back to type's")
        return super().__instancecheck__(obj)
class M(metaclass=Meta):
    pass
print(isinstance(M(), M), isinstance(1, M))
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
print(Base.__abstractmethods__, Base.__dict__["__abstractmethods__"] == frozenset({"run"}))
class Impl(Base):
    def run(self):
        return "ran"
print(Impl().run(), Impl.__abstractmethods__)
