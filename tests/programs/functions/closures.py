def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in adders], [l(10) for l in late])


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


print(compose(str, lambda x: x * 2, abs)(-21))


def decorator(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap


@decorator("b")
@decorator("i")
def text(s):
    return s


print(text("hi"), text.__name__)


def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()()


print(outer())


def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)


print(recursive(20), recursive(30))
