"""A module with PEP 562 hooks, used by module_hooks.py."""
import sys

VISIBLE = 1
_computed = {}


def __getattr__(name):
    if name.startswith("lazy_"):
        value = name[5:].upper()
        _computed[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["VISIBLE", "lazy_example"]


this = sys.modules[__name__]
