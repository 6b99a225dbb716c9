# bytes/bytearray as sequences of ints: construction from ints/iterables, errors, iteration, membership, count/index of ints.
print(bytes([0, 127, 128, 255]), bytes(range(65, 70)), bytes((x * 2 for x in range(5))), bytearray([1, 2]), bytes(bytearray(b"xy")))
print(list(b"AZ"), [b for b in bytearray(b"\x00\xff")], b"A"[0], b"AB"[-1], b"hello"[1:3], bytearray(b"hello")[::2], b"abc"[::-1])
print(65 in b"ABC", 66 in bytearray(b"ABC"), b"B" in b"ABC", b"" in b"x", b"hello".count(108), b"hello".index(111), b"hello".find(b"l"), bytearray(b"aXa").count(b"a"))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: bytes([256]))
show(lambda: bytes([-1]))
show(lambda: bytes(["a"]))
show(lambda: bytes(-1))
show(lambda: bytes(1.5))
show(lambda: bytearray([1.0]))
show(lambda: 300 in b"abc")
show(lambda: "a" in b"abc")
show(lambda: b"abc".count(256))
show(lambda: bytes("abc"))
show(lambda: bytes(b"x", "utf-8"))
show(lambda: bytearray(3, "ascii"))
ba = bytearray(b"abcdef")
ba[0] = 65; ba[-1] = 0x46; ba[1:3] = [66, 67]; ba[3:3] = b"--"
print(ba, len(ba))
show(lambda: ba.__setitem__(0, 256))
show(lambda: ba.__setitem__(0, b"x"))
show(lambda: ba.__setitem__(slice(0, 1), 5))
del ba[::2]
print(ba, ba * 2, 2 * ba, ba + b"!", b"!" + ba, type(b"!" + ba).__name__, type(ba + b"!").__name__)
print(bytes(5), bytearray(2), bytes(), bytearray(), bytes.fromhex(""), b"%b|%s" % (b"x", bytearray(b"y")))
print(sorted(b"hello"), max(b"hello"), min(bytearray(b"xyz")), sum(b"\x01\x02\x03"), reversed(b"ab").__next__(), bytes(reversed(b"abc")))
