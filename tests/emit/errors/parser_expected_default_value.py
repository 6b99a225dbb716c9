def both(a, *args, b, c=, **kwargs):
    return a
