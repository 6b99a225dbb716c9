# Internals: small-int caching and s    tring interning. Identity of equal
# immutable values is implementation-defined; equality is not.
import sys

a = 256
b = 256
print(a is b, a == b)
a = 257
b = int("257")
print(a == b)
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2)
s3 = sys.intern("hello world!")
s4 = sys.intern("hello world!"[:])
print(s3 is s4)
print(sys.intern("".join(["ab", "cd"])) is sys.intern("abcd"))
print(2 ** 100, -(2 ** 100) // 3, (2 ** 100) % 7, 10 ** 30 // 10 ** 28)
print(int("1" * 40) + 1, hex(2 ** 70), (1 << 200) >> 190)
