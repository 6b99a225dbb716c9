import functools, itertools, operator, types, keyword, bisect, heapq
from itertools import *
print(list(accumulate([1,2,3,4])), list(accumulate([1,2,3], operator.mul, initial=10)))
print(list(chain([1,2],[3])), list(chain.from_iterable(['ab','cd'])))
print(list(islice(count(5), 3)), list(islice('abcdefg', 1, 6, 2)), list(islice(cycle('ab'), 5)))
print([(k, list(g)) for k, g in groupby('aaabbcdd')])
print([k for k, g in groupby('aaabbcdd')])
print(list(zip_longest('abc', 'x', fillvalue='-')))
print(list(product('ab', range(2))), len(list(permutations(range(4), 2))))
print(list(combinations('abcd', 2)), list(combinations_with_replacement('ab', 2)))
print(list(pairwise('abcd')), list(starmap(pow, [(2,3),(3,2)])))
a, b = tee(range(3)); print(list(a), list(b))
print(list(takewhile(lambda x: x<3, [1,2,5,1])), list(dropwhile(lambda x: x<3, [1,2,5,1])))
print(list(filterfalse(None, [0,1,2,0])), list(compress('abc', [1,0,1])), list(repeat('x', 3)))
print(functools.reduce(operator.add, [1,2,3]), functools.reduce(lambda a,b:a*b, [], 7))
p = functools.partial(int, base=2); print(p('101'), repr(p))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1)+fib(n-2)
print(fib(30), fib.cache_info())
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello():
    "doc"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
@functools.total_ordering
class V:
    def __init__(s, x): s.x = x
    def __eq__(s, o): return s.x == o.x
    def __lt__(s, o): return s.x < o.x
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class C:
    @functools.cached_property
    def val(self):
        print("computing"); return 42
c = C(); print(c.val, c.val)
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
print(types.FunctionType, types.ModuleType, types.SimpleNamespace(a=1))
print(keyword.iskeyword('for'), bisect.bisect([1,2,3], 2))
h = [5,1,3]; heapq.heapify(h); heapq.heappush(h, 0); print([heapq.heappop(h) for _ in range(4)])
print(list(heapq.merge([1,4],[2,3])), heapq.nlargest(2, [3,1,4]))
