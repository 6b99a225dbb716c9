# Assorted semantics: UnboundLocalError, aliasing with +=, tuple-item +=, assignment order, literals, imports, dunders of the module.
x = 10
def f():
    print(x)
    if False:
        x = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
def g():
    del y
try:
    g()
except UnboundLocalError as e:
    print(e)
def h():
    nonlocal_test = 1
    def inner():
        nonlocal nonlocal_test
        del nonlocal_test
        return nonlocal_test
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(h())
a = b = []
a += [1]
print(b)
t = ([],)
try:
    t[0] += [1]
except TypeError as e:
    print(e, t)
i = 0
lst = [0, 0, 0]
lst[i], i = 5, 2
print(lst, i)
x, y = y, x = 1, 2
print(x, y)
print([i for i in range(3) for i in range(i)])
print(1 if [] else 2 if {} else 3)
print(not not [], (not 1) + 1)
print(True + True, True * 3, -True, ~False, True / 2, True // 1)
print(2 ** -1, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2)
print(7 // -2, 7 % -2, -7 // 2, divmod(7.5, 2))
print(1 < 2 == 2 > 1, (1 < 2) == True)
print("a" "b" 'c', """x""" '''y''')
print(0x1f, 0o17, 0b101, 1_000_000, 1e3, 1j * 1j, .5, 5.)
print(type(...), ... is Ellipsis, Ellipsis)
print([*range(3)][::-1], "abcdef"[-2:], "abcdef"[:-2:2], [1, 2, 3][5:], (1, 2)[-5:])
for i, (a, (b, c)) in enumerate([(1, (2, 3))]):
    print(i, a, b, c)
with open(__file__) as fh:
    first = fh.readline()
print(first.startswith("# Assorted"))
import sys as system, math as m
print(system.version_info[0], m.pi > 3)
from math import (
    sqrt,
    floor as fl,
)
print(sqrt(4), fl(2.5))
print(__name__, __file__.endswith("misc_semantics.py"), __doc__, __builtins__ is not None)
def docfunc():
    """Docstring here."""
print(docfunc.__doc__)
class K:
    "class doc"
print(K.__doc__)
if __name__ == "__main__":
    print("main guard")
print(globals()["K"] is K, "docfunc" in dir())
while True:
    break
else:
    print("no")
print(list(filter(None, [0, 1, "", "a", None, []])))
print(sorted("bAc", key=str.lower), sorted([3, 1, 2], key=None))
print(f"{x=}", f"{x + 1 = }", f"{'q'!r:^7}|")
print(isinstance(print, type(len)), type(print).__name__, print.__name__, len.__self__)
print(hash(None) == hash(None), id(None) == id(None))
print(round(1234.5678, -2), round(-1.5), round(0.125, 2), int(-3.9), int("  42  "))
