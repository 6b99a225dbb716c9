# Remaining simple statements and expression statements.
import sys
x = [1, 2]
x
x[0]
-x[0]
x.append(3)
...
None
"string statement"
(yield_value := 1)
del x[:]
pass; pass
if x: pass
elif x: pass
else: pass
while 0: break
for _ in (): continue
def f(): return
def g(): global x; x = 1
def h():
    y = 1
    def i(): nonlocal y; y = 2
    return i
class C: pass
class D: x = 1; y = 2
raise SystemExit if False else None
assert x is not None, f"{x}"
print(__debug__, sys.version_info >= (3,), sep="")
