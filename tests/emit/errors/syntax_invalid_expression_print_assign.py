print(x) = 1
