class Thing:
    """A thing."""
    cls_attr = 1

    def __init__(self):
        self.inst_attr = 2

    def method(self):
        return 3


t = Thing()
print([n for n in dir(t) if not n.startswith("__")])
print(sorted(vars(t)), "cls_attr" in vars(Thing), Thing.__doc__, Thing.method.__qualname__)
print(getattr(t, "method")(), getattr(Thing, "cls_attr"), hasattr(t, "nope"))
print(type(t).__name__, type(t.method).__name__, type(Thing.method).__name__, type(len).__name__)
print(callable(t), callable(Thing), callable(t.method), isinstance(Thing, type))
mod = __import__("math")
print(mod.__name__, mod.sqrt(16), __import__("os.path").__name__)
Built = __build_class__(lambda: None, "Built") if False else type("Built", (), {"x": 5})
print(Built.__name__, Built().x, Built.__bases__, Built.__module__)
g = globals()
print("Thing" in g, g["__name__"], "t" in g)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print(len.__name__, len.__doc__.splitlines()[0], print.__module__ if False else "builtins")
print(id(t) == id(t), id(t) != id(Thing()), t is t)
print(isinstance(t, object), issubclass(Thing, object), Thing.__mro__)
print(repr(Thing)[:15], str(type(None)), repr(type))
def documented():
    "docstring here"
print(documented.__doc__, documented.__name__, documented.__module__, documented.__defaults__)
print((lambda: 0).__name__, (lambda: 0).__qualname__, f.__code__.co_name, f.__code__.co_varnames)
