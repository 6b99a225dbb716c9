x = "global"


def read_global():
    return x


def shadow_local():
    x = "local"
    return x


def enclosing():
    x = "enclosing"

    def inner():
        return x

    return inner()


def class_scope():
    y = "function"

    class C:
        y = "class"
        z = y

        def m(self):
            return y

    return C.z, C().m()


def comprehension_scope():
    n = 10
    return [n + i for i in range(3)], [lambda: n for _ in range(1)][0]()


print(read_global(), shadow_local(), enclosing(), class_scope(), comprehension_scope())


def counter_factory():
    counts = {}

    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]

    return count


c = counter_factory()
print(c("a"), c("a"), c("b"), c.__code__.co_freevars)


def cells():
    a = 1

    def get():
        return a

    a = 2
    return get


print(cells()())


def nonlocal_chain():
    v = 0

    def level1():
        def level2():
            nonlocal v
            v += 10
        level2()
        return v

    return level1()


print(nonlocal_chain())
funcs = []
for i in range(3):
    def f(i=i):
        return i * i
    funcs.append(f)
print([f() for f in funcs])


def make_acc():
    total = 0

    def acc(n):
        nonlocal total
        total += n
        return total

    return acc


acc = make_acc()
print([acc(i) for i in range(5)])
g = 0


def set_global():
    global g, new_global
    g = 5
    new_global = "created"


set_global()
print(g, new_global)
