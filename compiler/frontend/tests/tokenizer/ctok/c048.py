0b1and 1
