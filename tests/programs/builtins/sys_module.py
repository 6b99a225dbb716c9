import sys
print(sys.version_info[0], sys.version_info >= (3, 11), sys.version_info.major, type(sys.maxsize).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"), isinstance(sys.path, list))
print(sys.argv[0].endswith("sys_module.py"), len(sys.argv), __name__ in sys.modules, "sys" in sys.modules)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError:
    print("RecursionError at limit", sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
sys.stdout.write("via sys.stdout.write\n")
print("to stderr", file=sys.stderr)
print(sys.intern("hello") == "hello", callable(sys.exit), sys.flags.optimize, sys.float_info.max > 1e308)
try:
    sys.exit(0) if False else None
    raise SystemExit("bye")
except SystemExit as e:
    print("SystemExit caught:", e.code)
print(type(sys.stdin).__name__ != "", sys.platform != "", bool(sys.executable) or True)
print(sys.exc_info(), sys.getdefaultencoding(), sys.int_info.bits_per_digit > 0)
print("end")
sys.exit(0)
print("not reached")
