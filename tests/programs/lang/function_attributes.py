# Function object attributes: __defaults__/__kwdefaults__/__code__/__dict__/__annotations__ assignment rules.
def f(a, b=1, *, c=2):
    return a, b, c
def show(fn):
    try:
        r = fn()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: setattr(f, "__defaults__", [1]))
show(lambda: setattr(f, "__defaults__", (5,)))
print(f(0))
show(lambda: setattr(f, "__kwdefaults__", ()))
show(lambda: setattr(f, "__kwdefaults__", {"c": 9}))
print(f(0))
show(lambda: setattr(f, "__defaults__", None))
show(lambda: f(0))
show(lambda: setattr(f, "__closure__", None))
show(lambda: setattr(f, "__globals__", {}))
show(lambda: setattr(f, "__qualname__", 5))
show(lambda: setattr(f, "__doc__", 5))
print(f.__doc__)
show(lambda: setattr(f, "__dict__", []))
show(lambda: setattr(f, "__dict__", {"z": 1}))
print(f.z)
show(lambda: setattr(f, "__annotations__", 5))
show(lambda: setattr(f, "__annotations__", {"a": int}))
print(f.__annotations__)
show(lambda: delattr(f, "__annotations__"))
print(f.__annotations__)
show(lambda: setattr(f, "__module__", "elsewhere"))
print(f.__module__)
def g():
    return 1
def h():
    return 2
g.__code__ = h.__code__
print(g())
def two(a, b):
    return a + b
show(lambda: setattr(g, "__code__", two.__code__) or g(1, 2))
def closure_maker():
    v = 1
    def inner():
        return v
    return inner
inner = closure_maker()
show(lambda: setattr(g, "__code__", inner.__code__))
print(f.__name__, f.__qualname__, type(f.__code__).__name__, f.__globals__ is globals())
print(f.__builtins__ is __builtins__.__dict__ if hasattr(f, "__builtins__") else "n/a")
def k(a, b=2):
    return a + b
print(callable(k), k.__call__(1) == k(1), type(k.__call__).__name__)
print(repr(k.__get__(None, int)) == repr(k), k.__get__(5)())
