# Decorators: evaluation and application order, arguments, functools.wraps, stacking on methods.
import functools
log = []
def deco(tag):
    log.append(f"evaluate {tag}")
    def apply(f):
        log.append(f"apply {tag} to {f.__name__}")
        @functools.wraps(f)
        def wrapper(*a, **k):
            log.append(f"call {tag}")
            return f(*a, **k)
        return wrapper
    return apply

@deco("outer")
@deco("inner")
def target(x):
    "Target doc."
    return x * 2
print(log)
log.clear()
print(target(21), log)
print(target.__name__, target.__doc__, target.__wrapped__.__wrapped__.__name__)

def counted(f):
    def inner(*a):
        inner.calls += 1
        return f(*a)
    inner.calls = 0
    return inner
@counted
def ping():
    return "pong"
ping(); ping()
print(ping.calls, ping.__name__)

class Service:
    @staticmethod
    @counted
    def helper():
        return "static helper"
    @classmethod
    @functools.lru_cache(maxsize=None)
    def cached(cls, n):
        print("computing", n)
        return n * n
    @property
    @functools.lru_cache(maxsize=None)
    def expensive(self):
        print("expensive once")
        return 99
print(Service.helper(), Service.helper.calls)
print(Service.cached(4), Service.cached(4))
s = Service()
print(s.expensive, s.expensive)

def decorator_with_optional_args(f=None, *, prefix=">"):
    def wrap(func):
        def inner(*a):
            return prefix + str(func(*a))
        return inner
    return wrap(f) if f else wrap
@decorator_with_optional_args
def a():
    return 1
@decorator_with_optional_args(prefix="#")
def b():
    return 2
print(a(), b())

def class_deco(cls):
    cls.decorated = True
    return cls
@class_deco
class K:
    pass
print(K.decorated)
registry = {}
def register(name):
    return lambda f: registry.setdefault(name, f)
@register("first")
def first():
    return "first!"
print(first(), registry["first"] is first)
print((lambda f: f)(lambda: "identity decorator")())
@functools.total_ordering
class Ranked:
    def __init__(self, r):
        self.r = r
    def __eq__(self, o):
        return self.r == o.r
    def __lt__(self, o):
        return self.r < o.r
print(Ranked(1) <= Ranked(2), Ranked(3) >= Ranked(4))
