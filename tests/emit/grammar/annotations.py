# Variable and parameter annotations of every form.
from typing import Callable, Optional
a: int
b: int = 1
c: list[int] = []
d: dict[str, list[int]] = {}
e: "forward" = None
f: Optional[int] = None
g: Callable[[int, str], bool]
h: tuple[int, ...] = ()
i: int | None = None
(j): int = 2
k: (lambda: 0) = 1
obj = type("O", (), {})()
obj.attr: int = 3
obj.other: str
store = {}
store["key"]: float = 1.0
store[0]: int
def fn(x: int, y: "str" = "", *args: int, z: float = 0.0, **kw: object) -> list[int]:
    local: int = 1
    unset: str
    return [local]
def ret() -> "Forward": pass
class A:
    x: int
    y: int = 0
    z: "A"
    def m(self) -> None:
        self.w: int = 1
t: tuple = 1, 2
u: int = (yield_ := 3)
