# f-string tables: alignment, nested format specs, '=' debugging with specs, conversions, and spec errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x, y, w = 3.14159, -42, 12
items = [("a", 1.5), ("bb", -2.25), ("ccc", 1000.0)]
for name, val in items:
    print(f"{name:<5}|{val:>10.2f}|{val:^+12.3e}|{name!r:>7}|{len(name):03d}")
print(f"{x!s:.4} {x!r:>12} {y:+06d} {y:x} {y:#_b} {w:{'0'}>{w}}")
print(f"{'nested {braces}'} {{not}} {x:{'.2f'}}", f"{[1, 2][0]}{ {'k': 'v'}['k'] }")
print(f"{x = }", f"{x = :.1f}", f"{y=!r}", f"{w * 2 = }", f"{'s'=}")
print(f"{3:{w}.{2}}|", f"{'left':*<{w}}|", f"{x:{w}.{w // 4}f}|")
show(lambda: f"{x:{'z'}}")
show(lambda: f"{y:.2d}")
show(lambda: f"{'a':d}")
show(lambda: f"{None:>5}")
show(lambda: f"{object():s}")
print(f"{'€':^5}|{'日本':*^6}|{'é'!a}|{b'bytes'!s}|{1e1000}|{-0.0:+}|{2**100:,}")
