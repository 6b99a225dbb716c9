y = 0or 1
