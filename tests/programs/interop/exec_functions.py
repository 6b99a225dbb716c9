"""Functions and classes made at run time (exec/eval/compile) and compiled
ones call each other, subclass each other and drive each other's
generators."""

ns = {}
exec("""
def twice(f, x):
    return f(f(x))

def gen_dyn(n):
    for i in range(n):
        yield i * 10

class DynBase:
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f"{type(self).__name__}({self.v}) via {self.kind()}"
    def kind(self):
        return "dynamic"
""", ns)


def inc(x):
    return x + 1


class Native(ns["DynBase"]):
    def kind(self):
        return "native override"


def gen_native(n):
    total = 0
    for i in range(n):
        got = yield i
        total += got or 0
    return total


print(ns["twice"](inc, 5))
print(ns["twice"](lambda s: s + "!", "hi"))
print(Native(3).describe())
print(list(ns["gen_dyn"](4)), sum(ns["gen_dyn"](3)))

ns["Native"] = Native
exec("""
class DynChild(Native):
    def kind(self):
        return "dynamic child of " + super().kind()
""", ns)
print(ns["DynChild"](7).describe())

# A compiled generator driven by exec'd code, and the other way round.
exec("""
def drive(g):
    out = [next(g)]
    try:
        while True:
            out.append(g.send(out[-1] + 100))
    except StopIteration as e:
        out.append(("returned", e.value))
    return out
""", ns)
print(ns["drive"](gen_native(3)))


def drive_native(g):
    return [x + 1 for x in g]


print(drive_native(ns["gen_dyn"](3)))

# Compiled functions as callbacks of builtins called from dynamic code.
print(eval("sorted(['bb', 'a', 'ccc'], key=len)"))
print(eval("list(map(inc, [1, 2, 3]))", {"inc": inc}))
words = ["pear", "Apple", "fig"]
print(sorted(words, key=str.lower), sorted(words, key=lambda w: ns["twice"](inc, len(w))))

# compile() + FunctionType built from a code object.
import types

code = compile("def made(a, b=2):\n    return a * b\n", "<made>", "exec")
scope = {}
exec(code, scope)
made = scope["made"]
print(made(4), made(4, 5), made.__name__, made.__code__.co_varnames)
square = types.FunctionType(made.__code__, {}, "square", (3,))
print(square(5), square(5, 1), square.__name__, square.__defaults__)
print(types.FunctionType(inc.__code__, globals(), "inc2")(41))

# Exceptions cross the tiers with their tracebacks.
exec("def boom(x):\n    return 1 / x\n", ns)
try:
    ns["twice"](ns["boom"], 0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("caught", e, names)
