a€b = 1
