def gen():
    print("started")
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except GeneratorExit:
        print("GeneratorExit")
        raise
    except KeyError as e:
        print("caught", repr(e))
        yield "after throw"
    finally:
        print("finally")
    return "done"


g = gen()
print(g.send(None))
print(g.send("a"))
print(g.throw(KeyError("k")))
try:
    next(g)
except StopIteration as s:
    print("StopIteration", s.value)
g = gen()
next(g)
g.close()
print(g.gi_running, g.gi_frame)
try:
    gen().send(5)
except TypeError as e:
    print("TypeError:", e)


def inner():
    got = yield "inner-1"
    print("inner got", got)
    yield "inner-2"
    return "inner result"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer-end"


o = outer()
print(next(o), o.send("sent through"), next(o))


def stop_in_gen():
    yield 1
    raise StopIteration("bad")


try:
    list(stop_in_gen())
except RuntimeError as e:
    print("RuntimeError:", e)
gexp = (i for i in range(3))
print(next(gexp), list(gexp), gexp.gi_frame)


def running():
    yield g2.gi_running


g2 = running()
print(next(g2))
print(g2.__name__, g2.__qualname__, type(g2).__name__)
