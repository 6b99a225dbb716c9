def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(list(count(5)), sum(count(10)), max(count(3)))
g = count(2)
print(next(g), next(g), next(g, "done"))
try:
    next(g)
except StopIteration:
    print("StopIteration")


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)


e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)


def delegator():
    result = yield from echo()
    yield f"inner returned {result}"


d = delegator()
next(d)
d.send(1)
print(d.send(None))


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as exc:
        yield f"caught {exc}"
    finally:
        print("generator cleanup")


g = guarded()
print(next(g), g.throw(ValueError("boom")))
g.close()
g2 = guarded()
next(g2)
g2.close()
print(g2.gi_frame is None)
squares = (x * x for x in range(5))
print(type(squares).__name__, list(squares), list(squares))
print(list(zip(count(3), "abc")), dict(enumerate(count(2))))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 12)))
