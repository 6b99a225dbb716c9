# io.StringIO: writing, reading, seeking, line iteration, newline modes,
# errors, subclassing, and capturing print output.
import io
import sys

buf = io.StringIO()
print(buf.write("hello"), buf.write(" world\n"), buf.tell())
print("second line", 42, file=buf)
buf.writelines(["a\n", "b\n"])
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(6)), repr(buf.readline()), buf.tell())
print(buf.readlines())
print(repr(buf.read()), repr(buf.readline()))
buf.seek(6)
buf.write("WORLD")
print(repr(buf.getvalue()))
print(buf.seek(0, 2), buf.seek(3), buf.truncate(), repr(buf.getvalue()), buf.tell())
buf.seek(10)
buf.write("!")
print(repr(buf.getvalue()))

text = io.StringIO("line one\nline two\n\nline four")
for i, line in enumerate(text, 1):
    print(i, repr(line))
text.seek(0)
print([len(l) for l in text.readlines()], text.readable(), text.writable(), text.seekable())
text.seek(0)
print(text.readlines(10), repr(text.readline(3)), repr(text.readline(0)), repr(text.read(-1)))

print(io.StringIO("a\r\nb\rc\n", newline=None).readlines())
print(io.StringIO("a\r\nb\rc\n", newline="").readlines())
print(io.StringIO("a\r\nb\rc\n").readlines())
crlf = io.StringIO(newline="\r\n")
crlf.write("x\ny\n")
print(repr(crlf.getvalue()))
u = io.StringIO("p\r\nq", newline=None)
u.read()
print(repr(u.newlines), io.StringIO("z").newlines, u.encoding, u.errors, u.line_buffering)

s = io.StringIO("abc")
checks = [
    lambda: s.write(3),
    lambda: s.seek(-1),
    lambda: s.seek(1, 1),
    lambda: s.seek(1, 2),
    lambda: s.seek(0, 3),
    lambda: s.seek(1.5),
    lambda: s.read("x"),
    lambda: s.truncate(-1),
    lambda: s.fileno(),
    lambda: io.StringIO(3),
    lambda: io.StringIO(newline="x"),
    lambda: io.StringIO(newline=5),
]
for check in checks:
    try:
        print("ok", check())
    except Exception as e:
        print(type(e).__name__, e)
s.close()
print(s.closed)
for check in [s.getvalue, s.read, s.tell, s.readable, lambda: iter(s), lambda: s.write("x")]:
    try:
        check()
    except ValueError as e:
        print("ValueError", e)

with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


up = Upper()
print("shout", end="!", file=up)
print(repr(up.getvalue()), isinstance(up, io.StringIO), isinstance(up, io.TextIOBase))

saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2.5, [3])
print("more")
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))
print(type(io.StringIO()), io.StringIO.__module__, io.StringIO.__name__)
print(type(io.StringIO()).__mro__)
print(isinstance(io.StringIO(), io.IOBase), issubclass(io.StringIO, io.TextIOBase),
      issubclass(io.StringIO, io.BufferedIOBase))
big = io.StringIO()
for i in range(1000):
    big.write("%d," % i)
print(len(big.getvalue()), big.getvalue()[-8:], big.tell())
