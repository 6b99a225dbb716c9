# __new__ / __init__ interplay, object() argument errors, alternative constructors.
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
try:
    NoInit(x=1)
except TypeError as e:
    print(e)

class OnlyInit:
    def __init__(self, a):
        self.a = a
try:
    object.__new__(OnlyInit, 1).__init__(1, 2)
except TypeError as e:
    print(e)

class OnlyNew:
    def __new__(cls, *args):
        print("OnlyNew.__new__", args)
        return super().__new__(cls)
o = OnlyNew(1, 2)
print(type(o).__name__)

class BadSuperNew:
    def __new__(cls, *args):
        return object.__new__(cls, *args)
    def __init__(self, *args):
        pass
try:
    BadSuperNew(1)
    print("object.__new__ with extra args allowed when __init__ overridden")
except TypeError as e:
    print(e)

class InitCallsSuperWithArgs:
    def __init__(self, x):
        super().__init__(x)
try:
    InitCallsSuperWithArgs(1)
except TypeError as e:
    print(e)

class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())

class ReturnsSubclass:
    def __new__(cls):
        return super().__new__(Sub)
    def __init__(self):
        print("__init__ runs for subclass instance:", type(self).__name__)
class Sub(ReturnsSubclass):
    pass
print(type(ReturnsSubclass()).__name__)

class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            print("creating", key)
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        print("init", key)
        self.key = key
print(Cached("a") is Cached("a"), Cached("b") is Cached("a"))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"
class Point3(Point):
    pass
print(Point.origin(), Point3.from_pair((1, 2)))
class ImmutablePair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = ImmutablePair(3, 4)
print(p, p.first, len(p), isinstance(p, tuple), type(p).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), Upper("abc") == "ABC", Upper("x").lower())
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))
print(Celsius(21.456), Celsius(1) + 1)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
try:
    int.__new__(str)
except TypeError as e:
    print(e)
try:
    object.__init__(5, 6)
except TypeError as e:
    print(e)
