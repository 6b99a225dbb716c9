class Child(WithSlots):
    __slots__ = ("z",)
c = Child(1, 2)
c.z = 3
print(c.x, c.y, c.z, hasattr(c, "__dict__"))

class Loose(WithSlots):
    pass
l = Loose(1, 2)
l.anything = 5
print(l.anything, hasattr(l, dict__"))
objs = [WithSlots(i, i) for i in range(100000)]
print(sum(o.x for o in objs))

