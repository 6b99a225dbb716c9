# Implicit special-method lookup goes to the type: instance attributes and __getattr__ are bypassed.
class C:
    def __len__(self): return 1
c = C()
c.__len__ = lambda: 5
print(len(c), c.__len__())
class G:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __repr__(self): return "G()"
    def __len__(self): return 3
g = G()
print(len(g), repr(g), str(g) == "G()")
class Meta(type):
    def __getattr__(cls, name):
        return f"meta-getattr:{name}"
class M(metaclass=Meta):
    pass
print(M.anything)
try:
    len(M())
except TypeError as e:
    print(e)
class NoIter:
    def __getattr__(self, name):
        if name == "__iter__":
            return lambda: iter([1, 2])
        raise AttributeError(name)
try:
    list(NoIter())
except TypeError as e:
    print(e)
print(NoIter().__iter__ is not None)
class Callable:
    pass
cc = Callable()
cc.__call__ = lambda: "instance call"
try:
    cc()
except TypeError as e:
    print(e)
class WithEnter:
    pass
w = WithEnter()
w.__enter__ = lambda: 1
w.__exit__ = lambda *a: None
try:
    with w:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class HashInst:
    pass
h = HashInst()
h.__hash__ = lambda: 42
print(hash(h) != 42)
class Bool:
    pass
b = Bool()
b.__bool__ = lambda: False
print(bool(b))
