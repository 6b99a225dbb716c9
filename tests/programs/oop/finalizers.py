# __del__ runs when the last reference goes away (reference counting order).
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("destroy", self.name)

a = Tracked("a")
b = a
del a
print("a deleted, b still alive")
del b
print("after del b")

def scope():
    t = Tracked("local")
    print("leaving scope")
scope()
print("after scope")

items = [Tracked("x"), Tracked("y")]
items.pop()
print("popped")
items.clear()
print("cleared")

c = Tracked("rebound")
c = Tracked("replacement")
print("rebind done")
d = {"k": Tracked("in dict")}
d["k"] = None
print("dict value replaced")

class Holder:
    def __init__(self):
        self.part = Tracked("part")
    def __del__(self):
        print("destroy holder")
h = Holder()
del h
print("holder gone")
t = Tracked("temp") and None
print("temporary dropped")
def make():
    return Tracked("returned")
make()
print("discarded return value")
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved))
Resurrect.saved.clear()
print("end of program")
