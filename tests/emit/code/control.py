import random

def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        if i > 10:
            break
        total += i
    else:
        total = -1
    while total > 0:
        total -= 1
        if total == 5:
            break
    else:
        pass
    while True:
        break
    while 0:
        unreachable_name()
    return total

def trys(x):
    try:
        a = 1 / x
    except ZeroDivisionError as e:
        a = e
    except (TypeError, ValueError):
        a = 2
    except:
        raise
    else:
        a = 3
    finally:
        print("done")
    try:
        pass
    finally:
        return a

def finally_loops():
    for i in range(3):
        try:
            if i:
                continue
            break
        finally:
            print(i)
    with open("f") as f, open("g") as g:
        for line in f:
            if line:
                return line
    return None

def star(x):
    try:
        pass
    except* ValueError as eg:
        print(eg)
    except* (TypeError, KeyError):
        pass
    return x

def raises():
    raise ValueError("x") from None

def asserts(x):
    assert x
    assert x > 0, "positive"

def chained(a, b, c):
    if a < b < c:
        return 1
    return a == b != c

def boolean(a, b):
    x = a and b or not a
    if a and (b or not a):
        return x
    return a if b else x

def walrus(data):
    if (n := len(data)) > 3:
        return n
    return [y for x in data if (y := x * 2)]

def deletes(a):
    del a
    b = c = [1, 2, 3]
    del b[0], c[1:2]
    first, *rest = c
    (p, q), r = (1, 2), 3
    a = b = None
    return first, rest

def aug(obj, k):
    obj.x += 1
    obj[k] -= 2
    obj[k][0] *= 3
    k **= 2
    k //= 3
    k @= 4
    return k
