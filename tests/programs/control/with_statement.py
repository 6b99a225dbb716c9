class Resource:
    log = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.log.append(f"open {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        Resource.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return et is KeyError


with Resource("a") as a, Resource("b") as b:
    Resource.log.append(f"use {a.name}{b.name}")
with Resource("c"):
    raise KeyError("suppressed")
try:
    with Resource("d"):
        raise ValueError("propagates")
except ValueError:
    Resource.log.append("caught ValueError")
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print("\n".join(Resource.log))


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
