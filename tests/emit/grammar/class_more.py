# Classes with keyword arguments, starred bases, nested classes and scopes.
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
bases = (Base,)
class Star(*bases):
    def run(self):
        return super().run()
class Kw(Base, **{}):
    x = 1
    y = [x for _ in range(2)] if False else None
    def __init_subclass__(cls, /, flag=False, **kw):
        super().__init_subclass__(**kw)
class Sub(Kw, flag=True):
    pass
class Outer:
    class Middle:
        class Inner:
            def where(self):
                return __qualname__ if False else self.__class__.__qualname__
    def method(self):
        class Local:
            pass
        return Local
class WithDocAndAnnotations:
    "doc"
    a: int
    b: "str" = "b"
    def __repr__(self) -> str: return "W"
