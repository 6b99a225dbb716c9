import types
class A:
    def __init__(self): self.v = 7
def f(self, x=1): return (self.v, x)
a = A()
m = types.MethodType(f, a)
print(m(), m(5), m.__self__ is a, m.__func__ is f, type(m) is types.MethodType)
a.g = types.MethodType(f, a)
print(a.g(x=3))
print(types.MethodType(len, [1, 2])())
for args, kw in [((1, a), {}), ((len, None), {}), ((len,), {}), ((len, 1), {"x": 2})]:
    try: types.MethodType(*args, **kw)
    except TypeError as e: print(e)
