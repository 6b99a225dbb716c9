def f(x=lambda: yield):
    pass
