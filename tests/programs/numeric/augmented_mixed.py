# Augmented assignment across numeric types, sequences and in-place dunders.
x = 5
x += 2.5; print(x, type(x).__name__)
x -= 1j; print(x, type(x).__name__)
y = 7
y //= 2; y **= 3; y %= 10; y <<= 4; y >>= 1; y |= 1; y &= 0xff; y ^= 0b101; print(y)
z = 2**64
z *= z; z //= 3; z -= 1; print(z, z.bit_length())
f = 10.0
f /= 4; f //= 0.5; f %= 3; f **= 2; print(f)
s = "ab"
s += "cd"; s *= 2; print(s)
l = [1]
alias = l
l += [2]; l += (3,); l += "x"; l *= 2; print(l, alias is l)
t = (1,)
t_alias = t
t += (2,); t *= 2; print(t, t_alias, t is t_alias)
b = bytearray(b"a")
b_alias = b
b += b"b"; b *= 2; print(b, b_alias is b)
st = {1, 2}
st_alias = st
st |= {3}; st &= {1, 3, 4}; st -= {9}; st ^= {5}; print(st, st is st_alias)
d = {"a": 1}
d |= {"b": 2}; print(d)
class Acc:
    def __init__(self):
        self.v = []
    def __iadd__(self, other):
        self.v.append(other)
        return self
    def __isub__(self, other):
        return NotImplemented
    def __sub__(self, other):
        return "fallback-sub"
a = Acc()
a += 1; a += 2; print(a.v)
a -= 5; print(a)
def show(code):
    try:
        ns = {}
        exec(code, ns)
    except TypeError as e:
        print("TypeError", e)
show("x = 'a'\nx += 1")
show("x = [1]\nx += 1")
show("x = (1,)\nx += [2]")
show("x = 1\nx += None")
show("x = {1}\nx |= [2]")
show("x = {}\nx |= 5")
show("x = 'a'\nx *= 'b'")
lst = [[0] * 2] * 2
lst[0][0] = 9; print(lst)
m = [1, 2, 3]
m[1] += 10; m[-1] *= 2; print(m)
dd = {"k": [1]}
dd["k"] += [2]; dd.setdefault("n", 0); dd["n"] += 1; print(dd)
