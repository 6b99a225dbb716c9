import types


async def add(a, b):
    return a + b


async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


print(run(compute()))


class Yielder:
    def __await__(self):
        value = yield "suspended"
        return f"resumed with {value}"


async def uses_awaitable():
    result = await Yielder()
    return result


c = uses_awaitable()
print(c.send(None))
try:
    c.send("data")
except StopIteration as s:
    print(s.value)


@types.coroutine
def legacy():
    yield "legacy step"
    return 7


async def calls_legacy():
    return await legacy() + 1


c = calls_legacy()
print(c.send(None))
try:
    c.send(None)
except StopIteration as s:
    print(s.value)
c = compute()
print(type(c).__name__, c.cr_running)
c.close()


async def agen():
    for i in range(3):
        yield i


async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out + [x async for x in agen()]


print(run(consume()))


class CM:
    async def __aenter__(self):
        print("aenter")
        return "cm"

    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False


async def with_cm():
    async with CM() as v:
        print("inside", v)


run(with_cm())
