# Descriptors of built-in types: method_descriptor, classmethod_descriptor, wrapper_descriptor, method-wrapper attributes.
d = int.__dict__['bit_length']
print(d.__name__, d.__qualname__, d.__objclass__, repr(d))
c = dict.__dict__['fromkeys']; print(type(c).__name__, c.__name__, c.__qualname__, repr(c)[:40], c.__objclass__)
w = int.__dict__['__add__']; print(type(w).__name__, w.__name__, w.__qualname__, w.__objclass__)
print(type(str.join).__name__, str.join.__name__, str.join.__qualname__)
print(type('a'.join).__name__, 'a'.join.__name__, 'a'.join.__qualname__, 'a'.join.__self__)
print(list.append.__name__, [].append.__qualname__, dict.fromkeys.__qualname__, object.__init__.__qualname__)
print(callable(str.upper), str.upper("x"), list.__dict__["append"].__get__([1]).__self__)
mw = (1).__add__
print(type(mw).__name__, mw.__name__, mw.__qualname__, mw.__self__, mw(2))
print(object.__dict__["__repr__"].__name__, type.__dict__["__call__"].__qualname__)
import types
for o, k in [((1,), 0), ("abc", 0), (5, 0), (object(), 0), (types.MappingProxyType({}), "a"), (frozenset(), 0), (range(3), 1), (b"x", 0), ((1,), "k")]:
    try:
        del o[k]
    except TypeError as e:
        print(e)
class A: pass
try:
    del A()[0]
except TypeError as e:
    print(e)
try:
    del A()["x"]
except TypeError as e:
    print(e)
