s = "Hello, World! 123"
calls = [
    ("capitalize", ()), ("casefold", ()), ("center", (25, "*")), ("count", ("l",)),
    ("encode", ()), ("endswith", ("123",)), ("expandtabs", ()), ("find", ("World",)),
    ("format", ()), ("index", ("o",)), ("isalnum", ()), ("isalpha", ()), ("isascii", ()),
    ("isdecimal", ()), ("isdigit", ()), ("isidentifier", ()), ("islower", ()), ("isnumeric", ()),
    ("isprintable", ()), ("isspace", ()), ("istitle", ()), ("isupper", ()), ("ljust", (20, ".")),
    ("lower", ()), ("lstrip", ("Hel",)), ("partition", (", ",)), ("removeprefix", ("Hello",)),
    ("removesuffix", ("123",)), ("replace", ("l", "L", 2)), ("rfind", ("o",)), ("rindex", ("l",)),
    ("rjust", (20,)), ("rpartition", (" ",)), ("rsplit", (" ", 1)), ("rstrip", ("0123 ",)),
    ("split", (",",)), ("splitlines", ()), ("startswith", (("Hi", "He"),)), ("strip", ("H3",)),
    ("swapcase", ()), ("title", ()), ("upper", ()), ("zfill", (20,)),
]
for name, args in calls:
    print(f"{name}{args!r} -> {getattr(s, name)(*args)!r}")
print(sorted(n for n in dir(str) if not n.startswith("_")) == sorted(
    [c[0] for c in calls] + ["format_map", "join", "maketrans", "translate"]))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "-".join("xyz"), s.translate(str.maketrans("lo", "01")))
print("12".isdecimal(), "²".isdigit(), "²".isdecimal(), "Ⅻ".isnumeric(), "\t".isprintable(), "ab\u00ad".isprintable())
