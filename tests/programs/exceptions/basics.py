def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("abc")
    if kind == 4:
        return None.attr
    if kind == 5:
        raise RuntimeError("custom", 42)
    return "ok"


for k in range(7):
    try:
        r = risky(k)
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index:", type(e).__name__, e)
    except LookupError as e:
        print("lookup:", repr(e))
    except Exception as e:
        print("other:", type(e).__name__, e, e.args)
    else:
        print("no error:", r)
    finally:
        print("finally", k)


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


try:
    raise AppError(7, "broken")
except AppError as e:
    print(e, e.code, e.args, isinstance(e, Exception))

try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise TypeError("outer") from e
except TypeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)


def f():
    try:
        return "try"
    finally:
        print("cleanup runs before return")


print(f())


def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally in loop", i)
    return i


print(g())
e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
print(issubclass(KeyError, LookupError), ZeroDivisionError.__mro__)
