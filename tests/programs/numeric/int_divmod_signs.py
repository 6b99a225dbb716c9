# Floor division, modulo and divmod across every sign combination.
vals = [7, -7, 0, 1, -1, 13, -13, 2**70 + 3, -(2**70 + 3)]
divs = [3, -3, 1, -1, 7, 2**65, -(2**65)]
for a in vals:
    row = []
    for b in divs:
        q, r = divmod(a, b)
        assert q == a // b and r == a % b
        assert q * b + r == a
        row.append((q, r))
    print(a, row)
for a in (5, -5):
    for b in (0,):
        for op in ("//", "%", "divmod", "/"):
            try:
                if op == "//":
                    a // b
                elif op == "%":
                    a % b
                elif op == "divmod":
                    divmod(a, b)
                else:
                    a / b
            except ZeroDivisionError as e:
                print(op, type(e).__name__, e)
print(7 / 2, -7 / 2, 1 / 3, 2**80 / 2**40, (10**30) / 7)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError", e)
print((10**400) // (10**399), (10**400) % 7)
print(-0 // 5, 0 % -5, divmod(0, -3))
