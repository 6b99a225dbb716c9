try:
    raise ValueError("a", 2)
except ValueError as e:
    print(e.args, str(e), repr(e), e.__traceback__ is not None, e.__traceback__.tb_lineno)
e = KeyError("k")
print(str(e), repr(e), str(KeyError()), str(KeyError(1, 2)), str(IndexError("i")))
print(repr(OSError(2, "No such file")), OSError(2, "x").errno, str(OSError(2, "x")))
print(isinstance(FileNotFoundError(), OSError), issubclass(ModuleNotFoundError, ImportError))
print(StopIteration(5).value, SystemExit(3).code, repr(SystemExit()), KeyboardInterrupt.__mro__[1].__name__)
class E(Exception):
    def __str__(self):
        return "custom str"
print(E(), repr(E(1)), E("x").args, [c.__name__ for c in E.__mro__])
try:
    try:
        1 / 0
    finally:
        print("finally sees the exception pending")
except ZeroDivisionError as z:
    print("outer caught", z)
def gen_exc():
    try:
        raise TypeError("t")
    except TypeError:
        return sys_exc()
import sys
def sys_exc():
    return sys.exc_info()[0].__name__, repr(sys.exc_info()[1])
print(gen_exc(), sys.exc_info())
try:
    raise ValueError("with note")
except ValueError as err:
    err.add_note("a note")
    print(err.__notes__)
try:
    raise BaseExceptionGroup("bg", [KeyboardInterrupt()])
except BaseExceptionGroup as bg:
    print(type(bg).__name__, bg.message, bg.exceptions)
e1 = ValueError("x")
e2 = e1.with_traceback(None)
print(e1 is e2, ArithmeticError.__subclasses__()[:3])
