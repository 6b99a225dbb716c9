# f-strings: conversions, nested specs, expressions, debugging '=', dict/str quoting, escapes.
x, y, name = 42, 3.14159, "Ada"
items = {"k": [1, 2]}
w, p = 10, 3
print(f"{x} {y} {name!r} {name!s} {name!a} {'é'!a}")
print(f"{x:>{w}} {y:.{p}f} {y:{w}.{p}} {x:{'*'}^{w}} {name:{'>' if x else '<'}8}")
print(f"{x=} {y = :.2f} {name=!r} {x*2=} {items['k'][1]=}")
print(f"{items['k']} {items['k'][0] + 1} {len(name)} {[i * i for i in range(3)]} {(lambda v: v + 1)(x)}")
print(f"{{literal}} {{{x}}} {x!r:>5} {'a' 'b'} {3:{'0'}{4}}")
print(f"{x:#x} {x:#o} {x:b} {x:08.3f} {x:,} {10**6:_} {-x:+} {x:c}", f"{0.5:%} {1/3:.2%} {1e6:e} {1e-6:g}")
print(f"""{name
}""", f"{'''a'''}", f'{"dq"}', f"{x!r:{w}}|", f"{y!s:.4}")
class C:
    def __format__(self, spec):
        return f"C[{spec}]"
    def __repr__(self):
        return "C()"
c = C()
print(f"{c} {c:abc} {c!r} {c!r:>6} {c:{w}}")
nested = f"{f'{x}'} {f'{y:.1f}'!s:>6}"
print(nested, f"{x if x > 40 else -x}", f"{(x, y)}")
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: f"{x:s}")
show(lambda: f"{name:d}")
show(lambda: f"{y:q}")
show(lambda: f"{x:{'z'}}")
print(f"{None} {True} {b'x'} {1+2j} {[1, 'a']} {(1,)} {set()} {{}}", f"{'':>3}|", f"{''!r}")
print(f"{3.0:g} {1e16:g} {123456789:e} {-0.0} {float('nan'):>5} {float('-inf'):<6}|")
