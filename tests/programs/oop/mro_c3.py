# C3 linearization, diamond inheritance, and CPython's error for inconsistent orders.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])

class X: pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print(e)
class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
try:
    class Bad2(Q1, Q2): pass
except TypeError as e:
    print(e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(e)
try:
    class FromInt(int, str): pass
except TypeError as e:
    print(e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print(e)
try:
    class FromNum(1): pass
except TypeError as e:
    print(type(e).__name__)

class Base:
    def who(self):
        return ["Base"]
class Left(Base):
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()
print(Bottom().who())
print(Bottom.__bases__ == (Left, Right), Bottom.__base__.__name__)
print(issubclass(Bottom, (int, Right)), isinstance(Bottom(), (str, Left)))
print(object.__mro__, type.__mro__)
print([c.__name__ for c in bool.__mro__])
print([c.__name__ for c in Base.__subclasses__()])
