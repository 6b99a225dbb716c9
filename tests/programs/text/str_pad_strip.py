# Padding, justification, stripping, tabs, zfill, join, translate, maketrans.
for w in (0, 3, 7, 8):
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "0")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "-".zfill(3), "12345".zfill(2))
print(repr("  \t xx \n ".strip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr(" a ".lstrip()), repr(" a ".rstrip()), repr("\u3000a\u2003".strip()))
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef".expandtabs(4), "12\t\n\tx".expandtabs(3), repr("\t".expandtabs(0)))
print("-".join("abc"), ", ".join(["x", "y"]), "".join([]), "|".join(("one",)), " ".join(map(str, range(5))))
t = str.maketrans("abc", "xyz", "d")
print(t, "abcdabcd".translate(t), "hello".translate({ord("l"): "L", ord("o"): None}), "abc".translate({97: 120}))
print(str.maketrans({"a": "1", "b": None}), "hi".translate(str.maketrans({"h": "HH"})))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: "a".center(5, "ab"))
show(lambda: "a".ljust("5"))
show(lambda: "-".join(["a", 1]))
show(lambda: "-".join(5))
show(lambda: str.maketrans("ab", "x"))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: "x".strip(1))
show(lambda: "abc".translate({97: 1.5}))
show(lambda: "x".zfill())
print("%r" % "abc".rjust(10, "é"), "é".center(4, "ü"))
