# A numeric class with every arithmetic, unary, conversion and in-place dunder.
import math

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v!r})"
    def _wrap(op):
        def f(self, o):
            ov = o.v if isinstance(o, Num) else o
            return Num(op(self.v, ov))
        return f
    def _rwrap(op):
        def f(self, o):
            return Num(op(o, self.v))
        return f
    import operator as _op
    __add__ = _wrap(_op.add); __radd__ = _rwrap(_op.add)
    __sub__ = _wrap(_op.sub); __rsub__ = _rwrap(_op.sub)
    __mul__ = _wrap(_op.mul); __rmul__ = _rwrap(_op.mul)
    __truediv__ = _wrap(_op.truediv); __rtruediv__ = _rwrap(_op.truediv)
    __floordiv__ = _wrap(_op.floordiv); __rfloordiv__ = _rwrap(_op.floordiv)
    __mod__ = _wrap(_op.mod); __rmod__ = _rwrap(_op.mod)
    __lshift__ = _wrap(_op.lshift); __rshift__ = _wrap(_op.rshift)
    __and__ = _wrap(_op.and_); __or__ = _wrap(_op.or_); __xor__ = _wrap(_op.xor)
    def __pow__(self, o, mod=None):
        return Num(pow(self.v, o, mod) if mod is not None else self.v ** o)
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __divmod__(self, o):
        return divmod(self.v, o)
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(+self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~self.v)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return Num(round(self.v, n))
    def __trunc__(self):
        return math.trunc(self.v)
    def __floor__(self):
        return math.floor(self.v)
    def __ceil__(self):
        return math.ceil(self.v)
    def __ilshift__(self, o):
        self.v <<= o
        return self
    del _wrap, _rwrap, _op

n = Num(7)
print(n + 1, 1 + n, n - 2, 10 - n, n * 3, 3 * n, n / 2, 14 / n, n // 2, 50 // n, n % 4, 30 % n)
print(n << 1, n >> 1, n & 3, n | 8, n ^ 1, n ** 2, 2 ** n, pow(n, 2, 5), divmod(n, 3))
print(-n, +n, abs(Num(-3)), ~n)
print(int(n), float(n), complex(n), bin(n), [0, 1, 2, 3, 4, 5, 6, 7, 8][n])
print(round(Num(2.675), 2), round(Num(2.5)), math.trunc(Num(3.7)), math.floor(Num(3.7)), math.ceil(Num(3.2)))
m = n
m += 1
print(m, n, m is n)
m = n
m <<= 2
print(m, n, m is n)
print(sum([Num(1), Num(2)], Num(0)), sum([Num(1), Num(2)]))

class IntLike:
    def __int__(self):
        return 5
print(int(IntLike()))
try:
    [1, 2][IntLike()]
except TypeError as e:
    print(e)
class FloatLike:
    def __float__(self):
        return 2.5
print(float(FloatLike()), math.sqrt(FloatLike()))
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(e)
class IndexOnly:
    def __index__(self):
        return 4
print(int(IndexOnly()), float(IndexOnly()) if False else "skip", complex(1, 2) * 2)
try:
    round(object())
except TypeError as e:
    print(e)
try:
    abs(object())
except TypeError as e:
    print(e)
