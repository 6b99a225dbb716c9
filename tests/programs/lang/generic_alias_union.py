# PEP 585 generic aliases (list[int]) and PEP 604 unions (int | str) as runtime objects.
def scale(values: list[float], factor: float | int = 2) -> dict[str, list[float]]:
    return {"scaled": [v * factor for v in values]}
print(scale([1.0, 2.5]))
print(scale.__annotations__)

alias = dict[str, list[int]]
print(alias, repr(alias), alias.__origin__, alias.__args__, alias.__parameters__)
print(type(alias), type(alias).__name__, type(alias).__module__)
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(tuple[int, ...], tuple[()], set[frozenset[bytes]], type[int], enumerate[str])
print(list[int]("abc"), dict[str, int](a=1), list[int].__name__, list[int].append is list.append)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(e)

class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__mro__, MyList([1, 2]))

class Node:
    pass
u = int | str
print(u, type(u).__name__, type(u).__module__, u.__args__)
print(int | None, None | int, int | str | int, (int | str) | (bytes | int), int | int)
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) == (int | bytes))
print(list[int] | None, Node | list[str], dict[str, int] | dict[str, int])
try:
    int | 5
except TypeError as e:
    print(e)
try:
    "x" | int
except TypeError as e:
    print(e)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print(e)
def f(x: int | None = None) -> str | None:
    return None if x is None else str(x)
print(f(), f(3), f.__annotations__)
print(list[list[int]].__args__[0].__origin__)
import types
print(types.GenericAlias is type(list[int]), types.UnionType is type(int | str))
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, str))
