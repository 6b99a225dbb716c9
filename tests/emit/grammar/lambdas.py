# Lambda expressions with every parameter form.
f0 = lambda: 0
f1 = lambda x: x
f2 = lambda x, y=1: x + y
f3 = lambda *args: args
f4 = lambda **kw: kw
f5 = lambda a, /, b, *, c: a
f6 = lambda a=1, /, b=2, *args, c, d=4, **kw: (a, b, c, d)
f7 = lambda *, k: k
f8 = lambda x: lambda y: x + y
f9 = lambda: (yield)
f10 = (lambda x: x)(1)
f11 = lambda x: x if x else -x
f12 = [lambda i=i: i for i in range(3)]
f13 = lambda a, b,: a
f14 = lambda *a, **k,: 0
f15 = lambda: lambda: lambda: None
