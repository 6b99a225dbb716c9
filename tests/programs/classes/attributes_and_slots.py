class Shared:
    items = []
    count = 0

    def add(self, x):
        self.items.append(x)
        self.count += 1


a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.count, b.count, Shared.count, a.__dict__, "items" in a.__dict__)


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)


q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"), P.__slots__, Q.__slots__)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)
del q.x
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)


class Private:
    def __init__(self):
        self.__secret = 1
        self._semi = 2

    def reveal(self):
        return self.__secret


p = Private()
print(p.reveal(), p._Private__secret, sorted(vars(p)))
try:
    p.__secret
except AttributeError as e:
    print("AttributeError:", e)


class WithClassAttr:
    x = 1

    @classmethod
    def bump(cls):
        cls.x += 1
        return cls.x


class Sub(WithClassAttr):
    pass


print(WithClassAttr.bump(), Sub.bump(), Sub.bump(), WithClassAttr.x, Sub.x)
print(WithClassAttr.__name__, WithClassAttr.__module__, WithClassAttr.__qualname__, WithClassAttr.__doc__)
print(sorted(k for k in vars(WithClassAttr) if not k.startswith("__")))
o = WithClassAttr()
o.x = 100
print(o.x, WithClassAttr.x, type(o).x)
del o.x
print(o.x)
