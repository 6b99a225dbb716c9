class Gen:
    def __init__(self, *b): self.b = b
    def __mro_entries__(self, bases):
        print("entries", len(bases))
        return self.b
class A: pass
class B: pass
class C(Gen(A, B)):
    x = 1
print(C.__mro__, C.__bases__, C.__orig_bases__[0].b, C.x)
class D(A, Gen()): pass
print(D.__bases__, "__orig_bases__" in D.__dict__)
class E(A): pass
print("__orig_bases__" in E.__dict__)
class Bad:
    def __mro_entries__(self, bases): return [A]
try:
    class F(Bad()): pass
except TypeError as e: print(e)
from typing import Generic, TypeVar, List
T = TypeVar("T")
class Box(Generic[T]): pass
print(Box.__orig_bases__, Box.__mro__)
class Meta(type):
    def __new__(m, name, bases, ns):
        print("meta", name, bases, sorted(k for k in ns if k.startswith("__orig")))
        return super().__new__(m, name, bases, ns)
class H(Gen(A), metaclass=Meta): pass
print(type(H))
