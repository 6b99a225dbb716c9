def f():
    del (yield)
