print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(5)})
print({x % 4 for x in range(20)})
print(list(x for x in "abc"), sum(x for x in range(5)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row if y % 2])
x = "outer"
print([x for x in "inner"], x)
print([(y := n * 2) for n in range(3)], y)
print({k: v for k, v in zip("abc", range(3)) if v})
print([i for i in range(3)] == list(range(3)))
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], {len(w) for w in words})
print(sorted({w[0]: w for w in words}.items()))
