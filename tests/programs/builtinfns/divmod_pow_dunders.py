# Reflected numeric dunders reached through builtins: divmod/pow/abs/round on user classes, NotImplemented fallbacks.
class Money:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return f"Money({self.c})"
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o)) if isinstance(o, (Money, int)) else NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return Money(self.c * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __divmod__(self, k):
        return (Money(self.c // k), Money(self.c % k))
    def __neg__(self):
        return Money(-self.c)
    def __abs__(self):
        return Money(abs(self.c))
    def __round__(self, nd=None):
        return Money(round(self.c, nd if nd is not None else -1))
    def __eq__(self, o):
        return isinstance(o, Money) and o.c == self.c
    def __lt__(self, o):
        return self.c < o.c
    __hash__ = None
m = Money(105)
print(m + 5, 5 + m, m + m, sum([Money(1), Money(2)], Money(0)), sum([Money(1), Money(2)]), 3 * m, m * 2)
print(divmod(m, 10), -m, abs(Money(-3)), round(m), round(Money(155), -2), max(Money(1), Money(5)), sorted([Money(3), Money(1)]))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: m + "x")
show(lambda: "x" + m)
show(lambda: m * 1.5)
show(lambda: divmod(10, m))
show(lambda: pow(m, 2))
show(lambda: m < 1)
show(lambda: m @ m)
show(lambda: ~m)
show(lambda: hash(m))
class Pow:
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
    def __rpow__(self, b, mod=None):
        return ("rpow", b, mod)
print(Pow() ** 2, 2 ** Pow(), pow(Pow(), 3, 5), pow(2, Pow()))
show(lambda: pow(2, Pow(), 5))
