def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, a=2), f(*(), **{}), f(**{"if": 1, "x y": 2}))
def g(a, /, b, *, c):
    return a, b, c
print(g(1, 2, c=3), g(1, b=2, c=3))
def h(a, **kw):
    return a, kw
print(h(1, a2=2), h(a=1, b=2), h(1, **{"b": 3}))
try:
    h(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1), defaults(2), defaults.__defaults__)
def kwdefault(*, x=lambda: "lazy"):
    return x()
print(kwdefault(), kwdefault(x=lambda: "given"), kwdefault.__kwdefaults__.keys())
def ann(a: "int", *args: "tuple", b: "str" = "s", **kw: "dict") -> "ret":
    pass
print(ann.__annotations__)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1}, a=2))
