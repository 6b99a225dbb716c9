# complex: construction, repr, arithmetic, comparisons and errors.
vals = [1j, 1+2j, -1-0j, complex(0, -0.0), complex(3), complex("1+2j"), complex(" (3-4j) "),
        complex("j"), complex("-1.5e3j"), complex(1.5, 2), complex(1+1j, 1j), 0j, complex(-0.0, -0.0)]
for v in vals:
    print(repr(v), v.real, v.imag, abs(v) if v.real == 3 else "-", v.conjugate())
a, b = 3+4j, 1-2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0.5 == (a ** 0.5), abs(a))
print(a == 3+4j, a != b, a == complex(3, 4), (1+0j) == 1, 1.0 == (1+0j), hash(1+0j) == hash(1))
print(hash(3+4j), hash(1j), hash(complex(0, 0)))
for op in ("<", "//", "%", "int", "float"):
    try:
        if op == "<":
            a < b
        elif op == "//":
            a // b
        elif op == "%":
            a % b
        elif op == "int":
            int(a)
        else:
            float(a)
    except TypeError as e:
        print("TypeError", e)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
for s in ("1+", "abc", "1+2k", "(1+2j"):
    try:
        complex(s)
    except ValueError as e:
        print("ValueError", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError", e)
print(complex(float("inf"), float("nan")), complex(1e300, -1e-300), 2j ** 2, (1+1j) ** 3)
print(format(1+2j, ".2f"), f"{3-4j:>12}", "{:g}".format(1.5+0.25j), str(1e20j))
print(pow(1j, 2), 1j * 1j, (2+0j) ** -1, 0j ** 0)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
