def f(a):
    def g():
        nonlocal a
        a = 1
    global a
