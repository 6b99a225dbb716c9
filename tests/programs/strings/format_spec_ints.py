for n in [0, 7, -7, 255, 65535, 10 ** 12, -(10 ** 12)]:
    print(f"{n:d}|{n:5d}|{n:<5d}|{n:^7d}|{n:05d}|{n:+d}|{n: d}|{n:,d}|{n:_d}|{n:x}|{n:#X}|{n:_x}|{n:o}|{n:#o}|{n:b}|{n:#_b}|{n:n}")
print(f"{65:c} {0x263A:c} {10:>4c}|", "{:=^11,}".format(1234567), "{:=+8}".format(-42))
print(format(1234, "08,"), format(-1234, "08,"), format(12, "#010x"), format(-12, "#010b"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, ",x")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
print(format(True, ""), format(True, "d"), format(False, ">5"), f"{True!s:>6}", format(None, ""))
print("{0:{1}{2}}".format(42, ">", 6), "{:{fill}{align}{width}}".format("x", fill="~", align="^", width=5))
print(f"{'text':>10.2}|{'text':.1}|{'text':*<8}|{'ü':^5}|", format("abc", "s"))
