# Unicode case mapping and character predicates over a sweep of code points.
import sys
chars = [chr(c) for c in range(0x20, 0x3000, 7)] + ["\u0345", "\u1e9e", "\u2126", "\u212a", "\u212b", "\u0130", "\u0131", "\u03c2", "\u1fbc", "\u1f80", "\ufb00", "\u0587", "\u1e96"]
up = "".join(c.upper() for c in chars)
lo = "".join(c.lower() for c in chars)
ti = "".join(c.title() for c in chars)
cf = "".join(c.casefold() for c in chars)
print(len(up), len(lo), len(ti), len(cf), hash(up) == hash(up))
print(sum(ord(c) for c in up), sum(ord(c) for c in lo), sum(ord(c) for c in ti), sum(ord(c) for c in cf))
cats = {}
for c in chars:
    key = (c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(), c.isprintable(), c.isupper(), c.islower(), c.istitle(), c.isidentifier(), c.isalnum())
    cats[key] = cats.get(key, 0) + 1
print(sorted(cats.items()))
print([c for c in chars if c.isdigit() and not c.isdecimal()][:10])
print([hex(ord(c)) for c in chars if c.isnumeric() and not c.isdigit()][:10])
print([hex(ord(c)) for c in chars if not c.isprintable()][:20])
print(ascii("".join(chars[:60])))
print(repr("".join(chars[100:160])))
