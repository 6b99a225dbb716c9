# __repr__, __str__, __format__ and how print/str/repr/format/f-strings use them.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<>"
class StrOnly:
    def __str__(self):
        return "str only"
b, r = Both(), ReprOnly()
print(b, repr(b), str(b), [b], (b,), {"k": b})
print(r, str(r), f"{r}", f"{r!r}", f"{b!s}", f"{b!r}", f"{b!a}")
print(repr(StrOnly()).startswith("<__main__.StrOnly object at 0x"))
print("%s %r" % (b, b), "{} {!r}".format(b, b))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money"
m = Money(1234)
print(f"{m}", f"{m:c}", f"{m:>10.1f}|", format(m), format(m, "c"), "{:c}".format(m))
print(f"{m!s:>8}|", f"{m!r:.10}")

class NoFormat:
    pass
try:
    format(NoFormat(), "d")
except TypeError as e:
    print(e)
print(format(NoFormat(), "").startswith("<"))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    f"{BadFormat()}"
except TypeError as e:
    print(e)
class MyStr(str):
    def __str__(self):
        return "overridden"
    def __repr__(self):
        return "MyStr!"
ms = MyStr("base")
print(ms, str(ms), repr(ms), f"{ms}", [ms], ms + "x")
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
mi = MyInt(5)
print(mi, str(mi), f"{mi}", f"{mi:03d}", [mi], mi + 1)
class Recursive:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"Recursive({self.items!r})"
lst = [1]
lst.append(lst)
print(lst)
d = {}
d["self"] = d
print(d)
class Unicode:
    def __repr__(self):
        return "ünï"
print(ascii(Unicode()), ascii([Unicode()]))
print(object.__repr__(b).startswith("<__main__.Both object"), object.__str__(b))
