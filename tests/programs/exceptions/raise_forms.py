def attempt(fn):
    try:
        fn()
    except BaseException as e:
        cause = e.__cause__
        ctx = e.__context__
        print(type(e).__name__, repr(e.args), "cause:", repr(cause), "context:", repr(ctx),
              "suppress:", e.__suppress_context__)


def r1():
    raise ValueError


def r2():
    raise ValueError("msg")


def r3():
    raise ValueError("x") from KeyError("k")


def r4():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")


def r5():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second") from None


def r6():
    try:
        raise KeyError("first")
    except KeyError as e:
        raise


def r7():
    raise TypeError


def r8():
    e = RuntimeError("stored")
    raise e


def r9():
    try:
        raise ValueError("v")
    except ValueError as e:
        err = e
    raise err


def r10():
    raise 5


def r11():
    raise ValueError("a") from 5


def r12():
    raise StopIteration


for fn in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12]:
    attempt(fn)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
class MyExc(Exception):
    pass
try:
    raise MyExc
except MyExc as e:
    print(type(e).__name__, e.args, isinstance(e, Exception))
