# Subscripts and slices in every form.
s = list(range(20))
d = {(1, 2): 3}
a = s[0]
b = s[-1]
c = s[1:2]
e = s[:]
f = s[::]
g = s[1:]
h = s[:2]
i = s[::2]
j = s[1:10:2]
k = s[::-1]
l = s[-3:-1]
m = d[1, 2]
n = d[(1, 2)]
o = s[a:b]
p = s[a + 1 : b - 1 : 2]
import numbers
t = {}
t[1:2, 3] = 0 if False else None
t[...] = 1
t[:, 1] = 2
t[1:2, ::3] = 3
t[*s] = 4 if False else 5
q = t[()]
r = s[len(s) // 2]
del t[...]
x = s[a][b] if False else s[0:1][0]
y = s[
    1
]
z = s[lambda: 0 if False else 1]
