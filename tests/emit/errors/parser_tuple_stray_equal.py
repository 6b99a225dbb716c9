*init, last last = [1, 2, 3]
