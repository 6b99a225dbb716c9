def f():
    return list((yield) for x in y)
