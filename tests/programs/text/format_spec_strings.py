# The format-spec mini-language applied to strings, None, and objects without __format__ overrides.
for spec in ("", "s", "10", "<10", ">10", "^10", "*^11", "-<6", ".2", "10.3", "^7.1", "0>5", "🙂^7"):
    print(repr(spec), repr(format("hello", spec)), repr(format("", spec)))
print(repr(format(None, "")), repr(format([1, 2], "")))
for bad_spec, val in (("d", "s"), ("+", "s"), (",", "s"), ("=10", "s"), ("#", "s"), (" ", "s"), (">10", object()), ("x", None)):
    try:
        print(format(val, bad_spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class T:
    pass
try:
    format(T(), "5")
except TypeError as e:
    print("TypeError", str(e).replace(T.__qualname__, "T"))
_t = T()
print(format(_t, "") == str(_t), "{:}".format("x"), f"{'x':}", str.__format__("ab", ">4"), object.__format__("ab", ""))
class U:
    def __str__(self):
        return "U!"
print(format(U()), "{}".format(U()), f"{U()}", f"{U()!s:>5}", f"{U()!r}"[:3])
