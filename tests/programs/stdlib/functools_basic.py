import functools
print(functools.partial(max, 1)(5), repr(functools.partial(print, 1, sep='-')))
@functools.lru_cache(maxsize=2)
def sq(x): print('calc', x); return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
@functools.singledispatch
def show(x): return 'obj'
@show.register(int)
def _(x): return 'int'
@show.register
def _(x: list): return 'list'
print(show(1), show([]), show('s'), show(True))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
