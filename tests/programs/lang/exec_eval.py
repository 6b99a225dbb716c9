# exec / eval / compile with explicit namespaces, and their errors.
ns = {}
exec("x = 1 + 2\ndef f(n):\n    return n * x", ns)
print(ns["x"], ns["f"](5), sorted(k for k in ns if k != "__builtins__"))
print(eval("x * 10", ns), eval("f(2) + y", ns, {"y": 100}))
g = {"a": 1}
l = {"b": 2}
exec("c = a + b", g, l)
print(l, "c" in g)
code = compile("result = [i * i for i in range(n)]", "<generated>", "exec")
space = {"n": 4}
exec(code, space)
print(space["result"], code.co_filename)
expr = compile("2 ** 8", "<expr>", "eval")
print(eval(expr))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("undefined_name_q")
except NameError as e:
    print(e)
def uses_locals():
    a = 5
    return eval("a + 1")
print(uses_locals())
print(eval("__name__"), eval("len", {"len": "shadowed"}))
exec("import sys as s2", ns)
print(ns["s2"].version_info[0])
print(eval("lambda q: q * 2")(21))
src = """
class Dyn:
    value = 42
    def get(self):
        return self.value
"""
exec(src, ns)
print(ns["Dyn"]().get(), ns["Dyn"].__module__ if "__name__" in ns else ns["Dyn"].__module__)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg)
try:
    eval(5)
except TypeError as e:
    print(e)
print(eval("  3 + 4  "), eval("(1,\n 2)"))
c = compile(b"y = 2", "bfile", "exec")
print(c.co_filename, type(c).__name__)
exec(b"z_from_bytes = 3", ns)
print(ns["z_from_bytes"])
for args in [("x", "f", "bad"), (5, "f", "exec"), ("x\0", "f", "exec")]:
    try:
        compile(*args)
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
single = compile("1 + 1\nNone\n'text'", "<single>", "single") if False else compile("40 + 2", "<single>", "single")
exec(single)
exec(compile("for i in range(2): i\n", "<s>", "single"))
try:
    exec(compile("1/0", "<zero>", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e.__traceback__.tb_next.tb_frame.f_code.co_filename)
