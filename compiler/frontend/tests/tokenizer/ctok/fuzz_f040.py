print(a == b)
s1 = "hello"
s2 = hel" + "lo"
print(s1 == s2)
s3 = sys.intern("hello world!")
s4 = sys.intern("hello world!"[:])
print(s3 is s4)
print(sys.intern("".join(["ab", "cd"])) is sys.intern("abcd"))
print(2 ** 100, -(2 ** 100) // 3, (2 ** 100) % 7, 10 ** 30 // 10 ** 28)
print(int("1" * 40) + 1, hex(2 ** 70), (1 << 200) >> 190)
print(True + True, None is None, 1.0 == 1, hash(1) == hash(1.0))
