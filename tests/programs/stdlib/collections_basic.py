import collections
import collections.abc as cabc
Point = collections.namedtuple('Point', 'x y')
p = Point(1, y=2); print(p, p._asdict(), p._replace(x=5), Point._make([3, 4]), p.x + p[1], Point._fields)
x, y = p; print(x, y, p == (1, 2))
try: Point(1)
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
P3 = collections.namedtuple('P3', ['a', 'b', 'c'], defaults=[0]); print(P3(1, 2), P3._field_defaults)
d = collections.deque([1, 2, 3], maxlen=4); d.append(4); d.append(5); d.appendleft(0); print(d, d.pop(), d.popleft(), len(d), d[0], d[-1], list(reversed(d)))
d.rotate(1); print(d); d.rotate(-2); print(d); d.extend('ab'); print(d, d.maxlen, 'a' in d)
e = collections.deque(); print(e, bool(e))
try: e.pop()
except IndexError as ex: print(ex)
c = collections.Counter('abracadabra'); print(c, c.most_common(2), sorted(c.elements())[:4], c['z'])
c.update('zz'); print(c['z'], c + collections.Counter('a'), c - collections.Counter('aaaaaaa'), c & collections.Counter('ab'), c | collections.Counter('bbbbb'))
print(collections.Counter(a=1, b=-2), +collections.Counter(a=1, b=-2), -collections.Counter(a=1, b=-2), c.total())
dd = collections.defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), dd.default_factory)
dd2 = collections.defaultdict(int); dd2['x'] += 3; print(dd2)
try: collections.defaultdict()['k']
except KeyError as ex: print('KeyError', ex)
od = collections.OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od, list(od)); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, collections.OrderedDict())
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'c': 4})['c'], cm)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), issubclass(dict, cabc.MutableMapping), isinstance(5, cabc.Hashable), isinstance(len, cabc.Callable), isinstance((x for x in []), cabc.Generator))
class MyMap(cabc.Mapping):
    def __init__(s): s.d = {'a': 1}
    def __getitem__(s, k): return s.d[k]
    def __len__(s): return len(s.d)
    def __iter__(s): return iter(s.d)
m = MyMap(); print(m.get('a'), 'a' in m, list(m.items()), list(m.keys()), m == {'a': 1})
