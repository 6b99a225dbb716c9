# Scoping statements and the names they bind.
total = 0
def add(n):
    global total
    total += n
def make():
    x = 0
    def inc():
        nonlocal x
        x += 1
        def deeper():
            nonlocal x
            x *= 2
            return x
        return deeper()
    return inc
class K:
    y = 1
    def m(self):
        global y
        y = 2
    z = [y for _ in range(2)] if False else None
def uses_free():
    a = 1
    class Inner:
        b = a
        def get(self):
            return a
    return Inner
def shadow():
    total = 5
    def f():
        global total
        return total
    return f
global module_level_global
module_level_global = 1
