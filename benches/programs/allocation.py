"""Object allocation: many short-lived instances, tuples and lists."""
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
def main():
    head = None
    for i in range(300_000):
        head = Node(i, head if i % 100 else None)
    pairs = [(i, [i]) for i in range(200_000)]
    n = 0
    while head is not None:
        n += 1
        head = head.next
    print(n, len(pairs), pairs[-1][1])
main()
