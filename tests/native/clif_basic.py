# Golden CLIF: locals, small-int arithmetic, a fused compare-and-branch, a
# loop, a call, an exception handler and a generator (resume dispatch).
def add(a, b):
    return a + b


def count(n):
    total = 0
    for i in range(n):
        if i < 3:
            total = add(total, i * 2)
    return total


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return None


def gen(n):
    x = yield n
    yield x


print(count(5), safe_div(7, 2), list(gen(1)))
