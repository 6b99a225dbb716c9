class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Managed("a") as x:
    print("body", x)

with Managed("outer") as o, Managed("inner") as i:
    print("both", o, i)

with Managed("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with Managed("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))


def early():
    with Managed("ret"):
        return "returned"


print(early())
import contextlib


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")


with tag("p") as t, tag("b"):
    print("text in", t)
