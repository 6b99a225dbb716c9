# Augmented assignment: in-place dunders, fallbacks, targets evaluated once.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("iadd", other)
        self.v += other
        return self
    def __add__(self, other):
        print("add", other)
        return Acc(self.v + other)
    def __isub__(self, other):
        print("isub returns NotImplemented")
        return NotImplemented
    def __sub__(self, other):
        print("sub")
        return Acc(self.v - other)
    def __repr__(self):
        return f"Acc({self.v})"

a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)

class OnlyAdd:
    def __add__(self, o):
        return "added"
x = OnlyAdd()
x += 1
print(x)

lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t)
try:
    lst + (4,)
except TypeError as e:
    print(e)

class Box:
    def __init__(self):
        self.items = {}
    def __getitem__(self, k):
        print("getitem", k)
        return self.items.get(k, 0)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.items[k] = v

def key():
    print("key evaluated")
    return "k"
b = Box()
b[key()] += 10
print(b.items)

class Obj:
    pass
o = Obj()
o.n = 1
o.n *= 7
print(o.n)
n = 7
n //= 2; print(n)
n **= 3; print(n)
n %= 5; print(n)
n <<= 4; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 15; print(n)
f = 1.5
f /= 2; print(f)
s = "ab"
s *= 3; print(s)
st = {1, 2}
st_alias = st
st |= {3}
st -= {1}
st &= {2, 3, 4}
st ^= {9}
print(sorted(st), st is st_alias)
try:
    n @= 2
except TypeError as e:
    print(e)
try:
    u = None
    u += 1
except TypeError as e:
    print(e)
