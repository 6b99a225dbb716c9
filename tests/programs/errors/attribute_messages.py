# Attribute assignment/deletion errors on built-in and user objects.
def show(fn):
    try:
        fn()
    except (AttributeError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")

show(lambda: setattr(1, "x", 1))
show(lambda: setattr("s", "upper", 1))
show(lambda: setattr([], "append", 1))
show(lambda: setattr(int, "x", 1))
show(lambda: setattr(object(), "x", 1))
show(lambda: delattr(1, "real"))
show(lambda: setattr((1).real, "imag", 0))
show(lambda: setattr(len, "x", 1))
def f():
    pass
f.custom = 1
print(f.custom, f.__dict__)
show(lambda: delattr(f, "missing"))
show(lambda: setattr(f, "__name__", 5))
show(lambda: setattr(f, "__code__", 1))
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
class C:
    __slots__ = ()
show(lambda: setattr(C(), "a", 1))
class P:
    @property
    def ro(self):
        return 1
show(lambda: setattr(P(), "ro", 2))
show(lambda: delattr(P(), "ro"))
show(lambda: setattr(P, 5, 1))
show(lambda: getattr(P(), "nope"))
show(lambda: P.nope)
import sys
show(lambda: sys.nope)
show(lambda: setattr(None, "x", 1))
show(lambda: (1).__class__.__name__.upper.x)
show(lambda: delattr(P, "nope"))
show(lambda: type.__dict__["__name__"].__set__(int, "x"))
class M:
    def m(self):
        pass
show(lambda: setattr(M().m, "x", 1))
show(lambda: setattr(property(), "fget", None))
e = ValueError()
e.extra = 5
print(e.extra)
show(lambda: setattr(ValueError, "x", 1))
