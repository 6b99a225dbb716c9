f(a, b,, c)
