# str methods called through the object model: arguments (None, negative
# and huge slice bounds, __index__ objects, keywords), results, and
# CPython's error messages.


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


s = "hello, world; hello again"
print(s.find("hello"), s.find("hello", 1), s.find("hello", None, None), s.find("o", -5))
print(s.rfind("hello"), s.rfind("hello", 0, 20), s.find("zz"), s.rfind("o", Idx(3), Idx(-3)))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("l", 5, -3), s.count(""))
print(s.find("", 100), s.find("", 3), s.rfind(""), s.count("", 30), s.find("h", 10**30), s.find("h", -10**30))
print(s.startswith("hello"), s.startswith(("x", "he")), s.startswith("world", 7), s.endswith("again"))
print(s.endswith(("again", "zz"), 0, -1), s.endswith("", 100), s.startswith("", 25), s.startswith("", 26))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "  a  b  ".split())
print("  a  b  c ".split(None, 1), "  a  b  c ".rsplit(maxsplit=1), "x".split(sep="x"), "".split(), "".split(","))
print("a\nb\r\nc\rd\x0be\x1cf\u2028g".splitlines(), "a\nb\r\n".splitlines(True), "x\n".splitlines(keepends=False))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print(repr("  xx  ".strip()), repr("xxhixx".strip("x")), repr("  a ".lstrip()), repr(" a  ".rstrip()), "abcba".strip("ab"), "x".strip(None))
print("prefix_body".removeprefix("prefix_"), "body_suffix".removesuffix("_suffix"), "abc".removeprefix("zz"))
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "aaa".replace("a", "", -1))
print("Hello World".swapcase(), "hello world".title(), "hELLO".capitalize(), "Straße".upper(), "ΣΑΣ".lower(), "Straße".casefold())
print("They're bill's".title(), "ǆemal".title(), "ǆ".capitalize(), "ﬁre".upper(), "İ".lower(), len("İ".lower()))
for t in ["", "abc", "ABC", "Abc", "Abc Def", "123", "½", "٣", "a1", " \t\n", "x y", "_id", "1id", "é", "\x00", "A1B"]:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdecimal(), t.isdigit(), t.isnumeric(), t.isspace(),
          t.isprintable(), t.isascii(), t.isidentifier(), t.islower(), t.isupper(), t.istitle())
print(repr("ab".center(7, "*")), repr("ab".center(6)), repr("abc".ljust(6, "é")), repr("abc".rjust(2)), repr("abc".center(-3)))
print("42".zfill(5), "-42".zfill(5), "+x".zfill(4), "abc".zfill(Idx(6)), "a\tbc\td".expandtabs(), "a\tb".expandtabs(tabsize=3), "a\tb".expandtabs(0))
print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join(str(i) for i in range(4)), "x".join([]))
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(sorted(str.maketrans({"a": "1", 98: None}).items()), "abc".translate([]), "abc".translate({97: 0x263A}))
print("x".maketrans("a", "b"), "héllo wörld".upper().split(), "ab" * 3, 3 * "xy")


class S(str):
    pass


sub = S("  Sub Class  ")
print(type(sub.strip()).__name__, sub.strip(), type(sub.upper()).__name__, sub.split(), type(sub.split()[0]).__name__)
print(str.upper("abc"), str.split("a b"), str.join(",", "abc"), str.format("{}!", 1))

for label, f in [
    ("find int", lambda: "abc".find(1)),
    ("find noargs", lambda: "abc".find()),
    ("find badidx", lambda: "abc".find("a", "x")),
    ("find 4 args", lambda: "abc".find("a", 1, 2, 3)),
    ("index missing", lambda: "abc".index("z")),
    ("rindex missing", lambda: "abc".rindex("z", 1)),
    ("count int", lambda: "abc".count(1)),
    ("split int", lambda: "abc".split(1)),
    ("split empty", lambda: "abc".split("")),
    ("rsplit empty", lambda: "abc".rsplit("")),
    ("split maxsplit str", lambda: "abc".split(None, "x")),
    ("split maxsplit float", lambda: "abc".split(maxsplit=1.5)),
    ("split kw", lambda: "abc".split(x=1)),
    ("split dup", lambda: "abc".split("a", sep="b")),
    ("split many", lambda: "abc".split(1, 2, 3)),
    ("startswith int", lambda: "abc".startswith(1)),
    ("startswith tuple int", lambda: "abc".startswith(("a", 1))),
    ("endswith list", lambda: "abc".endswith(["c"])),
    ("center fill 2", lambda: "abc".center(5, "ab")),
    ("center fill int", lambda: "abc".center(5, 1)),
    ("center str width", lambda: "abc".center("5")),
    ("center none", lambda: "abc".center()),
    ("ljust huge", lambda: "abc".ljust(10**20)),
    ("replace int", lambda: "abc".replace(1, "")),
    ("replace int 2", lambda: "abc".replace("a", 2)),
    ("replace one arg", lambda: "abc".replace("a")),
    ("replace count str", lambda: "abc".replace("a", "b", "c")),
    ("strip int", lambda: "abc".strip(1)),
    ("lstrip int", lambda: "abc".lstrip(1)),
    ("rstrip int", lambda: "abc".rstrip(1)),
    ("partition int", lambda: "abc".partition(1)),
    ("partition empty", lambda: "abc".partition("")),
    ("rpartition empty", lambda: "abc".rpartition("")),
    ("removeprefix int", lambda: "abc".removeprefix(1)),
    ("removesuffix int", lambda: "abc".removesuffix(None)),
    ("zfill str", lambda: "abc".zfill("a")),
    ("zfill none", lambda: "abc".zfill()),
    ("expandtabs str", lambda: "abc".expandtabs("a")),
    ("splitlines str", lambda: "abc".splitlines("a")),
    ("upper arg", lambda: "abc".upper(1)),
    ("isalpha arg", lambda: "abc".isalpha(1)),
    ("translate none", lambda: "abc".translate()),
    ("translate big", lambda: "abc".translate({97: 2**70})),
    ("translate float", lambda: "abc".translate({97: 1.5})),
    ("translate int", lambda: "abc".translate(5)),
    ("maketrans int", lambda: str.maketrans(1)),
    ("maketrans len", lambda: str.maketrans("ab", "c")),
    ("maketrans key len", lambda: str.maketrans({"ab": 1})),
    ("maketrans key type", lambda: str.maketrans({1.5: 1})),
    ("maketrans z", lambda: str.maketrans("a", "b", 1)),
    ("maketrans y", lambda: str.maketrans(1, 2)),
    ("maketrans x", lambda: str.maketrans(1, "a")),
    ("maketrans none", lambda: str.maketrans()),
    ("join ints", lambda: ",".join([1, 2])),
    ("descriptor", lambda: str.upper(1)),
    ("find kw", lambda: "abc".find(sub="a")),
]:
    attempt(label, f)
