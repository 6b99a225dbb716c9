lambda a:int: 1
