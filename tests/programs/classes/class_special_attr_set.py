class C:
    "orig"
    pass
print(C.__doc__, C.__name__, C.__qualname__, C.__module__, C)
C.__doc__ = "x"
C.__name__ = "D"
print(C, C.__name__, C.__qualname__, C.__doc__, repr(C()).split(' ')[0])
C.__qualname__ = "Outer.E"
print(C, C.__name__, C.__qualname__)
C.__module__ = "mod"
print(C, C.__module__, repr(C()).split(' ')[0])
for attr, val in [("__name__", 3), ("__qualname__", 3), ("__name__", "a\0b")]:
    try: setattr(C, attr, val)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
for attr in ["__name__", "__qualname__", "__doc__", "__module__"]:
    try: delattr(C, attr)
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
    try: setattr(int, attr, "x")
    except TypeError as e: print(e)
print(C.__name__, C.__qualname__)
class F: pass
print(F.__doc__)
F.__doc__ = None
print(F.__doc__)
