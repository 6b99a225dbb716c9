for s in ["0", "-0", "+17", "1_000", "0x_ff", "0o17", "0b101", "  42\n", "٣"]:
    try:
        print(repr(s), int(s, 0) if s.strip()[:2].lower() in ("0x", "0o", "0b") else int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for bad in ["", "1.5", "abc", "1__0", "0x", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print(int("zz", 36), int("-101", 2), int("777", 8), int("ff", 16))
try:
    int("1", 1)
except ValueError as e:
    print("ValueError:", e)
print(str(2 ** 200), len(str(3 ** 1000)), str(-10 ** 25))
print(format(123456789, ","), format(-42, "+06d"), format(255, "#b"), format(10, "^7d"))
print(int(1e18), int(-2.5), int(2 ** 70 + 0.0))
print((-17).bit_length(), (2 ** 100).bit_length(), (12).bit_count() if hasattr(int, "bit_count") else 2)
print(10 ** 20 // 7, 10 ** 20 % 7, -(10 ** 20) // 7, -(10 ** 20) % 7)
print(pow(7, 10 ** 6, 13), pow(2, 100, 10 ** 9 + 7), pow(-3, 3), pow(-3, -3))
print((123).to_bytes(4, "little", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
print(abs(-2 ** 80), -(-2 ** 80) == 2 ** 80, 2 ** 80 > 2 ** 79 * 1.5)
print(7 .__floordiv__(2), (7).__rtruediv__(14), int.__add__(1, 2))
print(hash(10 ** 30), hash(-(10 ** 30)), hash(2 ** 61 - 2), hash(-2))
print(sorted([3, -1, 10 ** 20, 2.5, -(10 ** 19)]))
print(True + 2 ** 64, 2 ** 63 - 1 + 1, (2 ** 64) // (2 ** 32), 2 ** 64 % 1000)
