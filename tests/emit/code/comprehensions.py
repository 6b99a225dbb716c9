data = [1, 2, 3]
a = [x * 2 for x in data]
b = {x for x in data if x}
c = {x: y for x in data for y in data if x != y}
d = (x for x in data)
e = [(x, y) for x in data for y in [x]]
f = [x for x in [1, 2, 3]]
g = [x for x in {1, 2, 3}]

def nested(n):
    return [[i * j for j in range(n)] for i in range(n)]

def closure_comp(k):
    return [lambda: k + x for x in range(3)]

def gen_uses_outer(m):
    return sum(x * m for x in range(10))

class C:
    items = [1, 2]
    doubled = [i * 2 for i in items]
    gen = (i for i in items)

def walrus_comp(xs):
    [last := x for x in xs]
    return last

async def acomp(xs):
    return [await x for x in xs], {x async for x in xs}
