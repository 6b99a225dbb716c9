def f1():
    try:
        return "try"
    finally:
        return "finally wins"


def f2():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i


def f3():
    x = 0
    while True:
        try:
            x += 1
            if x < 3:
                continue
            return x
        finally:
            print("loop finally", x)


def f4():
    try:
        raise ValueError("inner")
    except ValueError:
        try:
            raise KeyError("nested")
        except KeyError as e:
            return f"handled {e!r} while handling {e.__context__!r}"


def f5():
    try:
        try:
            raise TypeError("a")
        finally:
            print("inner finally runs during propagation")
    except TypeError as e:
        return f"outer caught {e}"


def f6():
    log = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            log.append(f"ok {i}")
        except ValueError as e:
            log.append(f"err {e}")
            continue
        else:
            log.append(f"else {i}")
        finally:
            log.append(f"fin {i}")
    return log


def f7():
    try:
        pass
    finally:
        try:
            raise RuntimeError("in finally")
        except RuntimeError as e:
            print("caught inside finally:", e)
    return "done"


print(f1(), f2(), f3(), f4(), f5(), f6(), f7(), sep="\n")
