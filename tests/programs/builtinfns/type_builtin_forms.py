# type() with one and three arguments, type attributes, and class creation errors.
print(type(1) is int, type(type) is type, type(int) is type, type(object()) is object)
C = type("C", (), {"x": 1, "f": lambda self: self.x * 2})
c = C()
print(C.__name__, C.__qualname__, C.__module__, C.__bases__, c.x, c.f(), type(c) is C, isinstance(c, C))
D = type("D", (C,), {"y": 2, "__repr__": lambda self: f"D(y={self.y})"})
print(D(), D.__mro__ == (D, C, object), issubclass(D, C), D().f(), sorted(k for k in D.__dict__ if not k.startswith("__")))
E = type("E", (int,), {})
print(E(5) + 1, type(E(5) + 1).__name__, E.__bases__, E(7).bit_length())
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: type("X", "notatuple", {}))
show(lambda: type("X", (), []))
show(lambda: type(1, (), {}))
show(lambda: type("X", (1,), {}))
show(lambda: type("X", (bool,), {}))
show(lambda: type("X", (int, str), {}))
show(lambda: type("X", ()))
show(lambda: type("X", (), {}, 1))
print(int.__name__, int.__qualname__, int.__module__, int.__bases__, bool.__base__, object.__base__, type.__base__)
print(type.__name__, type(type.__dict__).__name__ if False else "dictproxy-skip", callable(type), type.__call__(int, "5"))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
F = Meta("Fancy", (), {})
print(F.tag, type(F).__name__, isinstance(F, Meta), Meta.__mro__[1] is type)
G = type("G", (), {"__slots__": ("a",)})
g = G(); g.a = 1
show(lambda: setattr(g, "b", 2))
print(g.a, hasattr(G, "__dict__"), "__slots__" in G.__dict__)
