"""Dict and list work: building, lookups, sorting, comprehensions."""
def main():
    d = {}
    for i in range(300_000):
        key = i % 5003
        d[key] = d.get(key, 0) + i
    items = sorted(d.items(), key=lambda kv: kv[1])
    squares = [v * v for _, v in items if v & 1]
    lst = list(range(200_000))
    lst.reverse()
    lst.sort()
    print(len(d), items[0], items[-1], len(squares), sum(lst[::1000]))
main()
