_cache = None
counter = 0

def get():
    global _cache
    if _cache is None:
        _cache = {}
    return _cache

def bump():
    global counter
    counter += 1

[(last := n) for n in range(3)]
print(counter, last)
