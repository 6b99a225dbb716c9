# object(), None, NotImplemented, Ellipsis: attributes, repr, comparisons, and type errors.
o = object()
print(type(o).__name__, o == o, o != o, o.__eq__(o), o.__eq__(1), o.__ne__(1), hasattr(o, "__dict__"), o.__class__ is object)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
print(repr(None), repr(NotImplemented), repr(Ellipsis), repr(...), str(...), type(...).__name__, type(NotImplemented).__name__, type(None).__name__)
print(None == None, None != 0, None is not False, bool(None), bool(...), (None,) == (None,), [None] * 2, {None: 1}[None])
nothing = None
for f in (lambda: None < None, lambda: None + 1, lambda: len(None), lambda: nothing[0], lambda: iter(None), lambda: None.x, lambda: ... + 1, lambda: NotImplemented < 1):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError", e)
print(sorted(n for n in dir(object) if n in ("__eq__", "__hash__", "__repr__", "__str__", "__init__", "__new__", "__class__", "__doc__", "__init_subclass__", "__subclasshook__", "__format__", "__dir__", "__getattribute__", "__setattr__", "__delattr__", "__sizeof__", "__lt__", "__le__", "__gt__", "__ge__", "__ne__")))
print(object.__doc__, object.__name__, object.__bases__, object.__mro__, type.__bases__, isinstance(None, object))
print(o.__str__() == o.__repr__(), o.__format__("") == str(o), object.__subclasshook__() if False else "skip", object.__init_subclass__() is None)
print(NotImplemented.__class__.__name__, Ellipsis.__class__.__name__, None.__class__.__name__, None.__bool__(), None.__repr__())
