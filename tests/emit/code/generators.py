def simple():
    yield 1
    yield

def delegating():
    result = yield from simple()
    return result

def send_loop():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

def gen_with_finally():
    try:
        yield 1
    finally:
        print("cleanup")

def gen_with_try():
    try:
        yield 1
    except GeneratorExit:
        raise
    except ValueError as e:
        yield e

async def coro_chain():
    a = await first()
    async with lock:
        b = await second(a)
    return b

async def async_gen():
    async for item in source():
        yield item
    for x in range(3):
        yield await x

async def async_comp_nested():
    return [[y async for y in x] for x in await things()]

lambda_gen = lambda: (yield 5)
gen_in_class = type("T", (), {"g": (lambda self: (yield self))})
