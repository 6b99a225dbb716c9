# globals(), locals(), vars() without arguments, and the builtins module.
import builtins
g_value = 10
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1), "g_value" in globals(), globals()["g_value"], globals() is vars(), __name__, type(globals()).__name__)
def g():
    x = 1
    def inner():
        return x
    return sorted(locals().keys())
print(g())
globals()["dynamic"] = 42
print(dynamic)
class C:
    a = 1
    names = sorted(k for k in locals().keys() if not k.startswith("__"))
print(C.names)
print(builtins.len("ab"), builtins.abs(-1), hasattr(builtins, "print"), builtins.True_ if hasattr(builtins, "True_") else "no True_")
print(type(builtins).__name__, builtins.__name__, callable(builtins.sorted), builtins.max is max, builtins.int is int)
print(sorted(n for n in ("len", "map", "zip", "open", "__import__", "__build_class__", "exec", "eval", "frozenset", "memoryview", "bytearray", "super", "property", "classmethod", "staticmethod", "Exception", "ValueError", "ExceptionGroup") if not hasattr(builtins, n)))
print(eval("1 + 2"), eval("x * 2", {"x": 5}), eval("a + b", {"a": 1}, {"b": 2}))
ns = {}
exec("y = 3\nz = y * 2", ns)
print(ns["y"], ns["z"], sorted(k for k in ns if k != "__builtins__"))
