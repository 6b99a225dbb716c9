# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)

def make_global():
    global created_later
    created_later = "made"
make_global()
print(created_later)

def read_before_assign():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
read_before_assign()

def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
        inner()
    mid()
    return a
print(outer())

def nonlocal_skips_class():
    v = "func"
    class C:
        v = "class"
        def m(self):
            nonlocal v
            v = "changed"
    C().m()
    return v, C.v
print(nonlocal_skips_class())

x = "module"
def g1():
    x = "g1"
    def g2():
        global x
        x = "set by g2"
    g2()
    return x
print(g1(), x)

class Holder:
    global from_class
    from_class = 1
    attr = 2
print(from_class, hasattr(Holder, "from_class"))

def del_global():
    global counter
    del counter
del_global()
try:
    counter
except NameError as e:
    print(e)
def loop_var_global():
    global lv
    for lv in range(3):
        pass
loop_var_global()
print(lv)
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(shadow_builtin(), len("abc"))
