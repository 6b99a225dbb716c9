x = 1
def outer():
    a = 1
    b = 2
    def middle():
        c = a
        def inner():
            nonlocal c
            c = b + c
            return c
        return inner
    def uses_later():
        return later
    later = 3
    del a
    return middle, uses_later

def cells_sorted(zeta, alpha):
    mu = 1
    beta = 2
    return lambda: (zeta, alpha, mu, beta)

def global_decl():
    global x, y
    x = 2
    y = x
    return [x for _ in range(2)]

def class_in_func(arg):
    class K:
        v = arg
        def m(self):
            return arg, __class__
    return K

def lambda_defaults(k=1):
    return lambda a=k, *, b=k: a + b

def comp_shadow(x):
    return [x for x in x]

def nested_comp(rows):
    return {k: [v for v in row] for k, row in rows}

def gen_exp_cells(n):
    return (i + n for i in range(n))

@dec1
@dec2(3)
def decorated_late(a):
    return a

@dec1
class DecoratedClass:
    pass

def uses_super_in_comp():
    class S:
        def f(self):
            return [super().f() for _ in range(2)]
    return S

def walrus_in_gen(xs):
    return any((found := x) > 3 for x in xs), found

def import_in_func():
    import os.path as osp
    from sys import argv, path as p
    return osp, argv, p

def unpacking(seq):
    a, *b, c = seq
    [d, e] = seq
    for (f, g), *h in seq:
        pass
    with open(seq) as (i, j):
        pass
    return a, b, c, d, e, f, g, h, i, j

def exc_name(e):
    try:
        pass
    except Exception as e:
        pass
    return e
