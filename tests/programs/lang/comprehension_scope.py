# Comprehension scoping: own scope, first iterable evaluated outside, class bodies.
x = "global-x"
print([x for x in range(3)], x)
print({x: x * 2 for x in "ab"}, x)
print({x % 3 for x in range(10)})
g = (x * x for x in range(4))
print(x, list(g), list(g))

def outer():
    n = 10
    return [n + i for i in range(3)]
print(outer())

class C:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
    factor = 3
    try:
        scaled = [d * factor for d in data]
    except NameError as e:
        scaled = str(e)
    pairs = [(a, b) for a in data for b in data if a < b]
print(C.doubled, C.scaled, C.pairs)

def first_iter_outside():
    def it():
        print("building iterable")
        return [1, 2]
    g = (print("body", v) or v for v in it())
    print("generator created")
    return list(g)
print(first_iter_outside())

print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print({k: v for k, v in zip("abc", range(3)) if v})
print(sum(i for i in range(101)))
print([i for i in range(10) if i % 2 if i % 3])

fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])

def walrus():
    data = [5, 8, 2]
    total = 0
    [total := total + v for v in data]
    print("total", total)
    if any((big := v) > 6 for v in data):
        print("big", big)
walrus()
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
nested = {i: {j: i * j for j in range(2)} for i in range(2)}
print(nested)
