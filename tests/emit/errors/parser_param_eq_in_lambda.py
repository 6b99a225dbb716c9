f6 = lambda a=1, /, b== 2, *args: 0
