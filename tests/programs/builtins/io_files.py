path = "/tmp/pyc-programs-io-files-test.txt"
with open(path, "w") as f:
    n = f.write("first line\nsecond line\n")
    print(n, f.name == path, f.mode, f.closed)
    print("third", "line", file=f)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path, "a") as f:
    f.writelines(["x\n", "y\n"])
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:5])
with open(path, "wb") as f:
    f.write(bytes(range(250, 256)) + "é".encode())
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo ✓\n")
with open(path, encoding="utf-8") as f:
    print(f.read().strip(), len("héllo ✓"))
try:
    open("/tmp/definitely/not/here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
