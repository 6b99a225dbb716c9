x = 1
for = 2
