counter = 0


def bump():
    global counter
    counter += 1
    return counter


def outer():
    x = "outer"

    def inner():
        nonlocal x
        x = "changed by inner"

    inner()
    return x


def shadow():
    counter = 100
    return counter


bump(); bump()
print(counter, outer(), shadow(), counter)


class K:
    v = 1
    w = [v * i for i in range(3)] if False else None
    def get(self):
        return self.v


print(K().get(), K.w)
x = 10
def reads_global():
    return x * 2
print(reads_global())
try:
    def bad():
        print(y_undefined)
        y_undefined = 1
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(not_defined_anywhere)
except NameError as e:
    print("NameError:", e)
