# Converting text to numbers and back: int/float/complex from str, str.isdigit vs int(), formatting round trips.
texts = ["42", " -17 ", "+3", "1_000", "0x1F", "3.14", "1e3", "-0.0", "inf", "nan", "١٢", "²", "½", "1 2", "", "0b101", "00", "007"]
for t in texts:
    results = []
    for conv in (int, float, complex):
        try:
            results.append(repr(conv(t)))
        except ValueError as e:
            results.append("VE")
    print(repr(t), t.strip().isdigit(), t.strip().isdecimal(), t.strip().isnumeric(), results)
for v in (0.1, 1/3, 1e-7, 123456789.123456789, 2.5, 1e22, -0.0):
    assert float(repr(v)) == v and float(str(v)) == v
    print(repr(v), f"{v:.17g}", float(f"{v:.17g}") == v, "%.12g" % v, "{:e}".format(v))
for n in (0, 255, -255, 2**64):
    assert int(str(n)) == n and int(hex(n), 16) == n and int(oct(n), 8) == n and int(bin(n), 2) == n and int(hex(n), 0) == n
    print(n, str(n), hex(n), int(format(n, "x") if n >= 0 else "-" + format(-n, "x"), 16))
print(int("  ０１２３  "), float("１.５"), int("٣" * 3), complex("1e2+3e-1j"), float(".5"), float("5."), float("-.5e-2"))
