# int.to_bytes / int.from_bytes with signedness, order and errors.
for n, length, order, signed in [
    (0, 1, "big", False), (255, 1, "big", False), (256, 2, "little", False),
    (-1, 1, "big", True), (-128, 1, "big", True), (127, 1, "little", True),
    (2**64 - 1, 8, "big", False), (-(2**63), 8, "little", True),
    (1, 5, "big", False), (0x0102030405, 5, "little", False),
]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed))
for n, length, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True)]:
    try:
        n.to_bytes(length, "big", signed=signed)
    except OverflowError as e:
        print("OverflowError", e)
try:
    (5).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError", e)
try:
    (5).to_bytes(-1, "big")
except ValueError as e:
    print("ValueError", e)
print((5).to_bytes(), (0).to_bytes(0, "big"), int.from_bytes(b""), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x00\x80"), "little"))
print(int.from_bytes(b"\x80" + b"\x00" * 20, "big", signed=True))
big = 3**200
b = big.to_bytes((big.bit_length() + 7) // 8, "little")
print(len(b), int.from_bytes(b, "little") == big)
class MyInt(int):
    pass
v = MyInt.from_bytes(b"\x01\x02", "big")
print(type(v).__name__, v)
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
