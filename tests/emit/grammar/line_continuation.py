# Explicit and implicit line joining.
total = 1 + \
    2 + \
    3
if total > 1 and \
   total < 10:
    pass
items = [
    1,
    2,  # comment inside brackets
    3
]
call = max(1,
           2,

           3)
d = {
    "a": 1,
    "b": (2,
          3),
}
s = "abc" \
    "def"
x = (1
     + 2
     - 3)
with open \
        ("/dev/null") as fh:
    pass
def f(a,
      b):
    return a + \
        b
assert \
    True
lam = lambda: \
    0
