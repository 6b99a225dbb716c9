match x:
    case f():
        pass
    case f(1)():
        pass
