# match: literal, capture, wildcard, value, or-patterns, guards.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Consts:
    ANSWER = 42

def describe(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case "hi" | "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case Color.RED:
            return "red"
        case Consts.ANSWER:
            return "the answer"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case _:
            return f"other {x!r}"

for v in [None, True, False, 0, 0.0, 1, -1, 1.5, 2 + 3j, "hi", "hello", b"bytes",
          Color.RED, Color.GREEN, 42, 42.0, 1000, "abcd", "ab", []]:
    print(repr(v), "->", describe(v))

def guards(p):
    match p:
        case (x, y) if x == y:
            return "diagonal"
        case (x, y) if x > y:
            return "below"
        case (x, _):
            return f"above, x={x}"
print(guards((1, 1)), guards((3, 1)), guards((1, 3)))

def or_capture(v):
    match v:
        case [x] | (x, 0) | {"k": x}:
            return x
        case _:
            return None
print(or_capture([5]), or_capture((6, 0)), or_capture({"k": 7}), or_capture((1, 2)))

def guard_side_effect(v):
    calls = []
    def g(tag):
        calls.append(tag)
        return False
    match v:
        case 1 if g("a"):
            pass
        case int() if g("b"):
            pass
        case _:
            pass
    return calls
print(guard_side_effect(1), guard_side_effect(2))
match 5:
    case x:
        print("capture binds", x)
match "s":
    case str(first) if first:
        print("str class pattern", first)
