import functools


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}{kwargs if kwargs else ''}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper


def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco


@trace
def add(a, b=0):
    """Adds."""
    return a + b


@repeat(3)
def hello(name):
    return f"hi {name}"


print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__(5))
print(hello("x"))


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0

    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls, square.__name__)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits > 0)


def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco


handlers = {}


@register(handlers)
def on_start():
    return "started"


@register(handlers)
def on_stop():
    return "stopped"


print(sorted(handlers), handlers["on_start"]())


class Widget:
    @staticmethod
    @trace
    def build(kind):
        return kind.upper()

    @property
    @functools.cache
    def expensive(self):
        return 42


print(Widget.build("knob"), Widget().expensive)
partial_add = functools.partial(add, 10)
print(partial_add(5), functools.reduce(lambda a, b: a * b, range(1, 6)))
