# RecursionError: caught at the limit, limit adjustable, recovery afterwards.
import sys
print(sys.getrecursionlimit())

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

base = depth(0)
sys.setrecursionlimit(200)
small = depth(0)
print(small, base - small)
sys.setrecursionlimit(1000)
print(depth(0) == base)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
try:
    fact(5000)
except RecursionError as e:
    print("RecursionError:", e)

class Node:
    def __init__(self, child=None):
        self.child = child
    def __repr__(self):
        return f"Node({self.child!r})"
n = None
for _ in range(5):
    n = Node(n)
print(n)
deep = None
for _ in range(2000):
    deep = Node(deep)
try:
    repr(deep)
except RecursionError as e:
    print("repr RecursionError")

nested = []
for _ in range(5000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("list repr:", e)
try:
    nested == nested[0]
except RecursionError as e:
    print("compare:", e)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion stopped")
print("still running", depth(0) == base)
