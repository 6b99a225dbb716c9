# str.format / format_map field lookup (attributes, indexes, keys,
# conversions, nested specs, __format__ of user classes) and % formatting.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __format__(self, spec):
        if spec == "polar":
            return "P<polar>"
        return "P(" + format(self.x, spec) + ", " + format(self.y, spec) + ")"

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "pt"


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


p = Point(1.5, -2)
data = {"name": "Ada", "langs": ["py", "rs"], "n": 3}
print("{} + {} = {}".format(1, 2, 1 + 2), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y="z"))
print("{0.x} {0.y} {0!r} {0!s} {0:.2f} {0:polar}".format(p))
print("{d[name]} {d[langs][1]} {d[n]:>{w}} {0[1]}".format([10, 20], d=data, w=5))
print("{0.x!r:>{1}}|{0.y:^{2}{3}}|".format(p, 8, 7, "d"))
print("{:{fill}{align}{width}}".format("mid", fill="*", align="^", width=9))
print("{!a} {!r} {!s:>6}".format("é☺", "x\ny", 12))
print("{{literal}} {{{}}} {:%} {:,} {:_x} {:#b}".format("in", 0.25, 1234567, 255, 5))
print("{0:>10.3e}|{0:<10.2%}|{0:^+10.1f}|{1:08.3f}".format(1234.5678, -3.14159))
print("{:c}{:c} {:o} {:X} {:n}".format(72, 105, 64, 48879, 1234))
print("{name} knows {langs}".format_map(data), "{a} {b}".format_map(Default(a=1)))
print("{0[a]} {0[-1]}".format({"a": "A", "-1": "neg"}), "{[1]}".format("xyz"))
print("%s|%r|%a|%5s|%-5s|%.2s" % ("é", "é", "é", "ab", "ab", "abcdef"))
print("%d %i %u %5d %-5d| %05d %+d % d %x %X %#x %o %#o" % (1, -2, 3, 4, 5, -6, 7, 8, 255, 255, 255, 8, 8))
print("%f %.2f %e %.3E %g %G %10.4f %-10.2e|" % (1.5, 2.345, 12345.678, 0.00012, 1e-5, 1e20, 3.14159, 2.5))
print("%c%c %% %(a)s %(b)05.1f" % ("x", 65, {"a": "A", "b": 2.25}) if False else "%c%c %%" % ("x", 65))
print("%(a)s-%(b)r-%(a)s" % {"a": 1, "b": "two"}, "%s" % [1, 2], "%s" % (1,), "%s %s" % ("a", (1, 2)))
print("%d %d" % (3.9, True), "%.0f %.1f" % (0.5, 0.25), "%s" % p, "%r" % p, "%x" % 2**70, "%d" % -2**65)
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "abc" % (), "abc" % [], "abc" % {})
x = "%s"
x %= "mod-assign"
print(x, str.__mod__("%d", 5), "a".__rmod__("b%s"), str.__rmod__("%s", 3))

for label, f in [
    ("index out", lambda: "{}".format()),
    ("manual auto", lambda: "{0}{}".format(1, 2)),
    ("auto manual", lambda: "{}{0}".format(1, 2)),
    ("key missing", lambda: "{a}".format()),
    ("attr missing", lambda: "{0.z}".format(1)),
    ("not subscriptable", lambda: "{0[x]}".format(1)),
    ("list index", lambda: "{0[5]}".format([1])),
    ("bad conv", lambda: "{!x}".format(1)),
    ("single }", lambda: "a}b".format()),
    ("single {", lambda: "a{b".format()),
    ("bad spec", lambda: "{:q}".format(1)),
    ("str spec d", lambda: "{:d}".format("x")),
    ("recursion", lambda: "{:{:{}}}".format(1, 2, 3)),
    ("format_map int", lambda: "{a}".format_map(1)),
    ("format_map missing", lambda: "{a}".format_map({})),
    ("pct d str", lambda: "%d" % "a"),
    ("pct x float", lambda: "%x" % 1.5),
    ("pct f str", lambda: "%f" % "a"),
    ("pct few", lambda: "%s %s" % (1,)),
    ("pct many", lambda: "%s" % (1, 2)),
    ("pct single extra", lambda: "abc" % 1),
    ("pct key missing", lambda: "%(k)s" % {}),
    ("pct incomplete", lambda: "abc%" % ()),
    ("pct bad char", lambda: "%y" % 1),
    ("pct c long", lambda: "%c" % "ab"),
    ("pct c range", lambda: "%c" % -1),
    ("pct star", lambda: "%*d" % ("a", 1)),
    ("int mod str", lambda: 1 % "a"),
    ("format_map noarg", lambda: "x".format_map()),
]:
    attempt(label, f)
