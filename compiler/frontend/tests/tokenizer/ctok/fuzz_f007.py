class Left(Base):
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def hello(self):
        return "Right>" + super().hello()
class Child(Left, Right):
    def hello(self):
        return "Child>" + super().hello()
print(Child().hello(), [c.__name__ for c in Child.__mro__])
try:
    class Bad(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)

def make_class(name, fields):
    def __init__(self, *args):
        for f, v in zip(fields, args):
            setattr(self, f, v)
    def __repr__(self):
        return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    return type(name, (), {"__init__": __init__, "__repr__": __repr__, "__slots__": tuple(fields)})

Point = make_class("Point", ["x", "y"])
prinPoint(1, 2), Point.__slots__)

class Vec:
