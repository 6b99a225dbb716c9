# chr/ord over ranges, bin/oct/hex/format round trips and padding, int() of those strings.
print([chr(i) for i in range(0x41, 0x5B, 5)], [ord(c) for c in "09AZaz~"], chr(0x7F) == "\x7f", repr(chr(0xA0)), repr(chr(0x2028)))
print([hex(ord(c)) for c in "é€😀"], "".join(chr(ord(c) ^ 32) for c in "Hello"), [chr(x) for x in (0x1F600, 0x10FFFF)][0])
for n in (0, 1, 7, 8, 255, 256, -1, -256, 2**31, -(2**63), 10**20):
    b, o, h = bin(n), oct(n), hex(n)
    assert int(b, 0) == int(o, 0) == int(h, 0) == n
    print(n, b, o, h, format(n, "b"), format(n, "#010b"), format(n, "o"), format(n, "#x"), format(n, "08X"), f"{n:_b}", f"{n:#_x}")
print(int("0b_1010", 0), int("0O17", 0), int("0XfF", 0), int("ff", 16), int("FF", 16), int("-0x10", 16), int("z", 36), int("Z", 36))
for bad in ("0b", "0x_", "0o8", "0b12", "1_", "0x1g"):
    try:
        int(bad, 0)
    except ValueError as e:
        print("ValueError", e)
for f in (bin, oct, hex):
    for bad in (1.0, "1", None, [1]):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, "TypeError", e)
