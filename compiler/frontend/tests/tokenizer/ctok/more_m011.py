x = 1e€
