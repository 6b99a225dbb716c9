# match: group patterns, star captures, mapping rest, custom Sequence/Mapping types, __match_args__ inheritance.
import collections
import collections.abc

def grp(v):
    match v:
        case (1 | 2) as small:
            return f"small {small}"
        case ((3)):
            return "three via nested group"
        case [*head, (4 | 5) as tail]:
            return f"head {head} tail {tail}"
        case [int() | float() as only]:
            return f"single number {only}"
        case {"a": 1, **rest} if rest:
            return f"a=1 with {rest}"
        case {"a": 1}:
            return "exactly a=1"
        case _:
            return "other"
for v in [1, 2, 3, [9, 8, 4], [5], [7.5], {"a": 1, "b": 2}, {"a": 1}, "x"]:
    print(repr(v), "->", grp(v))

class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
class MyMap(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
def structure(v):
    match v:
        case [a, b]:
            return f"sequence of two: {a}, {b}"
        case {"k": value}:
            return f"mapping with k={value}"
        case _:
            return "no match"
print(structure(MySeq(1, 2)), structure(MyMap(k=3)), structure(collections.deque([4, 5])))
print(structure(collections.OrderedDict(k=6)), structure(collections.defaultdict(int, k=7)))
print(structure("ab"), structure(b"ab"), structure(bytearray(b"ab")), structure(range(3, 5)))

class Base:
    __match_args__ = ("a",)
    def __init__(self, a, b=None):
        self.a, self.b = a, b
class Derived(Base):
    pass
class Extended(Base):
    __match_args__ = ("a", "b")
def cls(v):
    match v:
        case Extended(x, y):
            return f"Extended {x} {y}"
        case Derived(x):
            return f"Derived {x}"
        case Base(a=x, b=None):
            return f"Base with no b: {x}"
        case Base():
            return "some Base"
print(cls(Extended(1, 2)), cls(Derived(3)), cls(Base(4)), cls(Base(4, 5)))

def bools(v):
    match v:
        case True:
            return "True literal"
        case 1:
            return "one"
        case 0.0:
            return "zero-ish"
    return "none"
print(bools(True), bools(1), bools(1.0), bools(0), bools(False))

def keys(v):
    match v:
        case {1: "one", -2: pair}:
            return f"int keys {pair}"
        case {None: x}:
            return f"None key {x}"
    return "no"
print(keys({1: "one", -2: "p"}), keys({None: 0}), keys({1: "two"}))
for src in ['match x:\n    case {"a": 1, "a": 2}:\n        pass\n',
            'match x:\n    case [*a, *b]:\n        pass\n',
            'match x:\n    case a:\n        pass\n    case 1:\n        pass\n',
            'match x:\n    case {**rest, "a": 1}:\n        pass\n']:
    try:
        compile(src, "<pattern>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
def star_only(v):
    match v:
        case [*everything]:
            return everything
print(star_only((1, 2, 3)), star_only([]), star_only(range(2)))
