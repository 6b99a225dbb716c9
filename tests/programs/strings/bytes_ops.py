b = b"hello world"
print(b, b[0], b[1:5], b.upper(), b.split(), b.replace(b"l", b"L"))
print(len(b), b.find(b"o"), b.count(b"l"), b.startswith(b"he"), b"x" in b)
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), b"ab" * 2, b"a" + b"b")
print(b.hex(), bytes.fromhex("6869"), list(b"abc"), b"abc"[::-1])
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, bytes(ba), len(ba), ba.pop(), ba)
print(b"%s=%d" % (b"x", 5), b"a,b".split(b","), b"-".join([b"x", b"y"]))
print(repr(b"\x00\xff\n'\""), b"\t".isspace(), b"abc".decode("ascii"))
print(b"abc" == b"abc", b"abc" < b"abd", bytes(b"x") is not None)
