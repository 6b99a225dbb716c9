a, b b, c = 1, 2, 3
