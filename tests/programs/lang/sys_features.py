# sys: argv, maxsize, version_info, modules, path, intern, exc_info, stdout/stderr objects.
import sys
print(sys.argv[0].endswith("sys_features.py"), len(sys.argv))
print(sys.maxsize == 2 ** 63 - 1, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print("sys" in sys.modules, sys.modules["sys"] is sys, "__main__" in sys.modules)
print(type(sys.path).__name__, isinstance(sys.path[0], str))
a = sys.intern("hello world")
b = sys.intern("hello world")
print(a is b)
print(sys.exc_info())
try:
    raise ValueError("x")
except ValueError:
    print(sys.exc_info()[0].__name__)
sys.stdout.write("written directly\n")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print(sys.byteorder in ("little", "big"), sys.platform != "")
print(type(sys.getrecursionlimit()).__name__)
main = sys.modules["__main__"]
print(main.__name__, __name__)
print(callable(sys.exit), sys.stdout is sys.__stdout__)
x = 5
print(getattr(main, "x"))
print(sys.flags.optimize if hasattr(sys, "flags") else 0)
print(sys.float_info.max > 1e308, sys.int_info.bits_per_digit in (15, 30) if hasattr(sys, "int_info") else True)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit code", e.code)
