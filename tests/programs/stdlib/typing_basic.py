from typing import *
import typing as typing
print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None], Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[int, str])
print(List, Any, Optional[List[int]], Literal['a', 1], Type[int], Iterable[str], Set[int])
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int](); s.push(1); print(s.items, T, Stack.__parameters__)
class P(NamedTuple):
    x: int
    y: int = 0
    def total(self): return self.x + self.y
p = P(1); print(p, p.total(), P._fields, isinstance(p, tuple))
Q = NamedTuple('Q', [('a', int)]); print(Q(3))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1); print(m, type(m))
def f(a: int, b: 'str') -> Optional[int]: return None
print(get_type_hints(f), cast(int, 'x'), get_origin(List[int]), get_args(Dict[str, int]))
print(isinstance([], List), Union[int, str] == Union[str, int])
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
class MyList(List[int]): pass
print(MyList.__mro__)
UserId = NewType('UserId', int); print(UserId(5))
