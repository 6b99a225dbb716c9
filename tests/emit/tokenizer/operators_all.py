a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1
a >>= 1; a <<= 1; a &= 1; a |= 1; a ^= 1; a @= b
c = a < b <= c > d >= e == f != g
d = ~a ^ b | c & d << 1 >> 2
def f(x) -> int: return (y := x)
z = a[1:2, ...]
v = a.b.c
