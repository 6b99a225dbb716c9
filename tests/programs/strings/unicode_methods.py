s = "Grüße, 世界! ǅ Ⅷ ½ ﬁ"
print(s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase())
print(len(s), [c.isalpha() for c in "a1 ü世"], "٣".isdigit(), "½".isnumeric(), "Ⅷ".isnumeric(), "٣".isdecimal())
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower())
print(s.encode("utf-8"), s.encode("utf-8").decode("utf-8") == s, "é".encode("latin-1"))
print("abc".encode("utf-16-le"), "€".encode("utf-8"), b"\xe2\x82\xac".decode("utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"\xff".decode("utf-8", "replace"))
print(sorted("bAaCé"), max("abcé"), "a" < "é" < "世", ord("世"), chr(19990))
print(repr("\u200b\t\x7f\u00a0é😀"), ascii("😀"), "😀".encode("utf-8"), len("😀"))
print("  \u3000 x \u2003".strip(), "a\u2028b".splitlines(), "x\x1cy".splitlines())
print("%-6s|%6s|" % ("世界", "é"), "{:^7}|".format("世"), "世界".center(6, "*"))
print("straße".find("ß"), "ǅ".istitle(), "ǅ".upper(), "ǅ".lower(), "ﬀ".casefold())
print(str(b"abc"), str(b"abc", "ascii"), bytes("ü", "utf-8"), "a".join("世界"))
