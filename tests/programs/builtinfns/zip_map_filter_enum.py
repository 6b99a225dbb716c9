# zip (strict), map with several iterables, filter(None), enumerate start, laziness.
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1, 2], [3])), list(zip(range(3), range(10), "xy")))
print(list(zip([1, 2], "ab", strict=True)), dict(zip("abc", range(3))))
for args in (([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1])):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError", e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("ab", start=-1)), next(enumerate("z", 2**70)))
calls = []
def f(x):
    calls.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
z = zip(iter([1, 2, 3]), iter([4]))
print(list(z), list(z))
e = enumerate(iter("xyz"))
print(next(e), iter(e) is e, list(e))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: list(zip(1)))
show(lambda: list(zip([1], 2)))
show(lambda: list(map(abs)))
show(lambda: list(map(abs, 1)))
show(lambda: list(map(5, [1])))
show(lambda: list(filter(None)))
show(lambda: list(filter(None, 5)))
show(lambda: list(enumerate(5)))
show(lambda: list(enumerate("a", "b")))
show(lambda: zip([1], bad=True))
print(type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
a, b = zip(*[(1, "a"), (2, "b"), (3, "c")])
print(a, b, list(zip(*zip(a, b))) == [a, b])
