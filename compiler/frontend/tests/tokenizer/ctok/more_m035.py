x = 0or
