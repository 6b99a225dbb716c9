# Conditional expressions and chained comparisons.
a, b, c, d = 1, 2, 3, 4
r1 = a if b else c
r2 = a if b else c if d else a
r3 = (a if b else c) + 1
r4 = [a if b else c for _ in range(1)]
r5 = lambda: a if b else c
r6 = a < b < c < d
r7 = a == b != c
r8 = a is not None is not b
r9 = a not in [b] in [[b]]
r10 = not a < b
r11 = a < b and b < c or not c > d
r12 = (a < b) < c
r13 = a if b < c else d if a > b else c
r14 = 1 < 2 > 1 <= 3 >= 0 == 0 != 5 is not None in [None] not in []
