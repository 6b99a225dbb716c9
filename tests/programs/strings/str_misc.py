import sys
s = "hello"
print(s.__len__(), s.__contains__("ell"), s.__getitem__(1), s * 0, 0 * s, s * -1)
print(list(s), tuple(s), set(s) == set("olhe"), sorted(set(s)))
print(s.split("l"), s.split("l", 0), s.rsplit("l", 1), "".split(), "".split("x"), " a ".split(" "))
print("a\nb\r\nc\rd".splitlines(True), "x\n".splitlines(), "".splitlines())
print("{:>10}".format(s), s.ljust(2), s.zfill(8), "+5".zfill(4), s.center(10, "-"))
print(s.translate(str.maketrans("el", "ip")), s.translate({ord("h"): None}), str.maketrans({"a": "b"}))
print(s.startswith(("x", "he")), s.endswith("lo", 0, 5), s.find("l", 3), s.rfind("l", 0, 3), s.rindex("l"))
print(s.isascii(), "A1".isalnum(), "a b".isalnum(), "   ".isspace(), "".isspace(), "Ab Cd".istitle())
print(s[10:], s[-10:2], s[::-2], s[1:-1:2], s[5:0:-1], s[:0])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    s + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + s
except TypeError as e:
    print("TypeError:", e)
print(sys.intern("abc") is sys.intern("abc"), "ab" + "c" == "abc", min(s), max(s))
print(str(None), str(3.0), str([1, "a", None]), str({"k": (1,)}), str(...), repr(str))
print(" ".join(f"{i:02}" for i in range(5)), "x".join([]), ",".join(map(str, range(3))))
