print("%d %i %s %r %a %%" % (1, 2, "s", "r", "é"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %e %E %f %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1.5, 1e-5, 1e20))
print("%.2f %10.3f %-10.1f| %.0f %.3s %5s %-5s|" % (3.14159, 2.71828, 1.5, 2.5, "abcdef", "ab", "cd"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
print("%c%c" % (72, "i"), "%*d" % (5, 3), "%-*s|" % (4, "a"), "%.*f" % (2, 1.23456))
print("{} {}".format("a", "b"), "{0} {1} {0}".format("x", "y"), "{k}".format(k="v"))
print("{:<6}|{:>6}|{:^6}|{:*^7}|{:=+6}".format("l", "r", "c", "s", 5))
print("{:,} {:_} {:,.2f} {:.1%} {:e} {:.3g}".format(1234567, 1234567, 1234.5, 0.256, 12345.6789, 0.0001234))
print("{:b} {:o} {:x} {:X} {:#b} {:#x} {:08.3f} {:+.2e}".format(10, 10, 255, 255, 5, 255, 3.14159, 12345.0))
print("{0[0]} {0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3 + 4j))
print("{!r} {!s} {!a}".format("x", "y", "ü"), "{:>{w}}".format("z", w=4))
print("{{}} {{{}}}".format(1), format(3.5, ""), format("s", "5"), format(True, "d"))
print(str.format("{}", None), "{:10}|".format(None) if False else "-", "{:n}".format(1000))
print("{:c}".format(65), "{:%}".format(0.5), "{:.0f}".format(0.5), "{:.0f}".format(1.5))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "{:d}".format("x")
except ValueError as e:
    print("ValueError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
