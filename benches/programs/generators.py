"""Generators, generator expressions and yield from."""
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
def chain(*its):
    for it in its:
        yield from it
def main():
    total = sum(x * 2 for x in count(400_000) if x % 3)
    c = 0
    for v in chain(count(100_000), count(100_000)):
        c += v
    print(total, c)
main()
