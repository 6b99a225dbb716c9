# Chained comparisons evaluate each operand once and short-circuit.
def val(tag, v):
    print("eval", tag)
    return v

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(val("a", 1) < val("b", 2) < val("c", 3))
print(val("a", 5) < val("b", 2) < val("c", 3))
print(1 == 1.0 == True, 1 is not None is not False)
print(1 in [1] in [[1]], 2 not in [1] not in [[2]])
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n} < {other.n}")
        return self.n < other.n
    def __bool__(self):
        print("bool", self.n)
        return True
a, b, c = Loud(1), Loud(2), Loud(3)
print(a < b < c)
print(c < b < a)

class Weird:
    def __lt__(self, other):
        return "truthy-string"
print(Weird() < Weird())
print(Weird() < Weird() < Weird())
print(not 1 < 2, not (1 < 2 < 0))
try:
    1 < "a" < 2
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
print([1, 2] < [1, 3] <= [1, 3], (1, "a") < (1, "b"))
