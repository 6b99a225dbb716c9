def f(a,  # type: int
      b):
    # type: (...) -> None
    x = 1  # type: int
    for i in y:  # type: int
        pass
    with a as b:  # type: int
        pass
    return x  # type: ignore[misc]
# type: ignore
def g(): # type: () -> int
    pass
def h(a, b  # type: int
      ):
    pass
x = [1] # type:List[int]
def f():
    if x:
        x = 1  # type: int
class A:
    y = 2 # type: str
