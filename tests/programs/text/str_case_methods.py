# Case conversion and predicates, including non-ASCII and special casing.
words = ["hello world", "HELLO", "hElLo wOrLd", "ß straße", "ǅungla", "ﬁne", "İstanbul", "ΣΑΣ", "o'neil 3rd", "", "123abc"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "islower", "isupper", "istitle", "isidentifier", "isprintable", "isascii"]
samples = ["abc", "ABC", "Abc Def", "abc1", "123", "½", "²", "٣", " \t\n", "", "a b", "_x1", "1x", "é", "\x00", "Ab1 Cd", "Ⅷ", "\u00a0"]
for s in samples:
    print(repr(s), [int(getattr(s, p)()) for p in preds])
print("ǈ".istitle(), "ǈ".isupper(), "ǈ".islower(), "ǈ".upper(), "ǈ".lower(), "ǈ".title())
print("ŉ".upper(), "ΐ".upper(), "ﬀ".upper(), "ᾳ".upper(), "ᾳ".title(), "İ".lower(), len("İ".lower()))
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower(), "ΑΣΑ".lower())
print("hello"[0].upper() + "hello"[1:], "abc".upper().lower() == "abc", "MiXeD".swapcase().swapcase())
