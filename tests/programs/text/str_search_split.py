# find/index/count/startswith with ranges, split/rsplit/splitlines/partition edge cases.
s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 10), s.rfind("the"), s.rfind("the", 0, 40), s.find(""), s.find("", 100), s.rfind(""))
print(s.count("the"), s.count("o"), s.count(""), "aaaa".count("aa"), s.count("the", 5, -5), "".count(""), "abc".count("", 1))
print(s.index("fox"), s.rindex("o"), s.startswith("the"), s.startswith(("a", "th")), s.startswith("quick", 4), s.endswith("end", 0, -1), s.endswith(("x", "end")))
for sub in ("xyz", "fox"):
    try:
        print(s.index(sub, 20))
    except ValueError as e:
        print("ValueError", e)
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 2), "  a  b  ".split(), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1))
print("".split(), "".split(","), "x".split("x"), "abc".split("abc"), "a\tb\nc\x0bd\x1ce".split(), "1<>2<>3".split("<>"))
print("l1\nl2\r\nl3\rl4\x0cl5\x1el6\u2028l7\x85".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
for bad in (lambda: "a".split(""), lambda: "a".partition(""), lambda: "a".startswith(["a"]), lambda: "a".find(1), lambda: "a".count()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print("ab" in "cabd", "" in "x", "x" not in "", "abc".__contains__("b"))
print("mississippi".replace("ss", "SS"), "mississippi".replace("i", "I", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix(""), "abc".removesuffix("abcd"))
