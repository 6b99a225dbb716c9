class Loose(WithSlots):
    pass
l = Loose(1, 2)
l.an'''ything = 5
print(l.anythinhasattr(l, "__dict__"))
objs = [WithSlots(i, i) for i in range(100000)]
print(sum(o.x for o in objs))

