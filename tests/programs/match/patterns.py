class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(subject):
    match subject:
        case 0 | 1:
            return "zero or one"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [x, *rest] if len(rest) > 2:
            return f"long list from {x}, {len(rest)} more"
        case (a, b):
            return f"pair {a} {b}"
        case {"type": "user", "name": name, **others}:
            return f"user {name} with {sorted(others)}"
        case {"type": t}:
            return f"typed {t}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case None:
            return "none"
        case _:
            return f"something else: {type(subject).__name__}"


for s in [0, 1, -5, 2.5, 7, "", "hi", [], [9], [1, 2, 3, 4], (1, 2), [1, 2, 3],
          {"type": "user", "name": "ann", "age": 3}, {"type": "x"}, Point(0, 0),
          Point(0, 5), Point(2, 3), None, {1, 2}]:
    print(describe(s))
match {"a": [1, {"b": 2}]}:
    case {"a": [_, {"b": value}]}:
        print("deep", value)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
