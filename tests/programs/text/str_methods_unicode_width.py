# str methods on non-ASCII text: center/ljust with wide chars, find positions, slicing by code point, case maps.
s = "Grüße, 世界! 😀 ok"
print(len(s), s.find("世"), s.index("😀"), s[7:9], s[-4:], s.upper(), s.lower(), s.title(), s.swapcase())
print(s.center(24, "·"), s.ljust(22, "~"), s.rjust(22), "|" + s.strip("Gok ") + "|", s.count("ü"), s.replace("世界", "world"))
print(s.split(), s.partition("，"), s.encode("utf-8")[:10], len(s.encode("utf-8")), s.encode("utf-16-le")[:6], s.isascii(), "é".isascii())
print(sorted("ÉéEeÈè"), "ǅ".lower(), "ǅ".upper(), "ǆ".title(), "ß".title(), "ŉ".title(), "ﬀ".title(), "ΐ".title())
print([c for c in "a\u0301b"], "a\u0301b"[1], len("🇫🇷"), "🇫🇷"[0] == "\U0001F1EB", "x😀y"[1:2], "😀".isalpha(), "😀".isprintable())
print("İstanbul".lower(), "İ".lower().upper(), "ﬁ".upper(), "ǰ".upper(), "ẞ".lower(), "ß".upper().lower(), "Σ".casefold(), "ς".upper())
print("٣٤٥".isdigit(), int("٣٤٥"), "Ⅻ".isnumeric(), "Ⅻ".isdigit(), "½".isnumeric(), "𝟙𝟚".isdecimal(), int("𝟙𝟚"), "\u2460".isdigit())
print(" \u00a0\u2000\u3000\t".isspace(), "\u200b".isspace(), "\u1680".isspace(), "\x1c\x1d\x1e\x1f".isspace(), "_".isidentifier(), "ä".isidentifier(), "1a".isidentifier(), "a-b".isidentifier())
