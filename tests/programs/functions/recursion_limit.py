import sys


def depth(n):
    return n if n == 0 else 1 + depth(n - 1)


print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
print("still alive")
