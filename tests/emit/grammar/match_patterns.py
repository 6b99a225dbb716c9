# match statement: every pattern kind.
import enum
class Color(enum.Enum):
    RED = 1
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(subject):
    match subject:
        case 0:
            return "literal int"
        case -1:
            return "negative literal"
        case 1.5 | -2.5:
            return "float or"
        case 1 + 2j:
            return "complex"
        case -1 - 2j:
            return "negative complex"
        case "str" | b"bytes":
            return "strings"
        case "implicit" "concat":
            return "concat"
        case None:
            return "none"
        case True | False:
            return "bools"
        case Color.RED:
            return "value pattern"
        case enum.Enum.__class__:
            return "dotted value"
        case [1, 2, *rest]:
            return "sequence with star"
        case [*_, last]:
            return "star wildcard"
        case (a, b):
            return "tuple sequence"
        case a, b, c:
            return "open sequence"
        case []:
            return "empty list"
        case ():
            return "empty tuple"
        case [x]:
            return "one element"
        case {"key": value, **others}:
            return "mapping"
        case {1: _, "a": [x, y], Color.RED: z}:
            return "mapping keys"
        case {}:
            return "empty mapping"
        case Point(x=0, y=0):
            return "class keywords"
        case Point(0, y):
            return "class positional"
        case Point(1, y=2):
            return "class mixed"
        case int():
            return "class empty"
        case str() as s:
            return "as pattern"
        case (1 | 2) as n:
            return "or as"
        case [Point(x=0) | Point(y=0), *_]:
            return "nested"
        case x if x > 100:
            return "guard"
        case _:
            return "wildcard"
def capture(subject):
    match subject:
        case name:
            return name
def more(subject):
    match subject, 1:
        case (a, 1):
            pass
    match *subject, 2:
        case _:
            pass
    match (subject):
        case {**rest}:
            pass
        case [1, 2,]:
            pass
        case (1,):
            pass
        case Point(x=1,):
            pass
        case {"a": 1,}:
            pass
        case (((x))):
            pass
match = 1
case = 2
match.bit_length() if False else None
match[0] if False else None
print(match, case)
_ = 3
