"""A medium-sized program mixing many constructs: an inventory system."""
from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from typing import Iterator


class InventoryError(Exception):
    """Raised when stock would go negative."""

    def __init__(self, item: str, wanted: int, have: int) -> None:
        super().__init__(f"cannot take {wanted} of {item!r}: only {have} left")
        self.item, self.wanted, self.have = item, wanted, have


@dataclasses.dataclass(frozen=True, order=True)
class Item:
    name: str
    price: float = 0.0
    tags: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.name:<10}{self.price:>8.2f}"


class Inventory:
    def __init__(self):
        self._stock: dict[Item, int] = defaultdict(int)
        self._log = []

    def add(self, item, count=1, /, *, note=None):
        if count <= 0:
            raise ValueError(f"bad count {count}")
        self._stock[item] += count
        self._log.append(("add", item.name, count, note))
        return self

    def take(self, item, count=1):
        have = self._stock.get(item, 0)
        if have < count:
            raise InventoryError(item.name, count, have)
        self._stock[item] = have - count
        if not self._stock[item]:
            del self._stock[item]

    def __iter__(self) -> Iterator[tuple[Item, int]]:
        yield from sorted(self._stock.items())

    def __len__(self):
        return sum(self._stock.values())

    def total(self) -> float:
        return round(sum(i.price * n for i, n in self), 2)

    def by_tag(self):
        groups = {}
        for item, n in self:
            for tag in item.tags or ("untagged",):
                groups.setdefault(tag, []).append((item.name, n))
        return {k: sorted(v) for k, v in sorted(groups.items())}


def main(argv=None):
    inv = Inventory()
    apple = Item("apple", 0.5, ("fruit",))
    pear = Item("pear", 0.75, ("fruit", "green"))
    nail = Item("nail", 0.01)
    inv.add(apple, 10).add(pear, 3, note="fresh").add(nail, 500)
    try:
        inv.take(pear, 5)
    except InventoryError as exc:
        print("error:", exc)
    else:
        print("unreachable")
    finally:
        print("after take")
    inv.take(apple, 4)
    for item, n in inv:
        print(f"{item} x{n:>4}")
    print(len(inv), inv.total())
    print(json.dumps(inv.by_tag(), sort_keys=True))
    match inv.by_tag():
        case {"fruit": [(name, count), *_]}:
            print("first fruit", name, count)
        case _:
            print("no fruit")
    squares = {n: n * n for n in range(5) if n % 2 == 0}
    evens = [n for n in range(10) if not n & 1]
    print(squares, evens, *(x for x in "abc"), sep=" | ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
