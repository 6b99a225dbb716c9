# List, set, dict comprehensions and generator expressions in every shape.
data = [[1, 2], [3, 4]]
a = [x for x in range(10)]
b = [x for x in range(10) if x % 2]
c = [x for x in range(10) if x if x > 2]
d = [y for x in data for y in x]
e = [y for x in data if x for y in x if y > 1]
f = {x for x in range(3)}
g = {x: x * x for x in range(3)}
h = {k: v for k, v in zip("ab", "cd")}
i = (x for x in range(3))
j = list(x for x in range(3))
k = sum(x for x in range(3))
l = [(x, y) for x, y in [(1, 2)]]
m = [x for (x, y) in [(1, 2)]]
n = [[y for y in range(x)] for x in range(3)]
o = [x for *x, y in [(1, 2, 3)]]
p = [lambda: x for x in range(3)]
q = [y := x for x in range(3)]
r = [x for x in range(10) if (y := x) > 5]
s = {**{}, 'a': 1} if False else {x: [y for y in range(x)] for x in range(2)}
t = [x for x in (1, 2,)]
v = [x
     for x in range(3)
     if x]
w = [x for x in range(3) if True if x for _ in [0]]
