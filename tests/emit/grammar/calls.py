# Call forms: positional, keyword, star, double star, generator arguments.
def f(*args, **kwargs):
    return args, kwargs
f()
f(1)
f(1, 2,)
f(a=1)
f(1, b=2)
f(*[1, 2])
f(**{"a": 1})
f(1, *[2], 3, *(4,), k=5, **{"m": 6}, n=7)
f(*[1], *[2], **{"a": 1}, **{"b": 2})
f(x for x in range(3))
f((x for x in range(3)), 1)
f(a=1, *[2])
f(f)(1)(2) if False else f
f(
    1,
    2,
)
print(*range(3), sep="-", end="\n")
f(x := 3)
f(key=lambda v: v)
f.__call__(1)
