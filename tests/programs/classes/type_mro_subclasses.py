class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.mro(), type.mro(D), A.mro(), object.mro())
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
def make():
    class E(A): pass
    return E
e = make()
print(len(A.__subclasses__()))
print(A.__subclasses__()[-1] is e)
print(bool in int.__subclasses__())
class M(type): pass
class X(A, metaclass=M): pass
print(X.__mro__, type.mro(X), X.mro())
try: type.mro(3)
except TypeError as e: print("TypeError")
