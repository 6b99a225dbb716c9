for x in []:
    print("never")
else:
    print("else on empty")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
for i in range(3):
    pass
print("loop var after loop", i)
items = [1, 2, 3, 4]
for item in items:
    if item == 2:
        items.remove(item)
print(items)
result = []
for i in range(3):
    for j in range(3):
        if (i + j) % 2:
            continue
        if j > i:
            break
        result.append((i, j))
print(result)
k = 10
while k:
    k -= 3
    if k < 0:
        print("went negative", k)
        break
else:
    print("not reached")
for ch in "abc":
    ch = ch.upper()
print(ch)
count = 0
for _ in iter(lambda: (count := count + 1) if False else None, 1):
    break
print("iter with sentinel ok")
evens = []
i = 0
while True:
    i += 1
    if i > 10:
        break
    if i % 2:
        continue
    evens.append(i)
print(evens)
print([x for x in range(3) for _ in range(2)], list(range(0)), list(range(5, 0, -2)))
