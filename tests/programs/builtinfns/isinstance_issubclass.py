# isinstance/issubclass with tuples, nested tuples, abstract hooks, and their errors.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()), isinstance(1, (str, (float, (int,)))))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(B, B), issubclass(bool, (str, int)), issubclass(B, ()))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type), issubclass(int, object), issubclass(list, (tuple, dict)))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta): pass
print(isinstance("magic", M), isinstance("other", M), issubclass(int, M), issubclass(str, M), isinstance("magic", (int, M)))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: isinstance(1, 1))
show(lambda: isinstance(1, (int, 1)))
show(lambda: isinstance(1, [int]))
show(lambda: issubclass(1, int))
show(lambda: issubclass(int, 1))
show(lambda: issubclass(int, (1,)))
show(lambda: isinstance(1))
show(lambda: issubclass())
show(lambda: isinstance(1, int | str))
show(lambda: issubclass(bool, int | None))
show(lambda: isinstance([], list[int]))
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance((x for x in ()), cabc.Iterator), issubclass(dict, cabc.MutableMapping))
print(isinstance(3, (cabc.Sized, int)), isinstance("s", cabc.Hashable), isinstance([], cabc.Hashable), issubclass(str, cabc.Iterable))
