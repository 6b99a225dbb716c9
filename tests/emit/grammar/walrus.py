# Assignment expressions (PEP 572) wherever they may appear.
if (n := 10) > 5:
    pass
while (chunk := n - 1) > 8:
    n = chunk
values = [y for x in range(5) if (y := x * 2) > 2]
print(z := 5)
f = lambda: (w := 1)
data = {"k": (v := 3)}
r = (a := 1, b := 2)
s = [c := 1, c + 1]
def func(arg=(d := 4)):
    return (e := arg)
t = (m := 1) + (m2 := 2)
u = f"{(fw := 3)}"
cond = (g := 1) if (h := 0) else (i := 2)
print((x := 1) and (x := 2))
idx = [10, 20][(j := 1)]
gen = any((k := val) > 1 for val in [1, 2])
