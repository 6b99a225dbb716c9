# Exception objects: args, str/repr, attributes, custom __init__/__str__, with_traceback, notes.
e = ValueError()
print(repr(e), str(e), e.args)
e = ValueError("one")
print(repr(e), str(e), e.args)
e = ValueError("a", 2)
print(repr(e), str(e), e.args)
e = KeyError("key")
print(repr(e), str(e))
e = KeyError()
print(repr(e), repr(str(e)))
print(repr(StopIteration(5).value), StopIteration().value)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit(1, 2).code)
oe = OSError(2, "No such file")
print(oe.errno, oe.strerror, str(oe), type(oe).__name__, oe.args)
fe = FileNotFoundError(2, "missing", "x.txt")
print(str(fe), fe.filename)
print(type(OSError(2, "x")).__name__)
ne = NameError("n", name="foo")
print(ne.name)
ae = AttributeError("a", name="attr", obj=5)
print(ae.name, ae.obj)
ie = ImportError("msg", name="mod", path="/p")
print(ie.name, ie.path, ie.msg)
ue = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(ue), ue.start, ue.end, ue.reason, ue.encoding, ue.object)

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
try:
    raise AppError(404, "not found")
except AppError as err:
    print(err, repr(err), err.args, err.code)

class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(n.args, repr(n), str(n))

class WithNew(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.created = True
        return inst
w = WithNew(1, 2)
print(w.args, w.created)
e = Exception("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
e = ValueError("tb")
print(e.__traceback__, e.with_traceback(None) is e)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None, caught.__traceback__.tb_lineno, type(caught.__traceback__).__name__)
print(BaseException("x").args, Exception(*range(3)).args)
e.args = ("replaced",)
print(e, e.args)
e.args = [1, 2]
print(e.args)
print(isinstance(ValueError(), Exception), ValueError.__name__, ValueError.__module__)
class Derived(KeyError):
    pass
print(repr(Derived("k")), str(Derived("k")))
for args in [(), ("a",), (1, b"", 0, 1, "r"), ("a", "s", 0, 1, "r"), ("a", b"x", "0", 1, "r")]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as err:
        print(err)
d = UnicodeDecodeError("a", bytearray(b"xy"), 0, 2, "r")
print(repr(d), str(d), repr(d.object))
for args in [("ascii", "\xe9", 0, 1, "r"), ("ascii", "\u1234xx", 0, 1, "r"), ("ascii", "\U00012345", 0, 1, "r"),
             ("a", "abc", 0, 3, "r"), ("a", "abc", 5, 6, "r")]:
    en = UnicodeEncodeError(*args)
    print(repr(en), str(en))
print(UnicodeTranslateError("\xe9", 0, 1, "bad"))
try:
    UnicodeEncodeError("a", b"x", 0, 1, "r")
except TypeError as err:
    print(err)
try:
    "é".encode("ascii")
except UnicodeEncodeError as err:
    print(err)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as err:
    print(err)
