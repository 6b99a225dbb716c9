def loops(n):
    out = []
    i = 0
    while i < n:
        i += 1
        if i % 2 == 0:
            continue
        if i > 7:
            break
        out.append(i)
    else:
        out.append(-1)
    for j in range(n):
        try:
            if j == 3:
                return out
        finally:
            out.append(j)
    return [k * k for k in out if k > 1]

def chained(a, b, c):
    return a < b <= c and not (a is b) or c in (1, 2, 3)
