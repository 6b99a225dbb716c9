async def f():
    class A:
        await x
