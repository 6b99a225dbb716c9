# sys._getframe, frame attributes, code object attributes, locals()/globals().
import sys

def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name

def caller():
    return where()
print(caller())
print(sys._getframe().f_code.co_name, sys._getframe(0).f_back)

def locals_demo(a, b=2):
    c = a + b
    return sorted(locals().items())
print(locals_demo(1))

def code_info(p, q, *r, s, **t):
    v = 1
    def inner():
        return v
    return inner
co = code_info.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_cellvars, co.co_nlocals)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_firstlineno, co.co_filename.endswith("frame_introspection.py"))
inner = code_info(1, 2, s=3)
print(inner.__code__.co_freevars, inner.__code__.co_qualname)

g = globals()
print(g["__name__"], "caller" in g, g is sys.modules["__main__"].__dict__)
def frame_chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def level1():
    return frame_chain()
print(level1())
def gen():
    yield sys._getframe().f_code.co_name
print(list(gen()))
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
def tb_lines():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        return tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno
print(tb_lines())
def f_locals_view():
    x = 10
    fr = sys._getframe()
    return fr.f_locals["x"], fr.f_globals is globals()
print(f_locals_view())
