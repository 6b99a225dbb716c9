# property (getter/setter/deleter, docs, errors), classmethod, staticmethod.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F view")

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
p = Temp.celsius
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__, isinstance(p, property))
class NoGetter:
    x = property(None, lambda self, v: None)
try:
    NoGetter().x
except AttributeError as e:
    print(e)

class Cls:
    count = 0
    @classmethod
    def create(cls, *args):
        cls.count += 1
        return cls, args
    @staticmethod
    def util(a, b):
        return a + b
class Sub(Cls):
    pass
print(Cls.create(1), Sub.create(), Cls().create(2))
print(Cls.count, Sub.count)
print(Cls.util(1, 2), Cls().util(3, 4), Sub.util("a", "b"))
cm = Cls.__dict__["create"]
sm = Cls.__dict__["util"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(sm(5, 6))
print(Cls.create.__self__ is Cls, Sub().create.__self__ is Sub)

class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return self.computed * 10
l = Lazy()
print(l.value, l.value, l.computed)
class Sub2(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return f"sub sees {self._c}"
s2 = Sub2()
s2.celsius = 5
print(s2.celsius)
class StaticCallable:
    f = staticmethod(len)
print(StaticCallable.f("abc"), StaticCallable().f([1]))
class ClassProp:
    @classmethod
    def name(cls):
        return cls.__name__.lower()
print(ClassProp.name(), ClassProp().name())
try:
    property.__get__(Temp.celsius, None, None).fget
except Exception as e:
    print(type(e).__name__)
