def describe(obj):
    match obj:
        case 0 | 1:
            return "bit"
        case [first, *rest]:
            return first, rest
        case {"kind": kind, **extra}:
            return kind, extra
        case Point(x=0, y=y) if y > 0:
            return y
        case str() as s:
            return s
        case _:
            return None
