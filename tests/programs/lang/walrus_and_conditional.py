# Assignment expressions and conditional expressions in various positions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
while (item := data.pop()) != 1:
    print("popped", item)
print(data)
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
print([(last := v) for v in "abc"], last)
def f():
    [(inner := i) for i in range(3)]
    return inner
print(f())
print((z := 5) + z)
total = 0
print([total := total + v for v in [1, 2, 3]], total)
def classify(v):
    return "neg" if v < 0 else "zero" if v == 0 else "pos"
print([classify(v) for v in (-2, 0, 7)])
x = 1 if True else 1 / 0
print(x)
print((lambda: (w := 10))(), "w" in dir())
a = [1, 2, 3]
print(a[(i := 1)], i)
print({(k := "key"): k * 2})
def default_from_walrus(p=(q := 3)):
    return p
print(default_from_walrus(), q)
res = [j for i in range(3) if (j := i * 10)]
print(res, j)
