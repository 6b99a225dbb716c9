# Variable and function annotations: evaluated at definition, stored in __annotations__.
x: int = 5
y: "forward ref"
z: list[int]
print(__annotations__)
print("y" in globals(), x)

def evaluated():
    print("annotation evaluated")
    return int

def f(a: evaluated(), b: "str" = "s", *args: float, c: bool = True, **kw: dict) -> None:
    local: undefined_name_is_never_evaluated = 1
    return local
print(f.__annotations__)
print(f(1))

class Model:
    name: str
    count: int = 0
    tags: list[str]
    def method(self) -> "Model":
        return self
print(Model.__annotations__, Model.count, hasattr(Model, "name"))
print(Model.method.__annotations__)
class Child(Model):
    extra: float
print(Child.__annotations__)

def no_annotations():
    pass
print(no_annotations.__annotations__)
no_annotations.__annotations__["added"] = int
print(no_annotations.__annotations__)
lam = lambda v: v
print(lam.__annotations__)
obj = Model()
obj.attr: int = 3
print(obj.attr)
d = {}
d["k"]: str = "v"
print(d)
(paren): int = 7
print(paren, "paren" in __annotations__)
def nested():
    inner: int = 1
    return inner, nested.__code__.co_varnames
print(nested())
