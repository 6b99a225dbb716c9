# os: names and constants, environ/getenv/putenv, fspath and PathLike,
# getcwd/chdir, urandom, strerror, cpu_count, getpid.
import os
import sys

print(os.name, os.sep, repr(os.linesep), os.devnull, os.curdir, os.pardir, os.extsep,
      os.pathsep, os.altsep)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)

key = "PYC_TEST_VARIABLE"
print(key in os.environ, os.environ.get(key), os.getenv(key), os.getenv(key, "fallback"))
os.environ[key] = "value 1"
print(key in os.environ, os.environ[key], os.getenv(key))
os.environ.setdefault(key, "ignored")
os.environ.setdefault(key + "_2", "second")
print(os.environ[key], os.environ[key + "_2"])
del os.environ[key]
os.environ.pop(key + "_2")
print(key in os.environ, os.environ.get(key + "_2", "gone"))
for bad in [lambda: os.environ[key], lambda: os.environ.__delitem__(key)]:
    try:
        bad()
    except KeyError as e:
        print("KeyError", repr(e))
for bad in [lambda: os.environ.__setitem__(key, 1), lambda: os.environ.__setitem__(2, "x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict), len(os.environ) > 0)
print(repr(os.environ).startswith("environ({"), "PATH" in os.environ)
print(isinstance(os.get_exec_path(), list))


class Spot:
    def __init__(self, where):
        self.where = where

    def __fspath__(self):
        return self.where


print(os.fspath("plain"), os.fspath(b"raw"), os.fspath(Spot("there")))
print(isinstance(Spot("x"), os.PathLike), isinstance("x", os.PathLike),
      issubclass(Spot, os.PathLike))
print(os.path.join(Spot("dir"), "file"), os.path.basename(Spot("a/b")))
for bad in [3, None, Spot(4)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError:", e)
print(os.fsencode("abc"), os.fsdecode(b"abc"))

here = os.getcwd()
print(os.path.isabs(here), here == os.path.abspath("."))
os.chdir("..")
print(os.getcwd() == os.path.dirname(here), os.path.basename(here))
os.chdir(here)
print(os.getcwd() == here)
try:
    os.chdir("no_such_directory_here")
except FileNotFoundError as e:
    print(e)

r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(17))
print(isinstance(os.cpu_count(), int), os.cpu_count() >= 1)
print(isinstance(os.getpid(), int), os.getpid() > 0, os.getpid() == os.getpid())
print(sys.modules["os.path"] is os.path, os.path.__name__)
import os.path as osp
print(osp is os.path, os.path.sep, os.path.devnull)
