# gc: the collector's interface — collect, enable/disable, thresholds,
# debug flags, is_tracked, get_referents, and argument errors.
import gc

print(gc.collect(), gc.collect(0), gc.collect(generation=2))
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)
print(gc.garbage, gc.callbacks, len(gc.get_count()), len(gc.get_stats()))
print(sorted(gc.get_stats()[0]))
print(gc.is_tracked(1), gc.is_tracked("text"), gc.is_tracked([]), gc.is_tracked(None))


class Node:
    pass


n = Node()
n.children = [n]
print(gc.is_tracked(n), gc.is_tracked(n.children))
refs = gc.get_referents([1, "a", None, n])
print("a" in refs, None in refs, n in refs, gc.get_referents(5, "x"))
print("v" in gc.get_referents({"k": "v"}), n.children in gc.get_referents(n.__dict__))
print(isinstance(gc.get_objects(), list), len(gc.get_objects(-1)) > 0, len(gc.get_objects()) > 0, gc.get_freeze_count(), gc.is_finalized(n))
del n
print(gc.collect() >= 0)
for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("x"),
            lambda: gc.set_threshold(), lambda: gc.get_objects(5),
            lambda: gc.get_objects(-2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
