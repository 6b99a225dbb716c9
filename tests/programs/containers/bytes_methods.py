b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !H"), b.lower(), b.upper(), b.swapcase(), b.title())
print(b"abc".capitalize(), b"a b c".split(), b"a,b,,c".split(b","), b"a,b,c".rsplit(b",", 1), b"a b  c".split(None, 1))
print(b"x".join([b"1", bytearray(b"2"), b"3"]), b"abcabc".replace(b"b", b"XY"), b"abcabc".replace(b"a", b"", 1))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".index(b"o"), b"hello".count(b"l"), b"hello".find(b"z"))
print(b"hello".startswith((b"x", b"he")), b"hello".endswith(b"lo"), b"hello".startswith(b"l", 2))
print(b"12".zfill(5), b"-3".zfill(4), b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"))
print(b"a\tb".expandtabs(), b"a\tb".expandtabs(4), b"l1\nl2\r\nl3".splitlines(), b"l1\nl2".splitlines(True))
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"abc".partition(b"x"))
print(b"abc".isalpha(), b"a1".isalnum(), b"12".isdigit(), b" \t".isspace(), b"AB".isupper(), b"ab".islower(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"))
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\xde\xad\xbe\xef".hex("-", 2), bytes.fromhex("de ad"), bytearray.fromhex("00ff"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), b"\xff".decode("utf-8", "replace"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(bytes(range(5)), bytes([1, 2]) + bytearray(b"3"), bytearray(b"3") + b"4", b"ab" * 3, 3 * b"x", b"" * 5)
print(b"abc"[1], b"abc"[-1], b"abcdef"[1:4], b"abcdef"[::2], bytearray(b"abcdef")[::-2], b"abc"[5:])
print(b"b" in b"abc", 98 in b"abc", b"" in b"x", list(bytearray(b"hi")), [c for c in b"xy"])
print(b"a" < b"b", b"abc" == bytearray(b"abc"), b"a" != b"a", sorted([b"b", b"a", b"ab"]), hash(b"abc") == hash(b"abc"))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytearray("xy", "utf-8"), bytes(b"q"), bytes(bytearray(b"w")))
for bad in [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes("x"), lambda: bytes(1.5), lambda: b"a" + "b",
            lambda: b"abc"[10], lambda: bytearray(b"")[0], lambda: b"x".join([1]), lambda: bytes([1, "a"]),
            lambda: bytearray().pop(), lambda: bytearray(b"a").remove(9), lambda: b"a".decode("nope")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"hello")
ba[0] = 74; ba[-1] = ord("O"); print(ba)
ba[1:3] = b"EE"; print(ba)
ba[1:3] = b""; print(ba)
ba[::2] = b"xy"; print(ba)
del ba[0]; print(ba)
del ba[::2]; print(ba)
ba.extend([65, 66]); ba.extend(b"CD"); ba.append(0x45); ba.insert(0, 0x5a); ba.insert(-1, 0x2d); print(ba)
print(ba.pop(), ba.pop(0), ba); ba.remove(65); ba.reverse(); print(ba, len(ba))
c = ba.copy(); ba.clear(); print(ba, c)
c += b"!!"; c *= 2; print(c)
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(bytearray(b"\x00\x7f\x80")), str(b"x"))
print(b"%s and %d" % (b"x", 3), b"%(k)s" % {b"k": b"v"})
try:
    ba[0] = 300
except ValueError as e:
    print(e)
try:
    hash(bytearray())
except TypeError as e:
    print(e)
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc-d".translate(t), b"abcd".translate(None, b"bd"), bytearray(b"cab").translate(t, b"a"), ord(b"A"), ord(bytearray(b"\xff")))
for bad in [lambda: bytes.maketrans(b"a", b"xy"), lambda: b"a".translate(b"short"), lambda: ord(b"ab")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
