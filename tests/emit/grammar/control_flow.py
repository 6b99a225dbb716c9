# if/elif/else, while/else, for/else, break, continue, pass.
x = 5
if x:
    pass
if x > 3:
    y = 1
elif x > 2:
    y = 2
elif x > 1:
    y = 3
else:
    y = 4
if x: y = 5
else: y = 6
while x > 0:
    x -= 1
    if x == 2:
        continue
    if x == 1:
        break
else:
    y = 7
while False: pass
for i in range(3):
    for j in range(3):
        if j:
            break
    else:
        continue
    break
else:
    pass
for i, (j, k) in enumerate([(1, 2)]):
    pass
for i in 1, 2, 3:
    pass
for *a, b in [(1, 2, 3)]:
    pass
for i in []:
    pass
for (i) in []:
    pass
if (n := 10) > 5:
    pass
while (n := n - 1):
    pass
for i in [*range(2), *range(3)]:
    pass
