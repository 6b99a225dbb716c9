try:
    pass
except:
x = 1
