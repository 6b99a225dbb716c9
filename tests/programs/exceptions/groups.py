def raise_group():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])


try:
    raise_group()
except* ValueError as eg:
    print("values:", [e.args[0] for e in eg.exceptions])
except* (TypeError, KeyError) as eg:
    print("others:", sorted(type(e).__name__ for e in eg.exceptions))

try:
    try:
        raise_group()
    except* TypeError:
        print("handled TypeError only")
except ExceptionGroup as rest:
    print("rest:", rest, [repr(e) for e in rest.exceptions])

eg = ExceptionGroup("g", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
match, rest = eg.split(TypeError)
print(match, rest)
print(eg.subgroup(ValueError).exceptions)
try:
    raise ValueError("plain")
except* ValueError as eg:
    print("wrapped:", repr(eg.exceptions[0]), type(eg).__name__)
