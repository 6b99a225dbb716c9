base = sys.getrefcount(x)
y] = x
print(sys.getrefcount(x) - base)
del y