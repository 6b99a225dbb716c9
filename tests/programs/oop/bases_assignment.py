# Assigning __bases__: MRO recomputed for the class and its subclasses, slots updated, CPython checks.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def only_b(self): return "only B"
class C(A):
    pass
class D(C):
    pass
c, d = C(), D()
print(c.who(), d.who(), C.__mro__)
C.__bases__ = (B,)
print(c.who(), d.who(), d.only_b(), [k.__name__ for k in D.__mro__], isinstance(d, B), isinstance(d, A))
print(B.__subclasses__(), A.__subclasses__())
C.__bases__ = (A, B)
print(d.who(), d.only_b(), [k.__name__ for k in D.__mro__])
def show(fn):
    try:
        fn()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
show(lambda: setattr(C, "__bases__", []))
show(lambda: setattr(C, "__bases__", ()))
show(lambda: setattr(C, "__bases__", (1,)))
show(lambda: setattr(C, "__bases__", (D,)))
show(lambda: setattr(C, "__bases__", (C,)))
show(lambda: setattr(int, "__bases__", (object,)))
show(lambda: delattr(C, "__bases__"))
class X: pass
class Y(X): pass
show(lambda: setattr(C, "__bases__", (X, Y)))
print([k.__name__ for k in C.__mro__])
class Plain: pass
class Other: pass
show(lambda: setattr(Plain, "__bases__", (Other,)))
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class S3(S1): pass
show(lambda: setattr(S3, "__bases__", (S2,)))
class E(A):
    def __len__(self): return 3
class F(A):
    pass
f = F()
F.__bases__ = (E,)
print(len(f), F.__mro__[1].__name__)
