# del on names, attributes, items, slices and tuples of targets.
a = 1
del a
try:
    a
except NameError as e:
    print(e)

lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
try:
    del lst[99]
except IndexError as e:
    print(e)

d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)

class O:
    cls_attr = 1
o = O()
o.x = 1
del o.x
try:
    del o.x
except AttributeError as e:
    print(e)
try:
    del o.cls_attr
except AttributeError as e:
    print(e)
del O.cls_attr
print(hasattr(O, "cls_attr"))

class Tracker:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, name):
        print("delattr", name)
t = Tracker()
del t[1:2], t["k"], t.anything
x, y = 1, 2
del (x, y)
print("x" in dir(), "y" in dir())
[p, q] = [1, 2]
del [p, q]

def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(local_del())
try:
    del (1,)[0]
except TypeError as e:
    print(e)
try:
    del "abc"[0]
except TypeError as e:
    print(e)
class NoDel:
    def __getitem__(self, k):
        return k
try:
    del NoDel()[0]
except AttributeError as e:
    print("AttributeError", e)
except TypeError as e:
    print("TypeError", e)
for i in range(2):
    pass
del i
print("i" in globals())
