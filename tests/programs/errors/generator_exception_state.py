# Exception state across generator suspension: exc_info inside/outside, chaining to the caller, throw.
import sys
def gen():
    try:
        raise KeyError("inside gen")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
g = gen()
print(next(g))
try:
    raise ValueError("outside")
except ValueError:
    print(next(g), sys.exc_info()[0].__name__)
print(next(g))
def gen2():
    yield 1
    raise TypeError("from gen2")
try:
    try:
        raise ValueError("handling")
    except ValueError:
        for _ in gen2():
            pass
except TypeError as e:
    print(repr(e), repr(e.__context__))
def gen3():
    try:
        yield
    except Exception as e:
        print("gen3 got", repr(e), "context", repr(e.__context__))
        yield "after"
g3 = gen3()
next(g3)
try:
    raise KeyError("outer ctx")
except KeyError:
    print(g3.throw(ValueError("thrown")))
def gen4():
    try:
        yield 1
    finally:
        print("gen4 finally, exc_info:", sys.exc_info()[0])
g4 = gen4()
next(g4)
try:
    raise IndexError("x")
except IndexError:
    g4.close()
def raiser():
    raise RuntimeError("r")
    yield
try:
    next(raiser())
except RuntimeError as e:
    print(e.__traceback__.tb_next.tb_frame.f_code.co_name)
def inner():
    yield 1
    yield 2
def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer sees GeneratorExit")
        raise
o = outer()
next(o)
o.close()
print(o.gi_frame)
