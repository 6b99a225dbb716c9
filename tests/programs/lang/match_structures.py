# match: sequence, mapping, class patterns (positional via __match_args__), nesting.
from dataclasses import dataclass
from collections import namedtuple

@dataclass
class Point:
    x: int
    y: int

Pair = namedtuple("Pair", "left right")

class Custom:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *_, last] if len(v) > 4:
            return f"long {first}..{last}"
        case [first, *rest]:
            return f"many {first} {rest}"
        case _:
            return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", b"ab", {1: 2}, range(2), bytearray(b"x")]:
    print(repr(v), "->", seq(v))

def mapping(m):
    match m:
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": "rect", **rest}:
            return f"rect {sorted(rest.items())}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
for m in [{"type": "circle", "r": 2, "extra": 1}, {"type": "rect", "w": 1, "h": 2}, {}, {"x": 1}, [1]]:
    print(mapping(m))

def cls(o):
    match o:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y=3):
            return f"y is three, x={x}"
        case Pair(l, r):
            return f"pair {l} {r}"
        case Custom(a, b=[_, _] as both):
            return f"custom {a} with pair {both}"
        case Custom(a):
            return f"custom {a}"
        case int() | float() as num:
            return f"number {num}"
        case _:
            return "unknown"
for o in [Point(0, 0), Point(0, 5), Point(2, 3), Point(2, 4), Pair(1, 2), Custom(1, [2, 3]),
          Custom(1, 2), 3, 2.5, "x"]:
    print(cls(o))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
try:
    match Custom(1, 2):
        case Custom(1, 2, 3):
            pass
except TypeError as e:
    print(e)
try:
    match 1:
        case len(x):
            pass
except TypeError as e:
    print(e)
def nested(v):
    match v:
        case {"points": [Point(x=x1), Point(x=x2)], "name": str(name)}:
            return name, x1 + x2
        case (("a" | "b") as letter, [*_, (1 | 2) as num]):
            return letter, num
    return None
print(nested({"points": [Point(1, 2), Point(3, 4)], "name": "line"}))
print(nested(("b", [9, 9, 2])), nested(("c", [1])))
match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print("others", others)
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)
