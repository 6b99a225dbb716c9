x = 1e5for
