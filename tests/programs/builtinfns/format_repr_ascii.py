# format(), repr(), ascii(), str() builtins on many types and custom dunders.
vals = [0, -1.5, 1e100, 2 + 3j, "s", "é\n", b"b", bytearray(b"ba"), None, True, [1, "a"], (1,), {"k": "v"}, {1, 2}, frozenset({3}), range(2), slice(1, 2), Ellipsis, NotImplemented, type, int, object]
for v in vals:
    print(repr(v), ascii(v), str(v))
print(format(12, "x"), format(12.5, ".3e"), format("abc", ">6"), format(3 + 0j, ""), format(True, ""), format(None, ""), format([1], ""))
class A:
    def __repr__(self):
        return "A-repr-é"
class B(A):
    def __str__(self):
        return "B-str"
class C:
    def __format__(self, spec):
        return "C(" + spec + ")"
print(repr(A()), str(A()), ascii(A()), repr(B()), str(B()), format(B(), ""), f"{B()!r}", format(C(), "xyz"), f"{C():>{3}}")
class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
class BadFormat:
    def __format__(self, spec):
        return 1
for obj, fns in ((BadRepr(), (repr, str, format)), (BadStr(), (str, format)), (BadFormat(), (format,))):
    for fn in fns:
        try:
            print(fn(obj))
        except TypeError as e:
            print(fn.__name__, "TypeError", e)
rec = [1]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(repr(rec), repr(d), ascii(["\u2603", b"\xff"]))
