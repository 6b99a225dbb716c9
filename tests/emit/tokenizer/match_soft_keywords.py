match x:
    case [1, *rest]:
        pass
    case {"k": v} if v:
        pass
    case _:
        pass
match = 1
case = 2
