# Function definitions: every parameter kind, defaults, annotations.
def none(): pass
def pos(a, b): return a + b
def defaults(a, b=1, c=2): return a
def star(*args): return args
def kw(**kwargs): return kwargs
def both(a, *args, b, c=3, **kwargs): return a
def kwonly(*, a, b=2): return a
def posonly(a, b, /): return a
def posonly_default(a, b=1, /, c=2): return a
def everything(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int: return 0
def annotated(a: int, b: "str" = "x", *args: float, c: list[int] = [], **kw: dict) -> None:
    pass
def trailing(a, b,): pass
def trailing_star(*args, **kwargs,): pass
def slash_only(a, /,): pass
def star_kw(*, a,): pass
def multi_line(
    a,
    b=2,
    *,
    c,
):
    return c
def returns_tuple() -> tuple[int, ...]:
    return 1, 2
def nested():
    def inner(x):
        def innermost():
            return x
        return innermost
    return inner
def gen():
    yield
    yield 1
    x = yield 2
    yield from range(3)
    return x
def docstring():
    """A docstring."""
    return None
def ellipsis_body(): ...
def one_liner(x): x += 1; return x
