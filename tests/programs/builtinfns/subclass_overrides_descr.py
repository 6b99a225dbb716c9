# Builtin subclasses overriding __iter__/__str__/__repr__ as seen by builtins, and descriptor names of builtin methods.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class D(dict):
    def __getitem__(self, k):
        return k * 2
d = D(a=1)
show(lambda: d["x"])
show(lambda: d.get("x"))
show(lambda: dict(d))
show(lambda: {**d})
show(lambda: list(d.items()))
class L(list):
    def __iter__(self):
        return iter([9, 9])
l = L([1, 2])
show(lambda: list(l))
show(lambda: sum(l))
show(lambda: [*l])
show(lambda: sorted(l))
show(lambda: tuple(l))
show(lambda: len(l))
class S(str):
    def __str__(self):
        return "overridden"
s = S("orig")
show(lambda: str(s))
show(lambda: "%s" % s)
show(lambda: f"{s}")
show(lambda: "{}".format(s))
show(lambda: print(s))
show(lambda: s + "!")
class I(int):
    def __repr__(self):
        return "I!"
    def __str__(self):
        return "I-str"
i = I(5)
show(lambda: str(i))
show(lambda: repr(i))
show(lambda: f"{i}")
show(lambda: "%d %s %r" % (i, i, i))
show(lambda: format(i, "d"))
show(lambda: [i])
class F(float):
    pass
show(lambda: repr(F(1.5)))
show(lambda: F(1.5) + 1)
show(lambda: type(F(1.5) + 1))
show(lambda: hash(F(1.5)) == hash(1.5))
show(lambda: {}.fromkeys.__self__)
show(lambda: [].sort.__self__)
show(lambda: list.__dict__["append"])
show(lambda: dict.__dict__["fromkeys"])
show(lambda: str.join.__qualname__)
show(lambda: len.__qualname__)
show(lambda: [].append.__qualname__)
show(lambda: int.__add__.__qualname__)
show(lambda: (1).__add__.__qualname__)
show(lambda: object.__init__.__qualname__)
show(lambda: int.__dict__["real"])
show(lambda: type(int.__dict__["real"]).__name__)
show(lambda: int.real.__get__(5))
show(lambda: list.__len__([1, 2]))
show(lambda: dict.__contains__({1: 2}, 1))
show(lambda: set.__or__({1}, [2]))
show(lambda: int.__eq__(1, 1.0))
show(lambda: float.__eq__(1.0, 1))
show(lambda: str.__lt__("a", 1))
show(lambda: tuple.__lt__((1,), [1]))
