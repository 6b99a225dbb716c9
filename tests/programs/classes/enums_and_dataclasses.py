import enum
from dataclasses import dataclass, field, asdict, replace


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), Perm.W in (Perm.R | Perm.W))


@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    count: int = field(default=1, compare=False)

    @property
    def total(self):
        return self.price * self.count


a = Item("apple", 0.5, ["fruit"], 3)
b = Item("banana", 0.25)
print(a, b, a.total, a < b, sorted([b, a]) == [a, b], a == Item("apple", 0.5, ["fruit"], 99))
print(asdict(a), replace(b, price=1.0), Item.__dataclass_fields__.keys())


@dataclass(frozen=True)
class P:
    x: int
    y: int = 0


p = P(1)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(p, hash(p) == hash(P(1, 0)), {p, P(1)}, P(2, 3).y)
