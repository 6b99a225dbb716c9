# callable(), identity checks (is / is not) of singletons and small objects, type() and len().
class K:
    def __call__(self):
        return "called"
class N: pass
def f(): pass
print(callable(f), callable(K), callable(K()), callable(N()), callable(len), callable(1), callable("s".upper), callable(lambda: 0), callable(type), callable(None))
print(None is None, ... is Ellipsis, NotImplemented is NotImplemented, type(None)() is None, type(...)() is ..., True is (1 == 1))
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, b is not a, f is f, K is type(K()), type(K()) is K)
print(type(1), type("s"), type(None), type(...), type(NotImplemented), type(f).__name__, type(len).__name__, type([].append).__name__, type(K().__call__).__name__)
print(type(type), type(object), type(int), type(K), type(lambda: 0).__name__, type((i for i in [])).__name__, type(iter([])).__name__, type(iter(())).__name__)
print(len("abc"), len([1, 2]), len({1: 2}), len(set()), len(range(5)), len(b"xy"), len((1,)), len(frozenset([1, 2, 2])))
class L:
    def __len__(self):
        return 3
class BadL:
    def __len__(self):
        return -1
class BigL:
    def __len__(self):
        return 2**70
class StrL:
    def __len__(self):
        return "3"
print(len(L()), bool(L()))
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: len(BadL()))
show(lambda: len(BigL()))
show(lambda: len(StrL()))
show(lambda: len(5))
show(lambda: len(iter([])))
show(lambda: len())
show(lambda: type())
show(lambda: type(1, 2))
nothing = None
show(lambda: nothing())
show(lambda: K()(1))
show(lambda: NotImplemented())
print(bool(NotImplemented) if False else "skip-bool-NI", repr(...), repr(NotImplemented), str(None))
print(type("Dyn", (object,), {"v": 5})().v, type("Dyn", (), {}).__name__, type("D2", (K,), {})()())
