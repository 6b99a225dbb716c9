# Unbounded recursion ends in RecursionError; the repeated frames are summarized.
import sys
sys.setrecursionlimit(100)

def down(n):
    return down(n + 1) + 1

print("limit", sys.getrecursionlimit())
down(0)
