# __context__, __cause__, __suppress_context__, raise from None, re-raise.
def show(e):
    print(type(e).__name__, repr(str(e)),
          "cause:", repr(e.__cause__), "context:", repr(e.__context__),
          "suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("explicit") from ke
except RuntimeError as e:
    show(e)

try:
    try:
        [][0]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)

try:
    raise OSError("no context") from ValueError("a cause instance")
except OSError as e:
    show(e)
try:
    raise OSError("cause class") from ValueError
except OSError as e:
    show(e)
try:
    raise OSError from 5
except TypeError as e:
    print(e)

def reraise():
    try:
        raise KeyError("original")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    show(e)

try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError as second:
            raise first
except ValueError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    show(e)

e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(err)
try:
    e.__context__ = 1
except TypeError as err:
    print(err)

def handler_scope():
    try:
        raise ValueError("x")
    except ValueError as exc:
        pass
    try:
        exc
    except NameError as ne:
        print("NameError:", ne)
    except UnboundLocalError as ue:
        print("UnboundLocalError:", ue)
handler_scope()
import sys
try:
    raise KeyError("info")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info())
try:
    raise
except RuntimeError as e:
    print(e)
