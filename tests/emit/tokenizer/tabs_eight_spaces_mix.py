if 1:
        x = 1
        if x:
	    y = 2
