# base64 and binascii: encodings round trips, lenient and strict base64
# decoding with CPython's messages, base32/base16, hex, CRC-32.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 17)), "héllo".encode()]
for s in samples:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s),
          base64.b32hexencode(s))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
print(base64.encodebytes(b"x" * 100), base64.decodebytes(base64.encodebytes(b"y" * 80)) == b"y" * 80)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"),
      base64.standard_b64decode("aGk="), base64.urlsafe_b64decode("-__-"))
print(base64.b64decode(b"YWJj\nZGVm"), base64.b64decode("YQ==YQ=="), base64.b64decode("===="),
      base64.b32decode("mzxw6===", casefold=True), base64.b16decode("4a", casefold=True))
for text, kw in [("abc", {}), ("abcde", {}), ("ab!c", {"validate": True}), ("ab!cdA==", {}), ("YQ=a", {}),
                 ("Y===", {}), ("=YQ==", {"validate": True}), ("YQ==YQ==", {"validate": True}),
                 ("YQ=a=", {"validate": True})]:
    try:
        print(repr(text), base64.b64decode(text, **kw))
    except binascii.Error as e:
        print(repr(text), "Error:", e)
for fn, arg in [(base64.b32decode, "MZXW6"), (base64.b32decode, "mzxw6==="), (base64.b16decode, "4a"),
                (base64.b16decode, "4A4"), (binascii.unhexlify, "abc"), (binascii.unhexlify, "zz"),
                (base64.b64encode, "text"), (base64.b64decode, "é")]:
    try:
        print(fn(arg))
    except (binascii.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b"\x01\xab\xff"), binascii.hexlify(b"abcdef", ":", 2), binascii.unhexlify("4142"),
      binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk="))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"),
      hex(binascii.crc32(b"")), issubclass(binascii.Error, ValueError))
