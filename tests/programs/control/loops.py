for i in range(3):
    print("for", i)
else:
    print("for-else ran")
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print("even", n)
else:
    print("while-else", n)
for x, y in [(1, 2), (3, 4)]:
    print(x + y, end=" ")
print()
for i, ch in enumerate("ab"):
    for j in range(2):
        if j == 1:
            break
        print(i, ch, j)
total = 0
for k in range(1, 101):
    total += k if k % 3 == 0 or k % 5 == 0 else 0
print(total)
while True:
    n -= 1
    if n < 0:
        break
print(n)
x = 5
result = "big" if x > 3 else "small"
print(result, x > 3 and "yes" or "no")
if x < 0:
    print("negative")
elif x == 0:
    print("zero")
elif x < 10:
    print("small positive")
else:
    print("large")
while (x := x - 2) > 0:
    print("walrus", x)
assert x <= 0, "never"
try:
    assert x > 100, f"x was {x}"
except AssertionError as e:
    print("AssertionError:", e)
