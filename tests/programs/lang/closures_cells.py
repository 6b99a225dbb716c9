# Closures share cells; late binding; cell contents and __closure__.
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get

inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)

def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders
print([a(10) for a in make_adders()])

def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()
print(outer()())

def unbound():
    def read():
        return v
    try:
        read()
    except NameError as e:
        print("NameError:", e)
    v = 3
    return read()
print(unbound())

def cell_empty():
    def f():
        return y
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    y = 1
    return c.cell_contents
print(cell_empty())

def param_cell(a):
    def get():
        return a
    a = a * 2
    return get
print(param_cell(21)())

def deep(n):
    def level1():
        def level2():
            def level3():
                return n * 100
            return level3()
        return level2()
    return level1()
print(deep(4))

def shared_loop():
    fs = []
    for i in range(3):
        def f(j=i):
            return i, j
        fs.append(f)
    return [f() for f in fs]
print(shared_loop())

def class_in_func():
    value = "enclosed"
    class K:
        value = "class attr"
        def m(self):
            return value
    return K().m(), K.value
print(class_in_func())

def deleted():
    z = 1
    def g():
        return z
    del z
    try:
        g()
    except NameError as e:
        print(e)
deleted()
