# Unicode strings: len, indexing, ord/chr, escapes, repr of non-printables, encode sizes, comparisons.
s = "naïve café 日本語 😀 \u0301e"
print(len(s), s[6], s[-3], s[11:14], [ord(c) for c in s[:5]], s.encode("utf-8").__len__(), len(s.encode("utf-16-le")))
print(repr("\x00\x07\x1b\x7f\x80\x9f\xa0\xad"), repr("\u200b\u2028\ufeff\U0001f600\U000e0001"), repr("tab\there"), repr("'"), repr('"'), repr("'\""))
print(ascii("naïve 😀 \n"), ascii("plain"), ascii(["é"]), "\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}", "\u00e9" == "é", "\U0001F600" == "😀")
print(repr(chr(0)), repr(chr(0x10FFFF)), ord("€"), hex(ord("😀")), chr(955), chr(0x1F40D))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a"), lambda: ord(5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(["b", "A", "é", "a", "Z", "ä", "😀", "z"]), "é" > "z", "Ω" < "ω", max("hello wörld"), min("Zebra"))
print("ß".upper(), "ﬃ".upper(), "ÀÉÎ".lower(), "çà".title(), "ǉ".title(), "Ａｂｃ".lower(), "①②".isdigit(), "١٢٣".isdecimal(), int("١٢٣"), float("٣.٥"))
print("e\u0301" == "é", len("e\u0301"), "😀".encode("utf-8"), "😀".encode("utf-16-be"), b"\xf0\x9f\x98\x80".decode(), "é".encode("latin-1"))
print("abc😀def"[::-1], "😀" * 3, "x😀y".find("y"), "😀😀".count("😀"), "a😀b".split("😀"), "😀".center(5, "·"))
print(str(b"\xc3\xa9", "utf-8"), "\xe9", "\x41", "\101", "\u0041", "\\N{x}", r"\n", len(r"\n"))
print("straße".casefold() == "STRASSE".casefold(), "İ".casefold(), "ΣΊΣΥΦΟΣ".lower(), "ǅ".swapcase())
