# More match statements: dotted class patterns, nested or/as, literals, guards.
import collections.abc
class A:
    class B:
        __match_args__ = ("v",)
        def __init__(self, v): self.v = v
def m(subject):
    match subject:
        case A.B(v=1) | A.B(2):
            pass
        case collections.abc.Sequence() as seq if len(seq) > 3:
            pass
        case [1, [2, [3, *_]], {"k": (4 | 5) as inner}]:
            pass
        case ((1 | 2) | (3 | 4)) as nested:
            pass
        case -0 | -0.0 | -0j | 0j | 1.5e3 | 0x1F | 0o7 | 0b1 | 1_000:
            pass
        case "a" "b" | b"c" | "d":
            pass
        case [] | () | {} :
            pass
        case {**rest} if rest:
            pass
        case str() | bytes():
            pass
        case [*head, last] if head:
            pass
        case (*_,):
            pass
        case _ if subject:
            pass
    match subject, subject:
        case [a, b] if a is b:
            pass
    match (subject, subject,):
        case _:
            pass
