# break / continue / return through finally; finally overriding results.
def f1():
    for i in range(5):
        try:
            if i == 2:
                break
            print("try", i)
        finally:
            print("finally", i)
    return i
print(f1())

def f2():
    for i in range(3):
        try:
            continue
        finally:
            print("cleanup", i)
f2()

def f3():
    try:
        return "try"
    finally:
        print("finally runs before return completes")
print(f3())

def f4():
    try:
        return "try"
    finally:
        return "finally wins"
print(f4())

def f5():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "swallowed"
print(f5())

def f6():
    while True:
        try:
            1 / 0
        finally:
            break
    return "break discarded exception"
print(f6())

def f7():
    x = []
    try:
        try:
            x.append(1)
            return x
        finally:
            x.append(2)
    finally:
        x.append(3)
r = f7()
print(r)

def f8():
    log = []
    for i in range(2):
        for j in range(2):
            try:
                try:
                    if j == 1:
                        break
                    log.append((i, j))
                finally:
                    log.append("inner-finally")
            finally:
                log.append("outer-finally")
    return log
print(f8())

def f9():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            return "from except"
        finally:
            print("finally in except")
print(f9())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print(v)
    break
print("after gen loop")

def f10():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            print("handled inside finally")
print(f10())
