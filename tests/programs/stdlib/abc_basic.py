import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
try: Base()
except TypeError as ex: print(ex)
class Half(Base):
    def f(self): return 1
try: Half()
except TypeError as ex: print(ex)
class Full(Half):
    def g(self): return 2
print(Full().f(), Full().g(), isinstance(Full(), Base), Base.__abstractmethods__ == frozenset({'f', 'g'}))
class Virt: pass
Base.register(Virt); print(issubclass(Virt, Base), isinstance(Virt(), Base))
