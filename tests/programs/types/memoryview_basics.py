# memoryview basics: indexing, slicing, tobytes/tolist, readonly, release, comparisons.
b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tolist(), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim)
print(m.shape, m.strides, bytes(m[::2]), m == b, m[2:] == b"cdef", m.obj is b, m.hex(), m[1:4].hex())
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = ord("J")
mv[1:3] = b"EL"
print(ba, mv.readonly, mv.tobytes(), list(mv), mv.tolist())
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print("ValueError", e)
try:
    mv[10]
except IndexError as e:
    print("IndexError", e)
try:
    memoryview("text")
except TypeError as e:
    print("TypeError", e)
with memoryview(b"xyz") as w:
    print(w.tobytes(), w[1])
try:
    w[0]
except ValueError as e:
    print("ValueError", e)
r = memoryview(b"q")
r.release()
r.release()
try:
    len(r)
except ValueError as e:
    print("ValueError", e)
print(bytes(memoryview(b"ab")), bytearray(memoryview(b"cd")), b"".join([memoryview(b"x"), b"y"]))
print(memoryview(b"abc") == memoryview(b"abc"), memoryview(b"abc") != b"abd", memoryview(b"") == b"")
print(type(m).__name__, str(type(m[0])), m.tobytes().decode(), memoryview(b"\x01\x02").tolist())
