# eval()/exec() with globals/locals dicts, expression results, and error reporting.
print(eval("2 ** 10"), eval("[x * 2 for x in range(3)]"), eval("(lambda a: a + 1)(4)"), eval(" 1 + 1 "))
g = {"a": 10}
l = {"b": 5}
print(eval("a + b", g, l), eval("a", g), "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
code = """
def f(n):
    return n * factor
result = f(7)
"""
ns = {"factor": 3}
exec(code, ns)
print(ns["result"], ns["f"](2), callable(ns["f"]))
loc = {}
exec("x = 1\ny = x + 1", {}, loc)
print(loc)
exec("import math\nroot = math.sqrt(16)", ns)
print(ns["root"])
def show(src, *args):
    try:
        print(eval(src, *args))
    except Exception as e:
        print(type(e).__name__, e)
show("undefined_name")
show("1 / 0")
show("x +", {})
show("len(1)")
show("a", {"a": 1}, {"a": 2})
show("__name__", {"__name__": "custom"})
try:
    exec("raise KeyError('k')")
except KeyError as e:
    print("KeyError", e)
try:
    exec("def broken(:\n    pass")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(eval("max(1, 2)", {"__builtins__": {"max": min}}), eval("abs(-1)", {}), exec("pass") is None)
counter = {"n": 0}
for i in range(3):
    exec("n += 1", counter)
print(counter["n"])
