"""Method calls and instance attribute access."""
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def norm1(self):
        return abs(self.x) + abs(self.y)
def main():
    p = Point(0, 0)
    total = 0
    for i in range(400_000):
        p.move(i & 1, -(i & 2))
        total += p.norm1()
    print(p.x, p.y, total)
main()
