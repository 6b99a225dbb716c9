x = 0in
