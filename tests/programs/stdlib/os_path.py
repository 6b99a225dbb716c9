# os.path on plain strings: join, split, splitext, basename, dirname,
# normpath, abspath, isabs, relpath, commonprefix/commonpath, expandvars.
import os
import os.path

cases = ["", "/", "//", "a", "a/", "/a/b", "a//b", "a/./b", "a/../b", "../a", "/../a",
         "///x/y", ".", "..", ".hidden", "a.b.c", "dir/.rc", "x/..y", "a/b/../../..",
         "archive.tar.gz", "./a/./", "b/c/../../..//d/"]
for p in cases:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)),
          repr(os.path.dirname(p)), repr(os.path.normpath(p)), os.path.isabs(p))
print(os.path.join("a", "b", "c"), os.path.join("/a", "/b", "c"), os.path.join("a/", "b"),
      os.path.join("", "x"), os.path.join("a", ""), os.path.join(b"a", b"b"))
print(os.path.split(b"/x/y"), os.path.normpath(b"/a/../b"), os.path.splitext(b"f.txt"))
cwd = os.getcwd()
print(os.path.abspath("x/../y") == os.path.join(cwd, "y"), os.path.abspath("/a/./b/../c"))
print(os.path.realpath("/a/b/../c"), os.path.realpath(".") == os.path.realpath(cwd))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/x", "/x"))
print(os.path.commonprefix(["interstellar", "internet", "interval"]),
      repr(os.path.commonprefix([])), os.path.commonpath(["/usr/lib", "/usr/local/lib"]))
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError:", e)
try:
    os.path.join("a", 3)
except TypeError as e:
    print("TypeError:", e)
os.environ["PYC_PATH_VAR"] = "value"
print(os.path.expandvars("$PYC_PATH_VAR/x ${PYC_PATH_VAR}y $PYC_NOT_SET_VAR $ end"))
print(os.path.exists("os_path.py"), os.path.isfile("os_path.py"), os.path.isdir("os_path.py"),
      os.path.isdir("."), os.path.exists("no_such_thing"), os.path.islink("os_path.py"),
      os.path.lexists("os_path.py"))
print(os.path.getsize("os_path.py") > 100, os.path.samefile("os_path.py", "./os_path.py"))
