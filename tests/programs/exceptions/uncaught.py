def inner(x):
    return 10 / x


def outer():
    print("before the error")
    return inner(0)


print("start")
outer()
print("never printed")
