# An exception raised inside a generator resumed by a for loop.
def numbers():
    yield 1
    yield 2
    raise RuntimeError("generator failed")

for n in numbers():
    print("got", n)
