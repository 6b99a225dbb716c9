import sys
from os import *
x: int
y: "str" = "a"
obj.attr: int = 1
lst[0]: int
print(x, file=sys.stderr, end="")
if x:
    pass
elif y:
    z = 1
else:
    z = 2
while x:
    x -= 1
for i, j in enumerate([]):
    del i
assert x, "message"
raise SystemExit
try:
    pass
except:
    pass
a = b = c = 1
a, b = b, a
a.b.c = 3
a[1][2] = 4
a[1:2] = []
del a[1:2], a.b
print(*[1], **{})
global gg
gg = 1
class M(type): pass
