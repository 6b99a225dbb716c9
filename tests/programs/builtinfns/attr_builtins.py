# getattr/setattr/hasattr/delattr/vars/dir on instances, classes and modules.
class P:
    cls_attr = "c"
    def __init__(self):
        self.x = 1
    def method(self):
        return "m"
p = P()
print(getattr(p, "x"), getattr(p, "y", "dflt"), getattr(p, "cls_attr"), getattr(p, "method")(), getattr(P, "cls_attr"))
setattr(p, "y", 2); setattr(P, "z", 3)
print(p.y, p.z, hasattr(p, "y"), hasattr(p, "nope"), hasattr(P, "z"), vars(p), sorted(k for k in vars(P) if not k.startswith("__")))
delattr(p, "y"); delattr(P, "z")
print(hasattr(p, "y"), hasattr(P, "z"), vars(p))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: getattr(p, "missing"))
show(lambda: getattr(P, "missing"))
show(lambda: getattr(p, 5))
show(lambda: setattr(p, 5, 1))
show(lambda: delattr(p, "missing"))
show(lambda: getattr(1, "real", 0, 9))
show(lambda: setattr(1, "x", 2))
show(lambda: setattr("s", "upper", 2))
show(lambda: delattr(int, "real"))
show(lambda: vars(1))
show(lambda: vars(p, p))
show(lambda: getattr(None, "x"))
show(lambda: hasattr(p))
class G:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"no {name}")
g = G()
print(getattr(g, "auto_thing"), hasattr(g, "auto_x"), hasattr(g, "other"), getattr(g, "other", "fallback"))
class Boom:
    @property
    def bad(self):
        raise ValueError("boom")
show(lambda: hasattr(Boom(), "bad"))
print(getattr(p, "__class__").__name__, getattr(1, "__add__")(2), getattr([], "append").__name__, hasattr(len, "__call__"))
print([n for n in dir(p) if not n.startswith("__")], "x" in dir(p), "method" in dir(P), "__init__" in dir(P))
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir(dict) if not n.startswith("_")), sorted(n for n in dir(1) if not n.startswith("_")))
import math
print(getattr(math, "pi"), hasattr(math, "tau"), "sqrt" in dir(math), vars(math)["e"] == math.e)
