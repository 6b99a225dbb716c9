# f-strings: nesting, conversions, '=', format specs, prefixes.
x, y, name = 3, 4.5, "pyc"
width, prec = 10, 3
items = [1, 2]
a = f"{x}"
b = f"x={x} y={y}"
c = f"{x!r} {x!s} {x!a}"
d = f"{y:.2f} {y:>{width}} {y:{width}.{prec}}"
e = f"{x=}"
g = f"{x = }"
h = f"{x=!r:>10}"
i = f"{name!r:^20}"
j = f"{'nested'} {f'{x}'}" f"""{f'{f"{y}"}'}"""
k = f"{{literal}} {{{x}}}"
l = F"upper {x}"
m = rf"raw {x} \n"
n = fR"raw {x}"
o = Rf"{x}\d"
p = FR'{x}'
q = f'''triple {x}
second {y}'''
r = f"""{
x
}"""
s = f"{x + 1} {items[0]} {len(items)} {(lambda: 1)()}"
t = f"{x:{'>'}{width}}"
u = f"{x:#x} {x:08b} {y:e} {1e6:,}"
v = f"plain" f"{x}" "plain2" f"{y}"
w = f"{x if x else y}"
z = f"{ x }"
aa = f"{x,}" if False else f"{(x, y)}"
bb = f"{'{'}"
cc = f"{{}}"
dd = f"{x!r:{width}}"
ee = f"{3.14:{'.'}{2}f}"
ff = f'{"a" "b"}'
gg = f"{x:}"
hh = f"{x!s:}"
ii = f"{*items,}"
jj = f"é{x}é{y}"
