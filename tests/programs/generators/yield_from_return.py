def sub(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total


def main_gen():
    r1 = yield from sub(3)
    r2 = yield from sub(2)
    return r1, r2


g = main_gen()
out = [next(g)]
try:
    while True:
        out.append(g.send(10))
except StopIteration as e:
    print(out, e.value)


def delegating_throw():
    try:
        yield from sub(5)
    except ValueError as e:
        yield f"outer caught {e}"


g = delegating_throw()
next(g)
print(g.throw(ValueError("x")))


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")


def outer():
    yield from closing()


g = outer()
next(g)
g.close()
print("closed")


def gen_return_value():
    return "value"
    yield


try:
    next(gen_return_value())
except StopIteration as e:
    print(repr(e.value))
print(list(gen_return_value()))


def yf_iterable():
    yield from "ab"
    yield from [1, 2]
    yield from range(2)
    yield from {"k": 1}
    x = yield from iter([])
    print("empty yield from gives", x)


print(list(yf_iterable()))
