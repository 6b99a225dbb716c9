# dir() of instances, classes, modules and objects with __dir__; vars().
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print([n for n in dir(c) if not n.startswith('__')])
print(dir(c) == sorted(dir(c)), '__init__' in dir(c), '__class__' in dir(c))
print([n for n in dir(Child) if not n.startswith("__")])
print('__eq__' in dir(object()), '__dict__' in dir(object()))
print(vars(c), sorted(vars(Child)))
print(sorted(set(dir(1)) - set(dir(object()))))
print([n for n in dir([]) if not n.startswith('__')])
print('mro' in dir(type), '__mro__' in dir(type))
def f():
    pass
print(sorted(set(dir(f)) - set(dir(object()))))
class Custom:
    def __dir__(self):
        return ("b", "a", "a")
print(dir(Custom()))
import types
mod = types.ModuleType("mod")
mod.beta = 1
mod.alpha = 2
print([n for n in dir(mod) if not n.startswith("__")])
def local_dir():
    z = 1
    y = 2
    return dir()
print(local_dir())
try:
    vars(5)
except TypeError as e:
    print(e)
class Slots:
    __slots__ = ("p",)
print([n for n in dir(Slots()) if not n.startswith("__")], "__dict__" in dir(Slots()))
