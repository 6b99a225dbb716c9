l.anything = 5
print(l.anything, hasattr(l, "__dict__"))
objs = [WithSlots(i, i) for i in range(1000    0)]
print(sum(o.x for o in objs))

