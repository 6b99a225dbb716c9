def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

def adders(n):
    return [lambda x, i=i: x + i + n for i in range(n)]

class Registry:
    items = []
    def register(self, fn):
        self.items.append(fn)
        return fn
    def names(self):
        return {fn.__name__: fn for fn in self.items}
