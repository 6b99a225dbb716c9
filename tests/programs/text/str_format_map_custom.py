# str.format_map with dict subclasses (__missing__), custom __format__ and __getitem__ mappings.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map(Default(a=1)), "{x[0]}".format_map({"x": "yz"}), "{0}".format_map(Default()) if False else "skip")
class Mapping:
    def __getitem__(self, key):
        return key.upper()
print("{hello} {world!r:>8}".format_map(Mapping()))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError", e)
try:
    "{a}".format_map(5)
except TypeError as e:
    print("TypeError", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec.endswith("c"):
            return f"{self.cents:{spec[:-1]}d}c"
        return format(self.cents / 100, spec)
m = Money(12345)
print(f"{m}", f"{m:>10.1f}", f"{m:08c}", "{:,.3f}".format(m), format(m, "e"), "{0:}|{0:c}".format(m))
class Temp:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CF" else "C"
        num_spec = spec[:-1] if spec and spec[-1] in "CF" else spec
        val = self.v if unit == "C" else self.v * 9 / 5 + 32
        return format(val, num_spec) + unit
t = Temp(21.5)
print(f"{t} {t:.0F} {t:>8.2C}", "{:.1F}".format(t), ["{:C}".format(Temp(x)) for x in (0, 100)])
import string
print(string.Formatter().format("{0}-{name}", 1, name="n"), list(string.Formatter().parse("a{0!r:>5}b{x}")))
