# Assignment to every kind of target, chained assignment, evaluation order.
class Rec:
    def __init__(self):
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
    def __getitem__(self, k):
        self.log.append(("get", k))
        return k
    def __setattr__(self, name, v):
        if name == "log":
            object.__setattr__(self, name, v)
        else:
            self.log.append(("attr", name, v))

r = Rec()
a = b = c = [1, 2]
print(a is b, b is c)
a = b = 5
print(a, b)
r.x = r[1] = r.y = 7
print(r.log)

x = [0, 0, 0, 0, 0, 0]
x[1:3] = "ab"
print(x)
x[::2] = [9, 9, 9]
print(x)
try:
    x[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
x[len(x):] = [100]
print(x)
d = {}
d["k"], d["j"] = 1, 2
print(d)

i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)

def order(tag, v):
    print("eval", tag)
    return v
t = {}
t[order("key", "k")] = order("value", 1)
order("obj", t)[order("k2", "z")] = order("rhs", 2)
print(t)

(p, q), [r1, s] = (1, 2), "ab"
print(p, q, r1, s)
[m] = [42]
print(m)
(n,) = {7: 0}
print(n)
for idx, (u, v) in enumerate([(1, 2), (3, 4)]):
    print(idx, u + v)
big = 10 ** 30
w = z = big
print(w is z)
