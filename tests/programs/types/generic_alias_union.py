# PEP 585 generic aliases (list[int]) and PEP 604 unions (int | str) of built-in types.
def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, ...]:
    return tuple(x)
print(f([1, 2]), f.__annotations__["x"], f.__annotations__["y"], f.__annotations__["return"])
a = list[int]
print(a, repr(dict[str, list[float]]), tuple[()], tuple[int, ...], set[bytes], frozenset[str], type[int])
print(a.__origin__, a.__args__, a.__parameters__, a.__name__ if hasattr(a, "__name__") else "-", type(a).__name__, type(a).__module__)
print(a == list[int], a != list[str], a == list, hash(a) == hash(list[int]), a([1, 2]), a(), list[int]("ab"))
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__mro__[1], MyList([3]), isinstance(MyList(), list))
u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, int | str | int, (int | str) | (bytes | int), int | int)
print(u == (str | int), u == (int | bytes), hash(int | str) == hash(str | int), list[int] | None, int | list[str])
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None), issubclass(bool, int | str), issubclass(float, int | str))
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: isinstance([], list[int]))
show(lambda: issubclass(list, list[int]))
show(lambda: isinstance(1, int | list[int]))
show(lambda: int | 5)
show(lambda: 5 | int)
show(lambda: int | "str")
show(lambda: list[int][str])
show(lambda: (int | str)[int])
import types
print(types.GenericAlias is type(list[int]), types.UnionType is type(int | str), types.GenericAlias(list, (int,)) == list[int], types.GenericAlias(dict, str))
class Node:
    pass
print(list[Node], dict[str, Node | None], Node | None, list["Node"], tuple[int, str][0] if False else "skip")
