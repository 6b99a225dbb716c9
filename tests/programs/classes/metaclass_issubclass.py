class M(type): pass
class A(metaclass=M): pass
class B(A): pass
print(issubclass(B, A), issubclass(A, B), isinstance(B(), A), isinstance(A(), B))
print(issubclass(B, (int, A)), isinstance(3, A))
class N(type):
    def __instancecheck__(cls, obj): return obj == 5
    def __subclasscheck__(cls, sub): return sub is int
class Q(metaclass=N): pass
print(isinstance(5, Q), isinstance(4, Q), issubclass(int, Q), issubclass(Q, Q))
try: issubclass(3, A)
except TypeError as e: print(e)
try: isinstance(3, 4)
except TypeError as e: print(e)
