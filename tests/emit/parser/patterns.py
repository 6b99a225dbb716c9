match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case Point(x, y=1):
        pass
    case [Point(x=0, y=0), *rest]:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case {1: _, -2: a, 1+2j: b, C.D: c}:
        pass
    case 1 | 2 | 3:
        pass
    case (1 | 2) as num:
        pass
    case -1:
        pass
    case 1.5 - 2j:
        pass
    case "str" "cat":
        pass
    case b"bytes":
        pass
    case None:
        pass
    case True | False:
        pass
    case Color.RED:
        pass
    case a.b.c:
        pass
    case x if x > 0:
        pass
    case _:
        pass
match x:
    case a, b:
        pass
    case a, *b,:
        pass
    case *a, b:
        pass
    case (a, b):
        pass
    case (a,):
        pass
    case ():
        pass
    case []:
        pass
    case [*_]:
        pass
    case {}:
        pass
    case {**rest}:
        pass
    case Cls():
        pass
    case Cls(a, b,):
        pass
    case mod.Cls(a, k=v,):
        pass
    case [a, [b, c], {"k": d}] as whole:
        pass
match a, b:
    case _: pass
match *a, b:
    case _: pass
match (x):
    case (a): pass
match = 1
match.x = 2
match[0] = 1
match(x)
case = 5
_ = 3
print(match, case, _)
