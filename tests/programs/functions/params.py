def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 0, "z": 9}))


def posonly(a, b, /, c):
    return a + b + c


print(posonly(1, 2, 3), posonly(1, 2, c=3))
for call in (lambda: posonly(1, b=2, c=3), lambda: f(), lambda: f(1, 2), lambda: f(1, c=1, c2=2, a=0)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def defaults(x, acc=[]):
    acc.append(x)
    return acc


print(defaults(1), defaults(2), defaults(3, []))
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_varnames)


def annotated(x: int, y: str = "s") -> bool:
    """Doc."""
    return True


print(annotated.__annotations__, annotated.__doc__)
kw = lambda **k: sorted(k.items())
print(kw(b=1, a=2), (lambda *a: a)(1, 2), (lambda x, /, y=3, *, z=4: x + y + z)(1))


def apply(func, *args, **kwargs):
    return func(*args, **kwargs)


print(apply(max, 3, 9, 4), apply(sorted, [3, 1], reverse=True))
