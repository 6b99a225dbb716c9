f = lambda -> int: 0
