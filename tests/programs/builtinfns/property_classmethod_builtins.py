# property, classmethod and staticmethod used as builtins: attributes, descriptors, errors.
class Temp:
    def __init__(self):
        self._c = 0
    def get_c(self):
        return self._c
    def set_c(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    def del_c(self):
        print("deleting")
        del self._c
    celsius = property(get_c, set_c, del_c, "temperature in C")
    @property
    def fahrenheit(self):
        "derived"
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, v):
        self._c = (v - 32) * 5 / 9
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__, type(Temp.celsius).__name__)
t.fahrenheit = 32
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
del t.celsius
print(hasattr(t, "_c"))
p = property()
class Q:
    ro = property(lambda self: 1)
    nothing = p
q = Q()
for f in (lambda: setattr(q, "ro", 2), lambda: delattr(q, "ro"), lambda: q.nothing):
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
print(Temp.celsius.fget is Temp.get_c, Temp.celsius.fset is Temp.set_c, p.fget, Q.ro.fset, Temp.fahrenheit.getter(lambda s: 0).fset is not None)
class K:
    count = 0
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return (cls.__name__, args)
    @staticmethod
    def util(a, b=2):
        return a * b
class Sub(K):
    pass
print(K.make(1), Sub.make(), K().make(2), K.count, Sub.count, K.util(3), K().util(3, 3), Sub.util(a=4))
cm = K.__dict__["make"]
sm = K.__dict__["util"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__(5), callable(sm), isinstance(cm, classmethod))
print(classmethod(repr).__get__(None, list)(), staticmethod(abs)(-3), property.__name__, property(doc="d").__doc__)
