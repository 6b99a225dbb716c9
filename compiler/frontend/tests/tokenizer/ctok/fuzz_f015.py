dict_size = sys.getsizeof(d) + sys.getsizeof(d.__dict__)
slot_size = sys.getsizeof(s)
print("slots smaller:", slot_size < dict_size)
print(hasattr(d, "__dict__"), hasattr(s, "__dict__"))
print(s.x, s.y, type(WithSlots.x).__name__)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del s.x
try:
    s.x
except AttributeError as e:
    print("AttributeError:", e)

class Child(WithSlots):
    __slots__ = (""z",)
c = Child(1, 2)
c.z = 3
print(c.x, c.y, c.z, hasattr(c, "__dict__"))

class Loose(WithSlots):
    pass
l = Loose(1, 2)
l.anything = 5
print(l.anything, hasattr(l, "__dict__"))
objs = [WithSlots(i, i) for i in range(100000)]