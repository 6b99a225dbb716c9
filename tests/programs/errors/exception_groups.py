# ExceptionGroup / BaseExceptionGroup: construction, split, subgroup, derive, except*.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
print(repr(eg.split((TypeError, KeyError))[0]))
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
            lambda: ExceptionGroup("x", ValueError())]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def handle(exc):
    try:
        raise exc
    except* ValueError as g:
        print("  ValueError group:", repr(g))
    except* (TypeError, KeyError) as g:
        print("  Type/Key group:", repr(g))

print("case 1")
handle(ExceptionGroup("g", [ValueError("a"), TypeError("b"), ValueError("c")]))
print("case 2: naked exception is wrapped")
handle(ValueError("naked"))
print("case 3: unhandled remainder propagates")
try:
    handle(ExceptionGroup("g", [ValueError("x"), OSError("left")]))
except ExceptionGroup as e:
    print("  propagated:", repr(e))
print("case 4: raising inside except*")
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("  got:", repr(e), repr(e.exceptions[0].__context__))
print("case 5: nested structure kept")
try:
    raise ExceptionGroup("outer", [ExceptionGroup("in", [ValueError(1), TypeError(2)]), ValueError(3)])
except* ValueError as g:
    print("  ", repr(g))
except* TypeError as g:
    print("  ", repr(g))

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.split(ValueError)[0]), type(mg.subgroup(TypeError)).__name__)
try:
    try:
        raise ValueError("x")
    except* ValueError:
        print("caught naked via except*")
except Exception as e:
    print("unexpected", e)
eg2 = ExceptionGroup("notes", [ValueError()])
eg2.add_note("a note")
print(eg2.split(ValueError)[0].__notes__)
print(eg.exceptions[2].exceptions[1].args)
try:
    try:
        raise TypeError("plain")
    except* ValueError:
        print("not matched")
except TypeError as e:
    print("plain exception passes through except*:", repr(e))
