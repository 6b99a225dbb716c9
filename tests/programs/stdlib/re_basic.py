# re: matching, searching, groups, flags, lookaround, substitution with
# templates and functions, splitting, finditer, bytes patterns, Match
# and Pattern objects, and CPython's error messages.
import re

text = "Contact: alice@example.com, bob.smith@mail.org; admin@site.net (2024-01-15)"
emails = re.findall(r"[\w.]+@[\w.]+\.\w+", text)
print(emails)
m = re.search(r"(?P<user>[\w.]+)@(?P<domain>[\w.]+)", text)
print(m, m.group(), m.group(1, 2), m["user"], m.groupdict(), m.span("domain"), m.start(), m.end())
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.re.pattern, m.string is text)
date = re.search(r"(\d{4})-(\d\d)-(\d\d)", text)
print(date.groups(), date.expand(r"\3/\2/\1"), date.expand(r"\g<1>"))
print(re.match(r"\w+", "hello world"), re.match(r"world", "hello world"), re.fullmatch(r"\d+", "123"),
      re.fullmatch(r"\d+", "123a"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.subn(r"\s+", " ", "  too   many    spaces  "), re.sub("a", "b", "aaaa", count=2))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"(?P<c>[aeiou])", r"<\g<c>>", "education"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", " a b ", maxsplit=1))
print(re.split(r"x*", "axbc"), re.split(r"\b", "hi there"))
print([(m.start(), m.group()) for m in re.finditer(r"\b\w", "the quick brown fox")])
print(re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(a)|(b)", "ab"), re.findall(r"a(?=b)", "ab ac ab"))
print(re.findall(r"(?<=\$)\d+", "cost $15 or $20"), re.findall(r"(?<!\$)\b\d+", "cost $15 or 20"),
      re.findall(r"\b(?!un)\w+", "undo redo unto do"))
print(re.search(r"(?i)HELLO", "say hello"), re.findall(r"^\w+", "one\ntwo\nthree", re.M),
      re.findall(r"a.c", "abc a\nc", re.S), re.search(r"""
        (\d+)   # number
        \s*     # optional space
        (kg|g)  # unit
        """, "weight: 12 kg", re.X).groups())
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"), re.findall(r"\d", "٣4"))
print(re.search(r"(a+)+b", "aaab").group(1), re.search(r"(?>a+)b", "aaab"), re.search(r"a++a", "aaa"))
print(re.match(r"(a)?(?(1)b|c)", "ab").group(), re.match(r"(a)?(?(1)b|c)", "c").group(),
      re.match(r"(\w+) \1", "hey hey you").group(), re.match(r"(?P<w>\w+)-(?P=w)", "ab-ab").group())
print(re.search(r"colou?r", "my color"), re.findall(r"x{2,3}", "xxxxxxx"), re.findall(r"x{2,3}?", "xxxxxxx"))
print(re.findall(r"<.*?>", "<a><b></b>"), re.findall(r"<.*>", "<a><b></b>"), re.findall(r"[^<>]+", "<a>text</a>"))
p = re.compile(r"(?P<key>\w+)=(?P<value>[^;]*)", re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex, re.compile("x").flags)
print(p.findall("a=1;b=two;c="), p.sub(r"\g<value>:\g<key>", "a=1;b=2"), p.match("k=v", 0).span())
print(p.search("zz k=v", 2), p.search("zz k=v", 4), p.match("zz k=v", 3, 5))
print(re.I, re.I | re.M, re.S | re.X | re.A, int(re.I | re.M), re.compile("a", re.I | re.M))
print(re.escape("1.5*[x] (y)? a+b"), re.escape("plain_text"), re.escape(b"a.b"))
print(re.findall(rb"\d+", b"a12b345"), re.sub(rb"(\w)", rb"<\1>", b"ab"), re.split(rb",", b"x,y"))
print(re.search(r"^$", ""), re.search(r"$", "ab\n").span(), re.search(r"\Z", "ab\n").span(), re.findall(r"\B", "ab"))
long_text = "word " * 2000
print(len(re.findall(r"\w+", long_text)), re.search(r"(\w+\s)+$", long_text) is not None, len(re.sub(r"\s", "", long_text)))
errors = ["*", "(", "a)", "[a", "\\q", "a**", "(?P<n>a)(?P=m)", "\\2(a)", "(?<=a+)b", "a{2,1}",
          "(?P<1>a)", "(?z)", "[z-a]", "(?i)a(?m)b", "\\", "(?P<n>a)(?P<n>b)", "[\\d-z]", "(a)(?(2)b)"]
for pattern in errors:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), "->", e, "|", e.msg, e.pos)
for bad in [lambda: re.sub("a", r"\q", "a"), lambda: re.sub("(a)", r"\2", "a"), lambda: re.search("a", b"a"),
            lambda: re.search(b"a", "a"), lambda: re.compile(3), lambda: re.match(r"(a)", "a").group(2),
            lambda: re.compile("a", re.L)]:
    try:
        bad()
    except (re.error, TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__module__, type(re.compile("a")).__name__, type(re.match("a", "a")).__name__)
