a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[1::3])
a.append(7); a.extend([8, 9]); a.insert(0, 0)
print(a)
print(a.pop(), a.pop(0), a.index(4), a.count(1))
a.remove(1)
print(a)
b = sorted(a)
a.sort(reverse=True)
print(b, a)
a.reverse()
print(a, a.copy() == a, a.copy() is a)
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, 2 in [1, 2], 5 not in [1])
print(sorted(["bb", "a", "ccc"], key=len), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(min(a), max(a), sum(a), list(reversed(a)), list(enumerate("ab", 1)))
del a[1:3]
print(a)
a[1:1] = [100, 200]
print(a)
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested == [[1, 2], [3, [4, 5]]], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
x = []
x.append(x)
print(x)
print(list(range(5)), list("abc"), list((1, 2)), [1, 2, 3].__len__())
try:
    [][0]
except IndexError as e:
    print("IndexError:", e)
a.clear()
print(a, bool(a))
