x = 1.5if 1 else 2
