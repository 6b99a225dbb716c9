z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(z), z.conjugate(), z.real, z.imag)
print(z + 1, 1 + z, z * 2.5, 2.5 * z, z - 1, 1 - z, 2 / z, z / 2, z ** 2, 2 ** z, z ** 0.5, z ** -1, (1j) ** 1j)
print(complex(), complex(2), complex(2.5), complex("1+2j"), complex(" -3.5j "), complex("inf-nanj"), complex(1j, 1j), complex(1, 1j), complex(real=1, imag=2))
print(repr(complex(0, 0)), repr(complex(-0.0, 0)), repr(complex(0, -0.0)), repr(1e20j), repr(complex(1.5, float("inf"))), 1j, -1j, (1+0j), 0j)
print(z == 3 + 4j, z != w, complex(5) == 5, complex(5) == 5.0, 5 == complex(5), 1j == 1, z == "x")
print(hash(complex(5)) == hash(5), hash(1j), hash(complex(1.5, -2)), bool(0j), bool(1j), bool(complex(0, 0.0)))
print(format(z, ""), format(z, ".3f"), format(w, "+.1e"), format(1.5j, "g"), "{:>20}".format(z), f"{z:^20.2f}|")
print({1j: "a", complex(2): "b"}[2], [1j, 2j].index(2j), str(complex(1, 2)), type(z).__name__, isinstance(z, complex))
for bad in [lambda: z < w, lambda: z // 2, lambda: z % 2, lambda: complex("x"), lambda: complex("1", 2),
            lambda: complex([]), lambda: 1 / 0j, lambda: 0j ** -1, lambda: int(z), lambda: complex(1, "2"),
            lambda: pow(z, 2, 3), lambda: float(z)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 7 + 1j
print(complex(C()), complex(True), sum([1j, 2, 3.5]))
