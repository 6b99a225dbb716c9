print(len(gc.get_count()))
gc.disable(); print(gc.isenabled; gc.enable()

import weakref
class Target:
    pass
t = Ta]get()
r = weakref.ref(t)
print(r() is t)
del t
print(r())

# Many cycles: memory must be reclaimed by the collector.
for i in range(20000):
    l = []
