# Call-site argument binding: defaults evaluated once, keyword-only, positional-only, unpacking.
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)

counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(x, ident=next_id()):
    return x, ident
print(make("a"), make("b"), counter)

def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, e=7, z=8))
print(f(*[1, 2], **{"d": 9, "c": 10}))
print(f(1, d=1, a=5, b=6))

def kwonly(*, x, y=0):
    return x - y
print(kwonly(x=5), kwonly(y=1, x=3))

def order(*args):
    return args
def val(tag):
    print("eval", tag, end="; ")
    return tag
print(order(val(1), *[val(2)], val(3), **{}))
print(dict(val("k") and {"k": 1}, **{val("m"): 2}))

def g(**kw):
    return list(kw)
print(g(b=1, a=2, **{"c": 3}, d=4))
try:
    g(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    g(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, d=4, c=5)
except TypeError as e:
    print(e)

def varargs_only(*args):
    return len(args), type(args).__name__
print(varargs_only(), varargs_only(*range(5)), varargs_only(*"abc", *b"de"))
def defaults_eval():
    x = 10
    def inner(y=x):
        return y
    x = 20
    return inner()
print(defaults_eval())
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:7])
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (20, 30)
print(f(1, d=0)[:3])
print((lambda *a, **k: (a, k))(1, x=2))
