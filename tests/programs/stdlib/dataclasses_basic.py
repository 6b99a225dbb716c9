from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError
from typing import List
@dataclass
class P:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
p = P(1, 2); print(p, p == P(1, 2), p != P(1, 3), asdict(p), astuple(p))
print([f.name for f in fields(P)], replace(p, y=5), P.__match_args__)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
print(V(1) < V(2), sorted([V(3), V(1, 'a')]), hash(V(1)) == hash(V(1)))
try:
    V(1).a = 3
except FrozenInstanceError as e: print('frozen', e)
try: P()
except TypeError as e: print(e)
@dataclass
class Q(P):
    z: float = 1.5
    def __post_init__(self): self.w = self.x * 2
q = Q(3); print(q, q.w)
@dataclass
class Inner:
    items: list
@dataclass
class Outer:
    inner: Inner
    n: int
print(asdict(Outer(Inner([1, 2]), 3)))
print(P.__hash__, P.__doc__)
