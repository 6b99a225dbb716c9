"""Closures, generators, nonlocal state and higher-order functions."""
import itertools


def counter(start=0, step=1):
    count = start

    def bump(by=None):
        nonlocal count
        count += step if by is None else by
        return count

    return bump


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    return [x for _, x in zip(range(n), it)]


def pipeline(*stages):
    def run(data):
        for stage in stages:
            data = stage(data)
        return data
    return run


def memoize(fn):
    cache = {}

    def wrapper(*args):
        try:
            return cache[args]
        except KeyError:
            result = cache[args] = fn(*args)
            return result

    wrapper.cache = cache
    return wrapper


@memoize
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


c = counter(10, 5)
print(c(), c(), c(by=-3))
print(take(10, fib()))
double_then_sum = pipeline(lambda xs: (x * 2 for x in xs), sum)
print(double_then_sum(range(5)))
print(ways(20), len(ways.cache))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(list(itertools.chain.from_iterable(zip(*grid))))
gen = (n for n in fib() if n % 2)
print(next(gen), next(gen), next(gen))
