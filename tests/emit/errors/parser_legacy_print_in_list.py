x = [print 1]
