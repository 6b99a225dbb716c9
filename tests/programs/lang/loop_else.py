# for/while else clauses with break, continue, and exceptions.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)

n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while else ran, n =", n)

n = 0
while True:
    n += 1
    if n > 2:
        break
else:
    print("unreachable")
print("n =", n)

for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("else after continue")

for outer in range(3):
    for inner in range(3):
        if inner == outer == 1:
            break
    else:
        print("inner completed for", outer)
        continue
    print("inner broke for", outer)

def ret_from_else():
    for x in []:
        return "body"
    else:
        return "else"
print(ret_from_else())

try:
    for x in range(3):
        if x == 1:
            raise ValueError(x)
    else:
        print("no")
except ValueError as e:
    print("exception skips else", e)

while False:
    pass
else:
    print("while False else")
count = 0
for c in "abc":
    count += 1
    c = "rebound"
print(count, c)
it = iter([1, 2, 3, 4])
for a in it:
    b = next(it, None)
    print(a, b)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
    print(v, end=" ")
print()
