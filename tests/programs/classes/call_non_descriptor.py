class M(type):
    __call__ = dict
class T(metaclass=M): pass
print(T(a=1), type(T(a=1)))
class W:
    __call__ = staticmethod(lambda *a: a)
print(W()(1, 2))
class Z:
    __call__ = len
try: Z()([1])
except TypeError as e: print(e)
print(Z.__call__([1, 2]))
from typing import TypedDict
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1); print(m, type(m))
