x = "\U0011FFFF" if y else z
