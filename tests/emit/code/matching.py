def m(x):
    match x:
        case 0 | 1:
            return "small"
        case [a, b, *rest]:
            return a, b, rest
        case {"k": v, **others}:
            return v, others
        case {"a": 1, "b": [c, d]}:
            return c, d
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case Point(1, 2):
            return "p12"
        case str() as s:
            return s
        case (1 | 2) as n:
            return n
        case [1, *_]:
            return 1
        case [*_, 2]:
            return 2
        case None:
            return None
        case True:
            return True
        case -1.5:
            return "neg"
        case Color.RED:
            return "red"
        case [p, q] | (p, q, _):
            return p, q
        case _:
            return "other"

def m2(y):
    match y:
        case z:
            return z

def m3(y):
    match y:
        case {}:
            pass
        case []:
            pass
        case [_, _]:
            pass
        case {**rest}:
            return rest
