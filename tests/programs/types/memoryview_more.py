# memoryview slicing with steps, write-through, comparisons, hashing, toreadonly and misuse errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(bytearray(b"abcdefgh"))
show(lambda: m[::2].tobytes())
show(lambda: m[::-1].tobytes())
show(lambda: m[2:6][1:3].tobytes())
show(lambda: m[-3:].tolist())
m[::2] = b"WXYZ"
show(lambda: m.obj)
show(lambda: m[1:3].hex())
show(lambda: m.hex(":"))
show(lambda: len(m[100:]))
show(lambda: m[1:1].tobytes())
show(lambda: bytes(m[::3]))
show(lambda: m == m)
show(lambda: m[::2] == b"WYZ")
show(lambda: m.__len__())
show(lambda: m.toreadonly().readonly if hasattr(m, "toreadonly") else "no")
show(lambda: memoryview(b"ab") + b"c")
show(lambda: memoryview(b"ab") < memoryview(b"ac"))
show(lambda: hash(memoryview(b"ab")) == hash(b"ab"))
show(lambda: hash(memoryview(bytearray(b"ab"))))
show(lambda: list(memoryview(b"xyz")))
show(lambda: b"y" in memoryview(b"xyz"))
show(lambda: 121 in memoryview(b"xyz"))
show(lambda: memoryview(b"abc").index(98) if hasattr(memoryview, "index") else "no index")
show(lambda: memoryview(b"abc")[1.0])
show(lambda: memoryview(b"abc")["a"])
show(lambda: memoryview(5))
show(lambda: memoryview())
show(lambda: bytearray(memoryview(b"hi")))
show(lambda: "".join(map(chr, memoryview(b"ok"))))
show(lambda: str(memoryview(b"a"))[:13])
show(lambda: memoryview(memoryview(b"nest")).tobytes())
show(lambda: int.from_bytes(memoryview(b"\x01\x00"), "little"))
show(lambda: b"-".join([memoryview(b"a"), bytearray(b"b")]))
show(lambda: bytes(memoryview(b"abc")[::-1]))
r = memoryview(bytearray(b"abc")).toreadonly()
try:
    r[0] = 1
except TypeError as e:
    print("TypeError", e)
print(r.readonly, r[1:].readonly, memoryview(r).readonly, r.tobytes())
try:
    hash(r)
except TypeError as e:
    print("TypeError", e)
