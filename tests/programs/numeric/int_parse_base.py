# int(str, base): prefixes, underscores, whitespace, and the ValueError texts.
good = [
    ("0", 10), ("-0", 10), ("+17", 10), ("  42\n", 10), ("1_000_000", 10),
    ("ff", 16), ("0xFF", 16), ("0xff", 0), ("0o777", 0), ("0b1011", 0),
    ("777", 8), ("0o17", 8), ("z", 36), ("Zz", 36), ("10", 2), ("0b_1_0", 0),
    ("12345678901234567890123456789", 10), ("-ffffffffffffffffffff", 16),
    ("0", 0), ("00", 0), ("0_0", 0), ("\u0661\u0662", 10),
]
for s, b in good:
    print(repr(s), b, int(s, b))
bad = [
    ("", 10), (" ", 10), ("1.5", 10), ("12a", 10), ("0x", 16), ("09", 0),
    ("1__0", 10), ("_1", 10), ("1_", 10), ("2", 2), ("g", 16), ("0b2", 0),
    ("--1", 10), ("+", 10), ("0x1", 10),
]
for s, b in bad:
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError", e)
for b in (1, 37, -1):
    try:
        int("1", b)
    except ValueError as e:
        print("ValueError", e)
for args in ((5, 10), (1.5, 2), (None,), ([],)):
    try:
        int(*args)
    except TypeError as e:
        print("TypeError", e)
print(int(), int(b"12"), int(bytearray(b"-7")), int("10", base=3))
print(int(True), int(False), int(-2.99), int(1e20))
for f in (float("inf"), float("nan")):
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
