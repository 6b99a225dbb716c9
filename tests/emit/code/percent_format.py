def fmt(a, b, c):
    x = "%s and %r" % (a, b)
    y = "%5s|%-3r|%.2a|%10.3s" % (a, b, c, a)
    z = "100%% %s" % (a,)
    w = "%d items" % (a,)
    v = "%s %s" % (a,)
    u = "%s" % (a, b)
    t = "%s" % a
    s = "%(k)s" % {"k": a}
    r = "%s %s" % (*a,)
    q = b"%s" % (a,)
    return x, y, z, w, v, u, t, s, r, q

def loops():
    while True:
        if done():
            break
    return "after"

(pars): bool = True
M.attr: int
N[1:2, 3]: str
