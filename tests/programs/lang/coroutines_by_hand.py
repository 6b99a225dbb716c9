# async def / await driven manually with coroutine.send; awaitables; async generators by hand.
import types

class Future:
    def __init__(self, name):
        self.name = name
        self.result = None
    def __await__(self):
        print("suspend on", self.name)
        value = yield self
        print("resumed", self.name, "with", value)
        return value

async def leaf(n):
    a = await Future(f"f{n}")
    return a * 2

async def tree():
    x = await leaf(1)
    y = await leaf(2)
    return x + y

def run(coro, values):
    it = iter(values)
    try:
        fut = coro.send(None)
        while True:
            print("loop got future", fut.name)
            fut = coro.send(next(it))
    except StopIteration as e:
        return e.value

c = tree()
print(type(c).__name__, c.__name__, c.__qualname__)
print("result:", run(c, [10, 20]))

async def simple():
    return "simple value"
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

@types.coroutine
def legacy():
    v = yield "legacy-yield"
    return v
async def uses_legacy():
    return await legacy()
c = uses_legacy()
print(c.send(None))
try:
    c.send("sent in")
except StopIteration as e:
    print("legacy result:", e.value)

async def thrower():
    try:
        await Future("t")
    except ValueError as e:
        return f"handled {e}"
c = thrower()
c.send(None)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)
c = thrower()
c.send(None)
c.close()
print("closed", c.cr_frame)

async def not_awaitable():
    await 5
try:
    not_awaitable().send(None)
except TypeError as e:
    print(e)

class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        return "cm-value"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
class AsyncIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i
async def uses_async_syntax():
    out = []
    async with AsyncCM() as v:
        out.append(v)
        async for i in AsyncIter():
            out.append(i)
    out.extend([j async for j in AsyncIter()])
    return out
try:
    uses_async_syntax().send(None)
except StopIteration as e:
    print(e.value)

async def agen():
    for i in range(3):
        yield i * 10
async def consume():
    return [v async for v in agen()]
try:
    consume().send(None)
except StopIteration as e:
    print("async generator values:", e.value)
ag = agen()
print(type(ag).__name__)
try:
    ag.__anext__().send(None)
except StopIteration as e:
    print("first anext value:", e.value)
coro = simple()
print(repr(coro).startswith("<coroutine object simple at"))
coro.close()
