# Wrong argument types and counts for str methods: CPython's exact TypeError/ValueError texts.
calls = [
    lambda: "a".upper(1),
    lambda: "a".split(1),
    lambda: "a".split(",", "x"),
    lambda: "a".replace("a"),
    lambda: "a".replace(1, "b"),
    lambda: "a".find(),
    lambda: "a".startswith(),
    lambda: "a".startswith(1),
    lambda: "a".endswith((1,)),
    lambda: "a".center(),
    lambda: "a".zfill("3"),
    lambda: "a".expandtabs("x"),
    lambda: "a".encode(1),
    lambda: "a".join(),
    lambda: "a".count(1),
    lambda: "a".index("b"),
    lambda: "a".rindex("b"),
    lambda: "a".splitlines("x"),
    lambda: "a".removeprefix(1),
    lambda: "a".strip("x", "y"),
    lambda: "a".partition(None),
    lambda: "a".rsplit(sep=1),
    lambda: "a".title(x=1),
    lambda: str.upper(1),
    lambda: str.lower(),
    lambda: "{0:{1}}".format(1),
    lambda: "a".ljust(2**100),
    lambda: "a" * 2**100,
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
print("a,b".split(sep=","), "a b".rsplit(maxsplit=0), "x".center(width=3) if False else "kw-skip", "a\nb".splitlines(keepends=True), "ab".encode(encoding="ascii"))
print("a\tb".expandtabs(tabsize=2), "abc".startswith("b", 1), "abc".find("c", -1), "abc".count("", 0, 0), "ab".split(maxsplit=1, sep="a"))
