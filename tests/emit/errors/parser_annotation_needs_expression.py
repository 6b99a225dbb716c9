def f():
    x not in y:
        pass
