print(sorted(n for n in dir(int) if not n.startswith("_")))
n = 1234
print(n.bit_length(), n.bit_count(), n.conjugate(), n.denominator, n.numerator, n.real, n.imag)
print(n.to_bytes(2, "big"), int.from_bytes(b"\x04\xd2", "big"), n.as_integer_ratio(), (-n).__abs__())
print(sorted(n for n in dir(float) if not n.startswith("_")))
x = 2.75
print(x.as_integer_ratio(), x.is_integer(), x.hex(), float.fromhex(x.hex()), x.conjugate(), x.real, x.imag)
print((0.1).as_integer_ratio(), (-0.0).hex(), float("inf").hex() if False else "inf", (1e300).hex())
print(int.__add__(3, 4), float.__mul__(1.5, 2), int.__neg__(5), (3).__pow__(2), (7).__rfloordiv__(30))
print((5).__eq__(5.0), (5).__eq__("5"), (1.5).__lt__(2), int.__bool__(0), float.__int__(2.9))
print(complex(1, 2).conjugate(), (3 + 4j).__abs__(), (1j).real, (1j).imag, complex("1-2j"))
print(round(5.5), round(6.5), round(-5.5), round(5.55, 1), round(5.45, 1), round(1.0, 3))
print(int.__floor__(7) if hasattr(int, "__floor__") else 7, float.__trunc__(-3.7), float.__round__(2.5))
import math
print(math.floor(2.5), math.ceil(2.1), math.isnan(float("nan")), math.isinf(-1e400), math.copysign(3, -0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
