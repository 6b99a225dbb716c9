l = [3, 1, 4, 1, 5]
l.append(9); print(l)
l.extend((2, 6)); print(l)
l.insert(-1, 0); print(l)
l.insert(100, 7); print(l)
l.insert(-100, 8); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
print(l.index(1), l.index(5, 2), l.count(1), l.count(42))
l.reverse(); print(l)
l.sort(); print(l)
l.sort(key=lambda x: -x); print(l)
c = l.copy(); c.clear(); print(c, l)
print(sorted(n for n in dir(list) if not n.startswith("_")))
l *= 2; print(l)
l[1:3] = "ab"; print(l)
print(l * 0, [] * 5, [None] * 2, list() == [], [1, [2]] == [1, [2]])
try:
    l.remove(100)
except ValueError as e:
    print("ValueError:", e)
try:
    l.index(100)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
m = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]]
m.sort()
print(m, max(m), min(m, key=lambda p: p[1]))
print([1, 2, 3] < [1, 2, 4], [1, 2] > [1], [] < [0], [1, "a"] == [1, "a"])
