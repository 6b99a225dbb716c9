# traceback: format_exc/print_exc/format_exception (chains, limits,
# notes, groups, SyntaxError), extract_tb/format_tb, stack formatting,
# FrameSummary and TracebackException. Paths are shown relative to this
# folder (CPython and pyc both report the script by its absolute path).
import os
import sys
import traceback


class Relative:
    """A stdout wrapper that strips this folder from paths."""

    def __init__(self, out):
        self.out = out
        self.prefix = os.path.dirname(os.path.abspath(__file__)) + os.sep

    def write(self, text):
        return self.out.write(text.replace(self.prefix, ""))

    def flush(self):
        self.out.flush()


sys.stdout = Relative(sys.stdout)

def inner(x):
    return x[3] + 1

def middle(x):
    return inner(x) * 2

try:
    middle([1, 2])
except IndexError:
    print(traceback.format_exc(), end="")
    traceback.print_exc(file=sys.stdout)
    info = sys.exc_info()
    lines = traceback.format_exception(*info)
    print(len(lines), lines[0], lines[-1], end="")
    print(traceback.format_exception_only(info[0], info[1]))
    print(traceback.format_exc(limit=1), end="")
    print(traceback.format_exc(limit=-1), end="")
    tbl = traceback.extract_tb(info[2])
    print(tbl, [tuple(f) for f in tbl], len(tbl[0]), tbl[0].name, tbl[-1].line)
    print(traceback.format_tb(info[2]))

def bad(n):
    if n == 0:
        raise ValueError("bottom")
    return bad(n - 1)

try:
    bad(10)
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
    e.add_note("a note")
    e.add_note("second note")
    print(traceback.format_exception_only(e))

print(repr(traceback.format_exc()))
class E(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(E()))
print(traceback.format_exception_only(ValueError()))
try:
    exec("x = (1,")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
try:
    exec("a b")
except SyntaxError as e:
    print("".join(traceback.format_exception(e)), end="")

def g():
    print("".join(traceback.format_stack()), end="")
    traceback.print_stack(file=sys.stdout, limit=1)
    s = traceback.extract_stack()
    print(len(s), s[-1].name)
g()
try:
    raise ExceptionGroup("grp", [ValueError("v"), TypeError("t")])
except ExceptionGroup as e:
    print("".join(traceback.format_exception(e)), end="")
te = traceback.TracebackException.from_exception(ValueError("zz"))
print(list(te.format()), str(te), te.exc_type)
fs = traceback.FrameSummary("f.py", 3, "fn", line="x = 1")
print(fs, fs.line, list(fs), fs == ("f.py", 3, "fn", "x = 1"))
print(traceback.format_list([("a.py", 1, "f", "pass"), fs]))
class CustomErr(Exception):
    pass
try:
    raise CustomErr("c")
except Exception as e:
    print(traceback.format_exception_only(e), traceback.format_exception_only(CustomErr, e))
