# repr() of strings: quote choice, escapes for control/non-printable chars, surrogates, and ascii().
samples = ["", "'", '"', "'\"", "a'b", 'a"b', "\\", "\n\t\r", "\x00\x01\x1f\x7f", "\x80\x9f", "\xa0\xad\xff", "é", "\u0300", "\u200e\u200f",
           "\u2028\u2029", "\ufeff", "\U0001F600", "\U000E0020", "\U0010FFFF", "\ue000", "tab\there", "日本"]
for s in samples:
    print(repr(s), ascii(s), len(s), s.isprintable())
print(repr("a\\nb"), repr(r"\d+"), repr("\\'"), str(["'", '"']), repr(("\n",)), repr({"k\t": "v\x00"}))
class S(str):
    pass
print(repr(S("sub'class")), str(S("x")), ascii(S("é")), "%r" % S("r"), f"{S('f')!r}")
print("\a\b\f\v".encode(), repr("\a\b\f\v"), "\x1b[0m".__repr__(), "\u00ad".isprintable(), "\u0378".isprintable())
