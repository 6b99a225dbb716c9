# io.BytesIO: bytes in memory — write/read/seek/truncate, lines, readinto,
# getbuffer, errors; and the io base classes.
import io

b = io.BytesIO()
print(b.write(b"hello "), b.write(bytearray(b"world\n")), b.write(memoryview(b"ok")), b.tell())
print(b.getvalue())
b.seek(0)
print(b.read(5), b.readline(), b.read(), b.read())
b.seek(2)
b.write(b"XY")
print(b.getvalue(), b.tell())
b.seek(20)
b.write(b"!")
print(b.getvalue())
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
lines = io.BytesIO(b"one\ntwo\n\nfour")
print(list(lines))
lines.seek(0)
print(lines.readlines(), lines.readline())
lines.seek(0)
print(lines.readline(2), lines.readlines(4), lines.read1(), lines.read1())
target = bytearray(4)
src = io.BytesIO(b"abcdefg")
print(src.readinto(target), target, src.readinto(target), target)
print(io.BytesIO(b"view").getbuffer().tobytes(), io.BytesIO(bytearray(b"ba")).getvalue())
print(io.BytesIO(b"rw").readable(), io.BytesIO().writable(), io.BytesIO().seekable())
checks = [
    lambda: io.BytesIO("text"),
    lambda: io.BytesIO(3),
    lambda: io.BytesIO().write("text"),
    lambda: io.BytesIO().seek(-1),
    lambda: io.BytesIO().seek(0, 7),
    lambda: io.BytesIO().read("1"),
    lambda: io.BytesIO().truncate(-2),
]
for check in checks:
    try:
        print("ok", check())
    except Exception as e:
        print(type(e).__name__, e)
closed = io.BytesIO(b"x")
closed.close()
for check in [closed.getvalue, closed.read, lambda: closed.write(b"y"), closed.tell]:
    try:
        check()
    except ValueError as e:
        print("ValueError", e)
with io.BytesIO(b"ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
print(type(io.BytesIO()).__mro__)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase),
      isinstance(io.BytesIO(), io.TextIOBase), io.IOBase.__module__, io.TextIOBase.__mro__)
print(io.UnsupportedOperation.__mro__, issubclass(io.UnsupportedOperation, OSError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.text_encoding(None),
      io.text_encoding("utf-8"))


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n

    def readable(self):
        return True


r = Raw(b"raw bytes\nsecond")
print(r.read(3), r.readline(), r.read(), r.readable(), r.writable(), r.closed)
r.close()
print(r.closed)
try:
    io.IOBase().seek(0)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
