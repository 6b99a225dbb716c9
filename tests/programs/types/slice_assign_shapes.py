# Slice assignment and deletion on lists and bytearrays with every step/shape, and the type errors of bad values.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def assign(seq, key, val):
    s = seq.copy() if hasattr(seq, "copy") else seq[:]
    s[key] = val
    return s
def delete(seq, key):
    s = seq.copy()
    del s[key]
    return s
L = list(range(8))
B = bytearray(b"abcdefgh")
for key, val in [(slice(2, 5), [9]), (slice(5, 2), [7, 7]), (slice(None, None, -1), list(range(8))), (slice(1, 7, 2), [0, 0, 0]),
                 (slice(-1, -9, -2), [5, 5, 5, 5]), (slice(100, 200), [1]), (slice(-100, 1), []), (slice(None, None, 3), [1, 2]),
                 (slice(6, 2, -1), [4, 4, 4, 4]), (slice(2, 6, -1), []), (slice(0, 8, 8), [42])]:
    show(lambda: assign(L, key, val))
    show(lambda: assign(B, key, bytes(val)))
for key in [slice(None, None, 2), slice(-3, None), slice(None, None, -3), slice(5, 1, -2), slice(3, 3), slice(0, 100, 50), 3, -1, 100]:
    show(lambda: delete(L, key))
    show(lambda: delete(B, key))
show(lambda: assign(L, slice(0, 2), iter([1, 2, 3])))
show(lambda: assign(L, slice(0, 2), "xy"))
show(lambda: assign(B, slice(0, 2), [300]))
show(lambda: assign(B, slice(0, 2), "xy"))
show(lambda: assign(B, slice(0, 2), 5))
show(lambda: assign(B, slice(None, None, 2), b"xy"))
show(lambda: assign(B, 0, b"a"))
show(lambda: assign(B, 0, -1))
show(lambda: assign(L, 8, 0))
show(lambda: assign(L, -9, 0))
show(lambda: assign(L, "a", 0))
show(lambda: assign(L, slice("a", None), [0]))
show(lambda: assign(B, 1.5, 0))
l2 = [1, 2, 3]
l2[1:1] = l2
show(lambda: l2)
b2 = bytearray(b"xyz")
b2[1:1] = b2
show(lambda: b2)
b3 = bytearray(b"abc")
b3[:] = memoryview(b"MV")
show(lambda: b3)
b=bytearray(b"ab")
for v in ("xy", 5, [1.5], ["a"], 3.0, None, 1j, {1: 2}, (x for x in [65])):
  try:
    b[0:1]=v; print(b)
  except Exception as e: print(type(e).__name__, e)
for v in (None, object(), 5, 1.5):
  try:
    bytearray().extend(v)
  except TypeError as e: print(e)
for v in (None, object()):
  try: int.from_bytes(v, "big")
  except TypeError as e: print(e)
