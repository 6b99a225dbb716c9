# str.format: positional/keyword/auto numbering, attribute and index lookup, conversions, nesting, errors.
class P:
    def __init__(self):
        self.x = 1
        self.items = [10, 20]
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "P-str"
p = P()
print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{a} {b}".format(a=1, b=2), "{0[1]} {m[k]}".format([5, 6], m={"k": "v"}))
print("{.x} {.items[1]}".format(p, p), "{!r} {!s} {!a}".format(p, p, "é"), "{:abc}".format(p), "{0!r:>10}".format("s"))
print("{{}} {{{0}}} }}{{".format(7), "{:{}}".format(3, 5) + "|", "{:{w}.{p}f}".format(3.14159, w=10, p=2), "{0:{1}{2}}".format(4, "<", 6) + "|")
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:=+8}".format("r", "l", "c", "s", 42), "{:,}|{:_}|{:08.3f}|{:%}".format(1234567, 7654321, -3.14159, 0.25))
print("{0}{1}{0}".format(*"ab"), "{x}-{y}".format(**{"x": 1, "y": 2}), "".format(), "{[0]}".format("xyz"), "{0[-1]}".format({"-1": "neg"}))
print(format("x", "^5"), format(3, ""), format([1], ""), "{}".format(1.0), "{:g}".format(1e-5), "{:.3}".format("abcdef"), "{:.3}".format(3.14159))
print("{0.real} {0.imag}".format(3 + 4j), "{!r:^9}".format(None), "{:d}".format(True), "{:c}".format(65))
print(str.format("{} {}", 1, 2), "{:s}".format("s"), "{:>{}}".format("x", 4), "{:#b} {:#o} {:#x}".format(5, 8, 255))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: "{}".format())
show(lambda: "{1}".format(0))
show(lambda: "{} {0}".format(1, 2))
show(lambda: "{0} {}".format(1, 2))
show(lambda: "{a}".format(b=1))
show(lambda: "{".format())
show(lambda: "}".format())
show(lambda: "{!x}".format(1))
show(lambda: "{:d}".format("s"))
show(lambda: "{:s}".format(5))
show(lambda: "{.nope}".format(1))
show(lambda: "{[5]}".format([1]))
show(lambda: "{0[a]}".format([1]))
show(lambda: "{:=}".format("s"))
show(lambda: "{:,s}".format("s"))
show(lambda: "{:x}".format(1.5))
show(lambda: "{:+s}".format("a"))
show(lambda: "{0:{1}}".format(1, "{"))
show(lambda: format(object(), "d"))
print("{0!s:*>6}".format(12), "{:^+07.1f}".format(2.25), "{:<05}".format(7), "{:#010b}".format(5), "{:n}".format(1234567))
