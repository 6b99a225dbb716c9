# print(): sep, end, file, flush, and its argument errors.
import sys
print()
print(1, 2, 3)
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ", end=" <end>\n")
print("a", "b", sep=None, end=None)
print("no newline", end="")
print(" continued")
print(*[1, 2, 3], sep="-")
print(*"abc", sep="|", end="!\n")
print("to stdout", file=sys.stdout)
print("to stderr goes elsewhere", file=sys.stderr)
print("flushed", flush=True)
print(None, True, 1.5, [1], {"a": 1}, (1,), sep="\t")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("x", 1, sep="+", end="$", file=w)
print(file=w)
print(w.parts)
class Str:
    def __str__(self):
        return "custom-str"
    def __repr__(self):
        return "custom-repr"
print(Str(), [Str()], sep=" :: ")
for kwargs in ({"sep": 1}, {"end": 2}, {"file": 3}, {"bogus": 1}):
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("", end="")
print("", sep="x")
print("multi\nline", "tab\tsep", sep="\n")
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc"), end="\n")
