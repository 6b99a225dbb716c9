# complex arithmetic edge cases: division algorithm, signed zeros, inf/nan parts, pow special cases.
vals = [complex(1, 1), complex(-0.0, 0.0), complex(1e300, 1e300), complex(1e-300, 1e-300), complex(0, 2), complex(3, -4)]
for a in vals:
    for b in vals:
        try:
            print(a / b, end=" ")
        except ZeroDivisionError as e:
            print("ZDE", end=" ")
    print()
print(complex(1, 2) ** 2, complex(1, 2) ** -1, complex(0, 1) ** 0.5, complex(2, 0) ** complex(0, 1), 2 ** complex(1, 1))
print((1 + 2j) ** 10, (1 + 1j) ** 100, (0.5 + 0.5j) ** 3, (-1 + 0j) ** 0.5, 1j ** 1j)
print(-(0j), -complex(0.0, -0.0), complex(-0.0, -0.0) + 0, 0 - 0j, 1j * 0, complex(1, 0) * complex(float("inf"), 0))
print(repr(complex(-0.0, 0)), repr(complex(0, -0.0)), repr(-1j), repr(1 - 1j), repr(complex(1e16, 1e-16)), repr(complex(1.5, float("nan"))))
try:
    complex(1e308, 1e308) * complex(1e308, 1e308)
    print("no overflow")
except OverflowError as e:
    print("OverflowError", e)
try:
    (1e200 + 1e200j) ** 2.0
    print("ok pow")
except OverflowError as e:
    print("OverflowError", e)
print(abs(1e300 + 1e300j), (3 + 4j).__abs__(), complex.__add__(1j, 2), complex.conjugate(1 - 2j))
print(1j == 1j + 0, 1 + 0j == True, complex(2) == 2.0, (1 + 1j) != (1 + 1j), [1j, 2j].index(2j), 3 + 4j in {3 + 4j: 1})
