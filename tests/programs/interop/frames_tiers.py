"""Frames, introspection and tracebacks look the same whichever tier runs
the code."""
import sys


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(f.f_locals)


def caller(a, b=3):
    c = a + b
    return where()


print(caller(1))
print(caller.__code__.co_varnames, caller.__code__.co_argcount, caller.__defaults__)


def gen():
    x = 1
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_locals["x"]


print(list(gen()))
g = gen()
print(g.gi_frame.f_code.co_name if g.gi_frame else None, g.gi_running)


def outer():
    def inner():
        return sys._getframe().f_back.f_code.co_name
    return inner()


print(outer())
code = compile("import sys\nresult = sys._getframe().f_back.f_code.co_name\n", "<dyn>", "exec")
scope = {}


def runs_exec():
    exec(code, scope)
    return scope["result"]


print(runs_exec())


def fails(n):
    if n == 0:
        raise ValueError("bottom")
    return fails(n - 1)


def main():
    exec("fails(2)", {"fails": fails})


main()
