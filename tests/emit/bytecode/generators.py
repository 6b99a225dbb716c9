def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            i = got
        i += 1
    return "done"

def delegate():
    r = yield from counter(3)
    yield r

async def fetch(session, urls):
    async with session as s:
        async for u in s.stream(urls):
            yield await s.get(u)

squares = (x * x for x in range(10))
