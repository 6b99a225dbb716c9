from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point


def classify(shape):
    match shape:
        case Line(Point(0, 0), Point(x, y)) if x == y:
            return f"diagonal from origin to {x}"
        case Line(start=Point(x=x1), end=Point(x=x2)) if x1 == x2:
            return "vertical"
        case Line(Point(_, y1), Point(_, y2)) if y1 == y2:
            return "horizontal"
        case Line():
            return "some line"
        case Point(x=0) | Point(y=0):
            return "point on an axis"
        case Point():
            return "point"
        case [Point() as p, *others]:
            return f"points starting at {p}, {len(others)} more"
        case {"shape": "circle", "r": int(r) | float(r)}:
            return f"circle r={r}"
        case str() | bytes() as text if len(text) > 3:
            return f"long text {text!r}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case _:
            return "unknown"


for s in [Line(Point(0, 0), Point(3, 3)), Line(Point(1, 0), Point(1, 5)), Line(Point(0, 2), Point(9, 2)),
          Line(Point(1, 2), Point(3, 4)), Point(0, 7), Point(3, 4), [Point(1, 1), Point(2, 2)],
          {"shape": "circle", "r": 2.5}, {"shape": "circle", "r": "x"}, "hello", b"bytes!", "hi", 2, 9]:
    print(classify(s))


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", item, *rest] if not rest:
            return f"taking {item}"
        case ["take", *items]:
            return f"taking {len(items)} things"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb}"


for c in ["go north", "go up", "take lamp", "take a b c", "quit", "", "dance now"]:
    print(repr(c), "->", command(c))
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest)
match 5:
    case x:
        print("captured", x)
print(x)
