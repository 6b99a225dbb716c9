r6 = a < b < c < dr7 = a == b != c
