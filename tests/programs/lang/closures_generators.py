# Closures with generators: nonlocal counters inside generators, late binding through yield, lru_cache recursion.
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while True:
        got = yield bump()
        if got == "stop":
            return count
g = counter_gen()
print(next(g), next(g), g.send(None))
try:
    g.send("stop")
except StopIteration as e:
    print("final", e.value)
def make():
    funcs = {}
    for name in ("a", "b"):
        def f(n=name):
            return n * 2
        funcs[name] = f
    return funcs
print({k: v() for k, v in make().items()})
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
    gens = (inc() for _ in range(3))
    list(gens)
    return x
print(outer())
def cell_shared():
    v = []
    add = lambda item: v.append(item)
    get = lambda: tuple(v)
    add(1); add(2)
    return get()
print(cell_shared())
import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
def recursive_closure():
    def walk(node, depth=0):
        if isinstance(node, list):
            return max((walk(c, depth + 1) for c in node), default=depth)
        return depth
    return walk([1, [2, [3, [4]]], []])
print(recursive_closure())
def gen_closure():
    for i in range(3):
        yield lambda: i
print([f() for f in gen_closure()])
print([f() for f in list(gen_closure())])
