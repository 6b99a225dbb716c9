def f():
    return x =
