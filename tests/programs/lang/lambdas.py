# lambda: defaults, varargs, closures, names, immediate call, nesting.
sq = lambda x: x * x
print(sq(7), sq.__name__, sq.__qualname__)
add = lambda a, b=10, *args, c, d=4, **kw: (a, b, args, c, d, sorted(kw))
print(add(1, c=3))
print(add(1, 2, 3, 4, c=5, e=6))
print((lambda: "immediate")())
print((lambda *a: a)(1, 2))
print((lambda **k: k)(x=1))
print((lambda a, /, b: a - b)(5, b=2))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
def outer():
    return lambda: outer.__name__
print(outer()(), outer().__qualname__)
print((lambda: 0)() is not None)
try:
    add()
except TypeError as e:
    print(e)
try:
    sq(1, 2)
except TypeError as e:
    print(e)
y = (lambda: (yield 1))
print(list(y()))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (x, lambda: x))(3)[1]())
print(list(filter(lambda v: v % 3 == 0, range(10))))
print(sq.__defaults__, add.__defaults__, add.__kwdefaults__)
