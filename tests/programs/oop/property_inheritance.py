# Properties across inheritance, super() and properties, metaclass properties, __getattr__ fallback from a property, caching descriptors.
class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
class Child(Base):
    @Base.v.setter
    def v(self, val):
        print("child setter")
        Base.v.fset(self, val * 10)
c = Child()
c.v = 2
print(c.v)
class Child2(Base):
    def set_via_super(self):
        try:
            super().v = 5
        except AttributeError as e:
            print("AttributeError:", e)
        print(super().v)
Child2().set_via_super()
class Meta(type):
    @property
    def meta_prop(cls):
        return f"meta prop of {cls.__name__}"
class K(metaclass=Meta):
    pass
print(K.meta_prop)
try:
    K().meta_prop
except AttributeError as e:
    print("AttributeError:", e)
class P:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"__getattr__ fallback for {name}"
print(P().broken)
class CachedProp:
    def __init__(self, f):
        self.f = f
        self.name = f.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.f(obj)
        obj.__dict__[self.name] = val
        return val
class UsesCached:
    calls = 0
    @CachedProp
    def expensive(self):
        UsesCached.calls += 1
        return 42
u = UsesCached()
print(u.expensive, u.expensive, UsesCached.calls, type(UsesCached.expensive).__name__)
class SlotProp:
    __slots__ = ("_x",)
    x = property(lambda s: s._x, lambda s, v: setattr(s, "_x", v))
sp = SlotProp()
sp.x = 9
print(sp.x)
try:
    del sp.x
except AttributeError as e:
    print("AttributeError:", e)
