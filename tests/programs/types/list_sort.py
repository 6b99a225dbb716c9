# sort/sorted stability, key functions, reverse with stability, errors during sort.
recs = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x % 3, x)))
big = [(i * 7919) % 101 for i in range(200)]
s = sorted(big)
print(s[:10], s[-10:], s == sorted(s), sorted(big, reverse=True)[:5])
stable = sorted(range(50), key=lambda i: i % 5)
print(stable)
l = [3, 2, 1]
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, l)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(9), K(2)], key=lambda k: k.v))
try:
    sorted([K(1), 2])
except TypeError as e:
    print("TypeError", e)
lst = [1, 2, 3]
def bad_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad_key)
    print(lst)
except ValueError as e:
    print("ValueError", e)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((2.5, 1, True)), sorted([], reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]), sorted([(1, "b"), (1, "a")]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
