# The built-in exception hierarchy: bases, catching by base class, MRO.
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception",
         "StopIteration", "StopAsyncIteration", "ArithmeticError", "FloatingPointError",
         "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError",
         "BufferError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError",
         "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError",
         "OSError", "FileNotFoundError", "FileExistsError", "PermissionError",
         "IsADirectoryError", "NotADirectoryError", "TimeoutError", "ConnectionError",
         "BrokenPipeError", "ConnectionResetError", "ChildProcessError", "InterruptedError",
         "ProcessLookupError", "BlockingIOError",
         "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError",
         "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError",
         "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError",
         "UnicodeTranslateError", "Warning", "DeprecationWarning", "UserWarning",
         "RuntimeWarning", "SyntaxWarning", "FutureWarning", "PendingDeprecationWarning",
         "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning",
         "EncodingWarning", "BaseExceptionGroup", "ExceptionGroup"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, "->", ", ".join(b.__name__ for b in cls.__bases__))
print(EnvironmentError is OSError, IOError is OSError)

def catch(exc, *handlers):
    try:
        raise exc
    except handlers as e:
        return f"caught {type(e).__name__} via {handlers[0].__name__}"
    except BaseException as e:
        return f"fell through: {type(e).__name__}"

print(catch(KeyError("k"), LookupError))
print(catch(ZeroDivisionError(), ArithmeticError))
print(catch(ModuleNotFoundError(), ImportError))
print(catch(RecursionError(), RuntimeError))
print(catch(KeyboardInterrupt(), Exception))
print(catch(FileNotFoundError(), OSError))
print(catch(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), ValueError))
print(catch(StopIteration(3), Exception))
print(catch(TabError("t"), SyntaxError))
print(catch(ExceptionGroup("g", [ValueError()]), Exception))

class MyError(ValueError):
    pass
class MyDeeper(MyError, KeyError):
    pass
print([c.__name__ for c in MyDeeper.__mro__])
print(catch(MyDeeper(), LookupError), catch(MyDeeper(), MyError))
try:
    raise MyDeeper("x")
except KeyError as e:
    print("KeyError-style str:", str(e))
print(issubclass(bool, BaseException), issubclass(OSError, Exception))
try:
    try:
        raise int
    except TypeError as e:
        print(e)
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    try:
        pass
    except 42:
        pass
    try:
        raise KeyError
    except 42:
        pass
except TypeError as e:
    print(e)
