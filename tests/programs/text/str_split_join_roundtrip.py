# split/rsplit/join/partition round trips and maxsplit semantics on tricky separators.
cases = ["a,b,c", ",a,,b,", "", ",", ",,", "abc", "a, b , c", "x--y----z", "--"]
for s in cases:
    for sep in (",", "--", " "):
        parts = s.split(sep)
        assert sep.join(parts) == s
        print(repr(s), repr(sep), parts, s.split(sep, 1), s.rsplit(sep, 1), s.split(sep, 0), s.rsplit(sep, -1) == parts)
ws = ["  a b  ", "\ta\n\nb\x0c", "", "   ", "a", " a\u3000b\u2003c "]
for s in ws:
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("abc"), "".partition("x"), "xx".rpartition("x"))
lines = "one\ntwo\r\nthree\rfour\n"
print(lines.splitlines(), lines.split("\n"), lines.splitlines(keepends=True), "".join(lines.splitlines(True)) == lines)
csv = "name,age\nann,30\nbob,25"
rows = [line.split(",") for line in csv.splitlines()]
print(rows, {r[0]: int(r[1]) for r in rows[1:]}, "\n".join(",".join(r) for r in rows) == csv)
