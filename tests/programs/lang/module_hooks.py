# Module-level __getattr__ and __dir__ (PEP 562), module attributes and identity.
import _lazy_mod
from _lazy_mod import lazy_value
print(_lazy_mod.VISIBLE, _lazy_mod.lazy_thing, lazy_value)
print(sorted(_lazy_mod._computed))
print(dir(_lazy_mod))
try:
    _lazy_mod.missing
except AttributeError as e:
    print(e)
try:
    from _lazy_mod import nothing_here
except ImportError as e:
    # The message ends with the module's absolute path: show its name only.
    print("ImportError:", str(e).split(" (")[0])
print(getattr(_lazy_mod, "lazy_x"), hasattr(_lazy_mod, "other"))
print(_lazy_mod.this is _lazy_mod, _lazy_mod.__name__, type(_lazy_mod).__name__)
import sys
print(sys.modules["_lazy_mod"] is _lazy_mod)
_lazy_mod.new_attr = 5
print(_lazy_mod.new_attr, "new_attr" in vars(_lazy_mod))
del _lazy_mod.new_attr
print(hasattr(_lazy_mod, "new_attr"))
import types
m = types.ModuleType("dynamic", "doc text")
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m))
try:
    m.y
except AttributeError as e:
    print(e)
