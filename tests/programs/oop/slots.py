# __slots__: restricted attributes, inheritance, __dict__/__weakref__ slots, conflicts.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.y
try:
    p.y
except AttributeError as e:
    print(e)
try:
    del p.y
except AttributeError as e:
    print(e)
print(type(P.x).__name__, P.x.__name__)

class Q(P):
    pass
q = Q(1, 2)
q.extra = 3
print(q.extra, vars(q))

class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.z)
try:
    r.w = 1
except AttributeError as e:
    print(e)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class Single:
    __slots__ = "only"
s = Single()
s.only = "ok"
print(s.only, Single.__slots__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)
try:
    class BadSlot:
        __slots__ = ("1abc",)
except TypeError as e:
    print(e)
try:
    class DupDict:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(e)

class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def get(self):
        return self.__secret
print(Private().get(), "_Private__secret" in dir(Private))

class Base1:
    __slots__ = ("a",)
class Base2:
    __slots__ = ("b",)
try:
    class Both(Base1, Base2):
        pass
except TypeError as e:
    print(e)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(e)
class Defaulted:
    __slots__ = ("v",)
print(hasattr(Defaulted(), "v"))
