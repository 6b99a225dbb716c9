for x in 1, 2: pass
else: 1 2
