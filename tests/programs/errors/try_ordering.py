# try / except / else / finally ordering across nesting, functions and loops.
log = []
def step(msg):
    log.append(msg)

def run(raise_in, catch):
    log.clear()
    try:
        step("try")
        if raise_in == "try":
            raise ValueError("v")
    except (KeyError if not catch else ValueError) as e:
        step(f"except {e}")
        if raise_in == "except":
            raise TypeError("t")
    else:
        step("else")
        if raise_in == "else":
            raise RuntimeError("r")
    finally:
        step("finally")
    step("after")

for case in [(None, True), ("try", True), ("try", False), ("else", True)]:
    try:
        run(*case)
    except Exception as e:
        step(f"outer caught {type(e).__name__}")
    print(case, log)

def nested():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer except", e)
    else:
        print("no else")
    finally:
        print("outer finally")
nested()

def multi(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return f"tuple handler {type(e).__name__}"
    except LookupError as e:
        return f"lookup handler {type(e).__name__}"
    except Exception:
        return "generic"
for exc in [TypeError, ValueError("v"), IndexError, KeyError, ZeroDivisionError]:
    print(multi(exc))

def exc_in_else():
    try:
        pass
    except Exception:
        print("not here")
    else:
        try:
            raise ValueError("in else")
        except ValueError as e:
            print("caught", e)
exc_in_else()

def return_value_eval_order():
    def r(tag):
        print("eval", tag)
        return tag
    try:
        return r("try")
    finally:
        r("finally")
print(return_value_eval_order())
def counter():
    n = 0
    for i in range(4):
        try:
            if i % 2:
                continue
            n += 10
        finally:
            n += 1
    return n
print(counter())
def except_star_plain():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print("value part", repr(g))
    except* TypeError as g:
        print("type part", repr(g))
    finally:
        print("finally after except*")
except_star_plain()
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2)
    finally:
        print("finally sees exception in flight")
except ValueError as e:
    print("final", repr(e), repr(e.__context__))
