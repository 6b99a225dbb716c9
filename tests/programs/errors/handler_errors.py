# Exceptions raised inside except/else/finally handlers, bare raise rules, exc_info scoping.
import sys

def raise_in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
try:
    raise_in_except()
except KeyError as e:
    print(repr(e), "context", repr(e.__context__))

def bare_raise_outside():
    raise
try:
    bare_raise_outside()
except RuntimeError as e:
    print("RuntimeError:", e)

def reraise_from_helper():
    def helper():
        raise
    try:
        raise ValueError("handled")
    except ValueError:
        helper()
try:
    reraise_from_helper()
except ValueError as e:
    print("helper re-raised:", e)

def exc_info_scope():
    print("outside:", sys.exc_info()[0])
    try:
        raise TypeError("t")
    except TypeError:
        print("inside:", sys.exc_info()[0].__name__)
        try:
            raise KeyError("k")
        except KeyError:
            print("nested:", sys.exc_info()[0].__name__)
        print("back:", sys.exc_info()[0].__name__)
    print("after:", sys.exc_info()[0])
exc_info_scope()

def swallowed_in_finally():
    try:
        try:
            raise ValueError("lost")
        finally:
            return "finally return swallows"
    except ValueError:
        return "not reached"
print(swallowed_in_finally())

def exception_var_deleted():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return f"UnboundLocalError: {err}"
print(exception_var_deleted())

def handler_order():
    try:
        raise IndexError("idx")
    except LookupError as e:
        return f"LookupError clause got {type(e).__name__}"
    except IndexError:
        return "never: earlier clause wins"
print(handler_order())

def generator_handlers():
    try:
        yield 1
    except GeneratorExit:
        print("generator exiting")
        raise
    finally:
        print("generator finally")
gen = generator_handlers()
next(gen)
del gen
print("generator dropped")

def raise_in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise OSError("from else")
    finally:
        print("finally after else")
try:
    raise_in_else()
except OSError as e:
    print(repr(e), e.__context__)
try:
    try:
        raise ValueError("v")
    except ValueError as v:
        raise v from v
except ValueError as e:
    print(e.__cause__ is e, e.__context__ is e)
class CustomWithRepr(Exception):
    def __repr__(self):
        return "CustomWithRepr<>"
try:
    raise CustomWithRepr("m")
except Exception as e:
    print(repr(e), str(e), e.args)
