# yield, yield from, yield expressions in every position.
def g1():
    yield
def g2():
    yield 1
    yield 1, 2
    yield *[1], 2
def g3():
    x = yield
    y = yield 1
    z = (yield)
    w = (yield 2) + 1
    v = yield from g1()
    u = (yield from g2())
    return x, y, z, w, v, u
def g4():
    print((yield))
    f((yield 1), (yield 2)) if False else None
    [(yield)] if False else None
    return (yield)
def g5():
    for i in range(3):
        yield i
    while True:
        received = yield
        if received:
            return received
def g6():
    yield from (x for x in range(3))
    yield from [1, 2, 3]
    yield lambda: (yield)
def g7():
    try:
        yield 1
    finally:
        yield 2
def f(*a): pass
gen_exprs = (x for x in range(3)), (x * y for x in range(2) for y in range(2))
