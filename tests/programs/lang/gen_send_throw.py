# Generator protocol: send, throw, close, GeneratorExit, states, return values.
def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                print("generator caught", repr(e))
                received.append("error")
    except GeneratorExit:
        print("GeneratorExit, received", received)
        raise
    finally:
        print("finally in generator")

g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
print(g.throw(ValueError("bad")))
print(g.throw(ValueError))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print("StopIteration after close", e.value)

g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print(e)
print(g2.send(None))
try:
    g2.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print("g2 finished:", next(g2, "exhausted"))

def returns():
    x = yield 1
    return f"result {x}"
g = returns()
next(g)
try:
    g.send(5)
except StopIteration as e:
    print("value:", e.value, e.args)

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def gen_state():
    yield 1
g = gen_state()
print(g.gi_running, g.gi_frame is not None, g.__name__, g.__qualname__)
next(g)
print(list(g), g.gi_frame)

def running():
    yield g3.gi_running
g3 = running()
print(next(g3))
def self_next():
    yield next(g4)
g4 = self_next()
try:
    next(g4)
except ValueError as e:
    print(e)

def stop_inside():
    yield 1
    raise StopIteration("inner")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def throw_after_close():
    yield 1
g = throw_after_close()
g.close()
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("throw into closed generator raises directly:", e)
def close_returns():
    try:
        yield
    except GeneratorExit:
        return "ignored value"
g = close_returns()
next(g)
print(g.close())
