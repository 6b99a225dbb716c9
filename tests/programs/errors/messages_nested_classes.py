# Error messages naming classes defined inside functions: tp_name vs qualname, as CPython chooses.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def make():
    class Inner:
        def m(self, a):
            pass
        @property
        def p(self):
            return 1
        __slots__ = ("s",)
    class Other:
        pass
    class WithInit:
        def __init__(self, a):
            pass
    class Abstract:
        def __init_subclass__(cls):
            pass
    return Inner, Other, WithInit, Abstract
Inner, Other, WithInit, Abstract = make()
show(lambda: Inner(1))
show(lambda: Inner().m())
show(lambda: Inner().nope)
show(lambda: Inner().__setattr__("q", 1))
show(lambda: setattr(Inner(), "p", 1))
show(lambda: Inner().s)
show(lambda: WithInit())
show(lambda: Other() + 1)
show(lambda: Other() < Other())
show(lambda: len(Other()))
show(lambda: Other()[0])
show(lambda: Other()())
show(lambda: iter(Other()))
show(lambda: hash(type("H", (), {"__eq__": lambda s, o: True})()))
show(lambda: Inner.m(Other(), 1) if False else Inner.__dict__["m"](1))
show(lambda: format(Other(), "x"))
show(lambda: Abstract.__init_subclass__(1))
show(lambda: object.__init_subclass__(x=1))
show(lambda: Inner.__dict__["s"].__get__(Other()))
show(lambda: divmod(Other(), 1))
show(lambda: -Other())
show(lambda: abs(Other()))
show(lambda: int(Other()))
show(lambda: float(Other()))
show(lambda: complex(Other()))
show(lambda: round(Other()))
show(lambda: [1][Other()])
show(lambda: "x" * Other())
show(lambda: Other() in Other())
show(lambda: reversed(Other()))
show(lambda: next(Other()))
show(lambda: {**Other()})
show(lambda: [*Other()])
show(lambda: print(*Other()))
show(lambda: dict(Other()))
show(lambda: Other().__class__.__name__.nope)
show(lambda: super(Inner, Other()))
show(lambda: Inner.m.__get__(None, None))
show(lambda: bool(type("B", (), {"__bool__": lambda s: 2})()))
show(lambda: len(type("L", (), {"__len__": lambda s: "x"})()))
show(lambda: Other.__init_subclass__(1))
show(lambda: Other.__init_subclass__(x=1))
