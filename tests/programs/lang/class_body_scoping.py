# Name resolution in class bodies: class-level names, enclosing function cells, globals.
x = "global x"
def outer():
    x = "enclosing x"
    y = "enclosing y"
    class C:
        print("class body sees", x)
        x = "class x"
        print("after assignment", x)
        z = y
        def method(self):
            return x
        def uses_y(self):
            return y
    return C
C = outer()
print(C.x, C.z, C().method(), C().uses_y())

def outer2():
    v = 1
    class D:
        v = v + 10 if False else 5
        w = v * 2
    return D.v, D.w
print(outer2())

def outer3():
    n = "cell value"
    class E:
        nonlocal_read = n
        def get(self):
            return n
    n = "changed later"
    return E.nonlocal_read, E().get()
print(outer3())

class Counter:
    total = 0
    items = [total for _ in range(2)] if False else []
    counts = {k: len(k) for k in ("a", "bb")}
print(Counter.counts)
try:
    class Broken:
        size = 3
        grid = [[0] * size for _ in range(size)]
except NameError as e:
    print("NameError:", e)
class Works:
    size = 3
    grid = [[0] * 2 for _ in range(size)]
print(len(Works.grid))

y = "module y"
class Shadow:
    y = "class y"
    def f(self):
        return y
print(Shadow().f(), Shadow.y)
class Deleting:
    temp = 1
    del temp
    try:
        temp
    except NameError as e:
        msg = str(e)
print(Deleting.msg, hasattr(Deleting, "temp"))
def make_class_with_global():
    class G:
        global gvar
        gvar = "set from class body"
    return G
make_class_with_global()
print(gvar)
class Outer:
    attr = "outer attr"
    class Inner:
        try:
            seen = attr
        except NameError as e:
            seen = "NameError: " + str(e)
print(Outer.Inner.seen)
print(Outer.Inner.__qualname__, Outer.__qualname__)
