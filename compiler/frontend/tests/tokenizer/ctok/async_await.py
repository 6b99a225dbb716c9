async def f():
    await g()
    async with a as b:
        async for x in y:
            pass
    return [await z async for z in w]
