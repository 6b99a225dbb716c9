# Coroutine and async-generator protocol edges: reuse, asend/athrow/aclose, gi_yieldfrom, bad __await__.
import types
async def c1():
    return 1
async def reuse():
    co = c1()
    a = await co
    try:
        await co
    except RuntimeError as e:
        print("RuntimeError:", e)
    return a
try:
    reuse().send(None)
except StopIteration as e:
    print("value", e.value)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def drive():
    g = agen()
    print(await g.__anext__())
    print(await g.asend(None))
    try:
        await g.athrow(ValueError("x"))
    except ValueError as e:
        print("athrow propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = agen()
    await g2.__anext__()
    await g2.aclose()
    print("closed")
try:
    drive().send(None)
except StopIteration:
    pass

def g():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except KeyError:
        yield "caught key"
    return "ret"
def outer():
    r = yield from g()
    yield ("outer got", r)
o = outer()
print(next(o), o.send("hello"), o.throw(KeyError), next(o))
print(o.gi_yieldfrom)
co = c1()
print(co.cr_running, co.cr_await, type(co).__name__)
co.close()
async def waiter():
    await types.coroutine(lambda: (yield "raw"))()
w = waiter()
print(w.send(None))
try:
    w.send("r")
except StopIteration:
    print("done waiter")
async def bad_await():
    class A:
        def __await__(self):
            return 5
    await A()
try:
    bad_await().send(None)
except TypeError as e:
    print(e)
def gen_in_gen():
    yield (yield 1)
gg = gen_in_gen()
print(next(gg), gg.send("sent"))
import sys
async def ag2():
    yield 1
print(type(ag2()).__name__, type(ag2().__anext__()).__name__)
async def comp():
    return [x async for x in ag2()], {x: 1 async for x in ag2()}
try:
    comp().send(None)
except StopIteration as e:
    print(e.value)
