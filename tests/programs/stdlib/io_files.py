# The types open() returns, as the io module names them, and io.open.
import io
import os
import sys

name = "_io_files_tmp_%d.txt" % os.getpid()
try:
    with io.open(name, "w") as f:
        print(type(f).__name__, type(f), isinstance(f, io.TextIOWrapper),
              isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), f.writable())
        f.write("text\n")
    with open(name, "rb") as f:
        print(type(f), isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase),
              isinstance(f, io.TextIOWrapper), f.read())
    with open(name, "ab") as f:
        print(type(f), isinstance(f, io.BufferedWriter), f.write(b"more\n"))
    with open(name, "r+b") as f:
        print(type(f), isinstance(f, io.BufferedRandom), f.read())
    with open(name) as f:
        print(repr(f).replace(name, "NAME"), f.readlines())
    with open(name, "rb") as f:
        print(repr(f).replace(name, "NAME"))
    print(io.open is open, isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdin, io.IOBase))
    print(sys.stdout.__class__.__name__, type(sys.stdin).__name__)
finally:
    os.remove(name)
