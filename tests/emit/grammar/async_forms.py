# async def, await, async for, async with, async comprehensions.
import asyncio
async def simple():
    return 1
async def awaiting():
    x = await simple()
    y = await asyncio.sleep(0)
    return x + (await simple())
async def iterating(aiter):
    async for item in aiter:
        pass
    async for a, b in aiter:
        break
    else:
        pass
async def managing(cm):
    async with cm:
        pass
    async with cm as x, cm as (y, z):
        pass
    async with cm as x:
        async with cm:
            pass
async def comprehensions(aiter):
    a = [x async for x in aiter]
    b = {x async for x in aiter if x}
    c = {x: x async for x in aiter}
    d = (x async for x in aiter)
    e = [await x for x in []]
    f = [x for x in [] if await x]
    return a, b, c, d, e, f
async def generator():
    yield 1
    await simple()
async def nested():
    async def inner():
        return await simple()
    return await inner()
class C:
    async def method(self):
        return await simple()
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False
await_name = "await"
async_name = "async"
