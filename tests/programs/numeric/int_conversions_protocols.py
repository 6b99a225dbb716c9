# int() and float() through __int__, __index__, __float__, __trunc__, and their deprecation/edge paths.
import math
class I:
    def __int__(self):
        return 7
class X:
    def __index__(self):
        return 9
class F:
    def __float__(self):
        return 2.5
class T:
    def __trunc__(self):
        return 4
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
print(int(I()), int(X()), int(Both()), float(F()), float(X()), complex(F()), math.floor(2.7), math.ceil(-2.7), math.trunc(-2.7))
print([10, 20][X() if False else 1], bin(X()), operator_index if False else "skip")
import operator
print(operator.index(X()), operator.index(True), range(X()), "ab" * X() if False else "skip2", hex(Both()))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "x"
class BadIndex:
    def __index__(self):
        return 1.5
class BadFloat:
    def __float__(self):
        return 1
show(lambda: int(BadInt()))
show(lambda: int(BadIndex()))
show(lambda: float(BadFloat()))
show(lambda: operator.index(1.5))
show(lambda: operator.index(I()))
show(lambda: float(I()))
show(lambda: [1][BadIndex()])
show(lambda: int(F()))
show(lambda: math.floor("x"))
show(lambda: float([]))
show(lambda: int(object()))
class SubInt(int):
    pass
class SubFloat(float):
    pass
s = SubInt(5)
f = SubFloat(1.5)
print(type(s + 1).__name__, type(-s).__name__, type(int(s)).__name__, type(abs(s)).__name__, repr(s), s == 5, type(f * 2).__name__, type(float(f)).__name__, repr(f))
print(int(True), float(True), int(-0.9), int(0.9), float(-0), math.floor(-0.5), round(-0.5), int("-0"), -0 == 0)
