# Harder f-strings: \N escapes, nested specs, dict/lambda/walrus inside, '=' with spaces.
import datetime
x, w = 42, 10
dt = datetime.datetime(2020, 1, 2, 3, 4, 5)
a = f"\N{BULLET} {x} \N{EM DASH}"
b = f"{x = !r:>10}"
c = f"{x=:{w}}"
d = f"{ {'a': 1}['a'] }"
e = f"{(lambda y: y * 2)(x)}"
f = f"{dt:%Y-%m-%d %H:%M:%S}"
g = f"{x:{w}.{w}}"
h = f"{x!r:^{w + 2}}"
i = f"{'a' if x else 'b':>{w}}"
j = f"{x:0{w}d}"
k = f"{[y for y in range(3)]}"
l = f"{x:>+#0{w},.2f}" if False else f"{x:>+#0{w},}"
m = f"a\
b{x}c"
o = f'{"}"}' f"{'{'}"
p = f"{x!s:{'<'}{w}}"
q = f"{{{{x}}}}"
r = f"{x}" "{x}" f"{{x}}"
s = rf"\{x}\\{x}\N"
t = f"{3.14!r:.{1}}"
v = f"""{
    x
    +
    1
}"""
y = f"{x:=^10}"
z = f"{x:d}{x:x}{x:o}{x:b}{x:c}{x:e}{x:%}"
aa = f"{x,}"
bb = f"{x:{w}}{x!a}{x!s}"
cc = f"{x}" f"{x}" f"{x}"
dd = f"{x}{x}{x}"
ee = f"{'é'}é{x:é^9}"
