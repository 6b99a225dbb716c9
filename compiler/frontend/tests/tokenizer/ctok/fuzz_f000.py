print( len(datadata[-1])
