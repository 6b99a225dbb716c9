# complex repr corner cases, formatting and the complex() constructor protocol.
print(complex(1, 0), complex(0, 1), complex(-0.0, 1), complex(0.0, -0.0), complex(1e300, 1e300) * 10)
print(repr(complex(float("nan"), 1)), repr(complex(1, float("-inf"))), 1j.imag, (5j).real)
for spec in ("", ".1f", "e", ".3g", ">20", "<20.2f", "+", "^25.3e"):
    print(repr(spec), format(3.25 - 1.5j, spec), format(-1j, spec))
class C:
    def __complex__(self):
        return 2 + 3j
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(1, 2j))
class Bad:
    def __complex__(self):
        return 5
try:
    complex(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    complex([])
except TypeError as e:
    print("TypeError", e)
try:
    complex(1, "2")
except TypeError as e:
    print("TypeError", e)
z = 1 + 2j
print(z.__add__(1), z.__radd__(1.5), z.__mul__("x"), z.__eq__(1 + 2j), z.__ne__(3))
print(sum([1j, 2, 3.5]), 2 * (1 + 1j), 1.5 - 1j, 1 / (1j), (3 + 4j) / 2)
print(abs(3 - 4j), abs(complex(float("inf"), 0)), abs(complex(0, float("nan"))))
