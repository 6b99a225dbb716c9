# Evaluation order and single evaluation in chained, starred, augmented and slice assignments.
calls = []
def f():
    calls.append("f")
    return [1, 2, 3]
a, *b = c = f()
print(a, b, c, calls)
class O:
    x = 0
o = O()
def get():
    calls.append("get")
    return o
get().x += 5
print(o.x, calls)
d = {"k": [0]}
def key():
    calls.append("key")
    return "k"
d[key()][0] += 1
print(d, calls)
x = y = z = f()
print(x is y is z, calls.count("f"))
i = 0
def nxt():
    global i
    i += 1
    return i
l = [0] * 5
l[nxt()] = l[nxt()] = nxt()
print(l, i)
t = [[0, 0], [0, 0]]
t[0][1], t[1][0] = "a", "b"
print(t)
s = "abc"
(s1, s2), s3 = s[:2], s[2]
print(s1, s2, s3)
n = [1, 2]
n[0], n[1] = n[1], n[0]
print(n)
first, second = second, first = 1, 2
print(first, second)
q = [1, 2, 3]
q[1:2] = q
print(q)
r = list(range(5))
r[::2] = r[1::2] + [99]
print(r)
