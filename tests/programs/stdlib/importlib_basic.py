# importlib: import_module (absolute, relative, missing), find_spec,
# spec_from_file_location/module_from_spec/exec_module, reload.
import importlib
import importlib.util
import os
import sys
import tempfile

math = importlib.import_module("math")
print(math.sqrt(81), importlib.import_module("collections.abc").__name__)
print(importlib.import_module("json") is sys.modules["json"], "json" in sys.modules)
try:
    importlib.import_module("no_such_module_here")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.import_module(".relative")
except TypeError as e:
    print("TypeError", e)
print(importlib.util.resolve_name(".sibling", "pkg.sub"), importlib.util.resolve_name("..up", "pkg.sub"))
print(importlib.util.find_spec("sys"))
print(importlib.util.find_spec("definitely_missing_module"))
print(importlib.util.find_spec("json").name, importlib.util.find_spec("sys").origin)
importlib.invalidate_caches()

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "plugin_mod.py")
    with open(path, "w") as f:
        f.write("COUNTER = 1\n"
                "def greet(name):\n"
                "    return 'hello ' + name\n"
                "class Tool:\n"
                "    kind = 'tool'\n")
    spec = importlib.util.spec_from_file_location("plugin_mod", path)
    print(spec.name, spec.origin == path, spec.submodule_search_locations, spec.parent == "")
    module = importlib.util.module_from_spec(spec)
    print(type(module).__name__, module.__name__, module.__file__ == path, hasattr(module, "greet"))
    spec.loader.exec_module(module)
    print(module.greet("world"), module.COUNTER, module.Tool.kind, module.Tool.__module__)
    sys.modules["plugin_mod"] = module
    with open(path, "a") as f:
        f.write("COUNTER = 2\n")
    try:
        importlib.reload(module)
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e)
    sys.path.insert(0, d)
    again = importlib.reload(module)
    print(again is module, module.COUNTER, module.__spec__.origin == path)
    del sys.modules["plugin_mod"]
    sys.path.remove(d)

    broken = os.path.join(d, "broken_mod.py")
    with open(broken, "w") as f:
        f.write("def oops(:\n    pass\n")
    spec = importlib.util.spec_from_file_location("broken_mod", broken)
    try:
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, os.path.basename(e.filename), str(e))

    failing = os.path.join(d, "failing_mod.py")
    with open(failing, "w") as f:
        f.write("x = 1\nraise ValueError('at import')\n")
    spec = importlib.util.spec_from_file_location("failing_mod", failing)
    mod = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(mod)
    except ValueError as e:
        print("ValueError", e, mod.x)
    print(importlib.util.spec_from_file_location("data", os.path.join(d, "data.txt")))
