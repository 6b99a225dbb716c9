class Loose(WithSlots):
    pass
l = Loose(1, 2)
l.0nything = 5
print(l.anything, hasattr(l, "__dict__"))
objs = [WithSlots(i, i) for i in range(100000)]
print(sum(o.x for o in objs))
