# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__.
class Lazy:
    def __init__(self):
        self.real = "real attribute"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
l = Lazy()
print(l.real, l.dyn_hello)
try:
    l.other
except AttributeError as e:
    print(e)
print(getattr(l, "missing", "default"), hasattr(l, "dyn_x"), hasattr(l, "nope"))

class Logged:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return object.__getattribute__(self, name)
    def method(self):
        return "method result"
lg = Logged()
lg.x = 1
print(lg.x, lg.method())

class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom not here")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Fallback().boom, Fallback().__class__.__name__)

class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
g = Guarded()
g.public = 1
try:
    g._private = 2
except AttributeError as e:
    print(e)
del g.public
try:
    del g.public
except AttributeError as e:
    print(e)
setattr(g, "via_setattr", 3)
delattr(g, "via_setattr")

class Dir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Dir()))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    pass
tg = Target()
px = Proxy(tg)
px.value = 10
print(tg.value, px.value, "value" in vars(px))
class RaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(RaisesOther(), "x")
except KeyError as e:
    print("KeyError propagates from hasattr:", e)
print(getattr(RaisesOther(), "__class__").__name__)
class Recursive:
    def __getattr__(self, name):
        return self.name_that_does_not_exist
try:
    Recursive().x
except RecursionError as e:
    print("RecursionError:", e)
