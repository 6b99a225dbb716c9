name, n, pi = "pyc", 42, 3.14159265
items = ["a", "b"]
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}")
print(f"{pi:.2f} {pi:10.3f} {pi:<10.1f}| {pi:e} {pi:.3g} {pi:%}")
print(f"{n=} {pi = :.1f} {name=!r}")
print(f"{items[0]} {len(items)} {items!r} {n * 2} {n if n > 40 else 0}")
width = 8
print(f"[{name:>{width}}] [{name:*^{width}}] [{pi:{width}.{2}f}]")
print(f"{{literal}} {{{n}}}")
print(f"{'nested ' + f'{n}'}")
print(f"{1234567:,} {1234567:_} {0.25:.0%}")
print(f"{'multi'}"
      f"{'line'}")
d = {"k": 1}
print(f"{d['k']} {d}")
class P:
    def __format__(self, spec):
        return f"P({spec})"
    def __repr__(self):
        return "P!"
print(f"{P():xyz} {P()!r} {P()}")
print(f"{-5:05} {5:<05} {'x':=^5}")
