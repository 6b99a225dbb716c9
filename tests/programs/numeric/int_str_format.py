# str(), repr(), bin/oct/hex and format specs applied to ints.
for n in (0, 7, -7, 255, -255, 65535, 10**12, -(2**40)):
    print(bin(n), oct(n), hex(n), f"{n:b}", f"{n:o}", f"{n:x}", f"{n:X}", f"{n:#x}", f"{n:#o}", f"{n:#b}")
for spec in ("", "d", "5d", "<5d", ">5", "^7", "*^9", "+d", " d", "-d", "05d", "08,d", ",", "_", "_x", "_b",
             "=+8", "#010x", "c", "n", "e", ".2e", "f", ".3f", "%", ".1%", "g", "G", "E"):
    out = []
    for n in (0, 42, -42, 1234567):
        try:
            out.append(format(n, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), out)
for spec in (".2d", "s", ",x", "#c", "=s"):
    try:
        print(format(5, spec))
    except ValueError as e:
        print("ValueError", e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
print("{:,}".format(-1234567890), "{:_d}".format(10**9), "{:>+10,}".format(9876543))
print(int.__format__(17, "04x"), (17).__format__(""), str(True), format(True, "d"), format(True, ""))
