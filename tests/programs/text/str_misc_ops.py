# str operators and protocol: concatenation, repetition, comparison, iteration, hashing-free identity, errors.
a = "abc"
print(a + "def", a * 3, 3 * a, a * 0, a * -2, "" * 5, a[1], a[-1], a[:], a[5:], a[::-1], list(a), tuple("xy"))
print(a < "abd", a < "ab", "Z" < "a", "abc" == "abc", "a" != "A", "" < "a", max(["pear", "apple", "fig"]), min("hello"))
print(len(a), "b" in a, "bc" in a, "ac" in a, a.__len__(), a.__getitem__(1), a.__add__("x"), a.__mul__(2), a.__rmul__(2), a.__contains__("c"))
print(str(5), str(2.5), str(None), str([1, "a"]), str(), repr(""), repr("a\\b"), str("x"), str(b"x"), str(object)[:6])
print(str(1e16), str(-0.0), str(2**70), str(True), str((1, "a")), str({"a": 1}), str({1}), str(frozenset()))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: a + 1)
show(lambda: 1 + a)
show(lambda: a * "2")
show(lambda: a * 1.5)
show(lambda: a[3])
show(lambda: a["x"])
show(lambda: a.__setitem__(0, "z"))
show(lambda: a < 1)
show(lambda: -a)
show(lambda: a - "a")
show(lambda: str(b"\xff", "utf-8"))
show(lambda: str(1, "utf-8"))
show(lambda: "".join([None]))
s = ""
for ch in "hello":
    s = ch + s
print(s, s is not None, "".join(reversed("hello")), "hello"[::-2], "x".join("abc"), sorted("banana"), set("aab") == {"a", "b"})
t = "abc"
t += "def"
t *= 2
print(t, t.__hash__ is not None, type(t).__name__, isinstance(t, str), str.__name__)
class S(str):
    def shout(self):
        return self.upper() + "!"
v = S("hey")
print(v, v.shout(), type(v + "x").__name__, type(v[0]).__name__, repr(v), v == "hey", len(v), S(5), type(S(5)).__name__)
