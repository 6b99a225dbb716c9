# abs, divmod, round, pow, bin/oct/hex, chr/ord, int/float/complex/bool conversions through builtins.
print(abs(-3), abs(3.5), abs(-0.0), abs(-2**70), abs(3 + 4j), abs(True), abs(-float("inf")))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 7), divmod(True, 2))
print(round(3.14159, 2), round(-2.5), round(2.5), round(1234.5678, -2), round(7), round(7, 2), round(-0.4), round(0.5 + 1e-9))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3).real > 0, pow(3, 4, 5), pow(2, 0.5))
print(bin(0), bin(-5), oct(0), oct(-64), hex(0), hex(-1), hex(2**64), bin(True))
print(chr(65), chr(0x263A), ord("A"), ord("\u263a"), [chr(i) for i in range(97, 102)])
class Num:
    def __abs__(self):
        return "abs!"
    def __round__(self, n=None):
        return ("round", n)
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __pow__(self, e, m=None):
        return ("pow", e, m)
    def __index__(self):
        return 10
n = Num()
print(abs(n), round(n), round(n, 3), divmod(n, 1), divmod(1, n), pow(n, 2), pow(n, 2, 7), bin(n), hex(n), oct(n))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: abs("x"))
show(lambda: divmod(1, 0))
show(lambda: divmod("a", 1))
show(lambda: round("x"))
show(lambda: round(1.5, "x"))
show(lambda: round(1.5, 1.0))
show(lambda: pow(1, 2, 3, 4))
show(lambda: pow(2.5, 2, 3))
show(lambda: bin(1.5))
show(lambda: hex("a"))
show(lambda: oct(None))
show(lambda: chr(1.5))
show(lambda: ord(b"ab"))
print(ord(b"a"), ord(bytearray(b"z")), round(2.675, 2), round(1e-20, 25), round(-1.5), round(0.0, -3), round(-0.0))
