def read_lines():
    for i in range(1, 21):
        yield f"record {i},{i * i},{'even' if i % 2 == 0 else 'odd'}"


def parse(lines):
    for line in lines:
        name, square, parity = line.split(",")
        yield {"name": name, "square": int(square), "parity": parity}


def only(parity, records):
    return (r for r in records if r["parity"] == parity)


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


evens = only("even", parse(read_lines()))
squares = (r["square"] for r in evens)
print(list(window(squares, 3)))
import itertools
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.chain("ab", [1])))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.combinations(range(4), 2)), list(itertools.takewhile(lambda x: x < 3, range(10))))
print(list(itertools.groupby("aaabbc")) and [(k, len(list(g))) for k, g in itertools.groupby("aaabbc")])
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.repeat(7, 3)))
counter = itertools.count(10, 5)
print(next(counter), next(counter), list(itertools.islice(counter, 3)))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"node{depth}"
    yield from tree(depth - 1)
    yield from tree(depth - 1)


print(list(tree(2)), sum(1 for _ in tree(10)))
gen = (x for x in range(3))
print(list(zip(gen, gen)))
