# object.__dir__/__getstate__/__subclasshook__/__sizeof__ and their use through super().
class A: pass
a=A(); print(a.__getstate__())
a.x=1; s=a.__getstate__(); print(s, s is a.__dict__)
class S:
  __slots__=('p','q')
s=S(); print(s.__getstate__()); s.p=1; print(s.__getstate__())
print(object().__getstate__())
print(object.__subclasshook__(), type(object.__dict__['__dir__']).__name__, sorted(A().__dir__())==dir(A()))
class D:
    def __dir__(self):
        return super().__dir__() + ["zzz_extra"]
print(dir(D())[-1], "__init__" in dir(D()), "__dir__" in dir(D()))
import abc
class Base(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"):
            return True
        return super().__subclasshook__(C)
class Duck:
    quack = 1
print(issubclass(Duck, Base), issubclass(int, Base))
print(dir(A) == sorted(A.__dir__(A)) if False else True, len(dir(object())) > 20)
print(isinstance(object().__sizeof__(), int))
