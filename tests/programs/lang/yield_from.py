# yield from: delegation of values, send, throw, close and return values.
def inner():
    try:
        x = yield "inner-1"
        print("inner got", x)
        y = yield "inner-2"
        print("inner got", y)
    except KeyError as e:
        print("inner handled", repr(e))
        yield "after-handle"
    finally:
        print("inner finally")
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer received return:", r)
    yield "outer-done"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(list(g))

g = outer()
next(g)
print(g.throw(KeyError("k")))
g.close()

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), {"k": 1}, (x * x for x in range(3)))))

def depth(n):
    if n == 0:
        return 0
    got = yield from depth(n - 1)
    yield n
    return got + n
g = depth(4)
print(list(g))
def total(n):
    t = yield from depth(n)
    return t
try:
    gg = total(3)
    while True:
        next(gg)
except StopIteration as e:
    print("total", e.value)

class Iterable:
    def __iter__(self):
        return iter([10, 20])
def from_custom():
    r = yield from Iterable()
    print("return from plain iterator:", r)
print(list(from_custom()))

def sub_close():
    try:
        yield 1
        yield 2
    finally:
        print("sub closed")
def delegator():
    yield from sub_close()
g = delegator()
next(g)
g.close()

def sub_raises():
    yield 1
    raise ValueError("from sub")
def catcher():
    try:
        yield from sub_raises()
    except ValueError as e:
        yield f"caught {e}"
print(list(catcher()))
def gen_return_value():
    return (yield from [])
try:
    next(gen_return_value())
except StopIteration as e:
    print(repr(e.value))
def send_to_list():
    yield from [1, 2]
g = send_to_list()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print(e)
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
