# Hashing protocol of user classes in sets/dicts: __eq__/__hash__ pairing, inherited hashes, int/str subclass keys, failing __hash__.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, A) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"A({self.v})"
s = {A(1), A(2), A(1)}
show(lambda: len(s))
show(lambda: A(1) in s)
show(lambda: {A(1): "x"}[A(1)])
show(lambda: {1: "int"}[A(1)] if False else "skip")
show(lambda: sorted(s, key=lambda a: a.v))
class B:
    def __eq__(self, o): return True
    def __hash__(self): return 1
show(lambda: len({B(), B(), 1}))
show(lambda: 1 in {B()})
show(lambda: B() in {1: 2})
class NoHash:
    __hash__ = None
show(lambda: {NoHash()})
show(lambda: hash(NoHash()))
show(lambda: NoHash() in [NoHash()])
class OnlyEq:
    def __eq__(self, o): return False
show(lambda: OnlyEq.__hash__)
show(lambda: {OnlyEq()})
class Inherit(A):
    pass
show(lambda: Inherit(1) in s)
show(lambda: hash(Inherit(5)) == hash(5))
class EqOverride(A):
    def __eq__(self, o): return False
show(lambda: EqOverride.__hash__)
show(lambda: hash(EqOverride(1)))
class HashInt(int):
    def __hash__(self): return 42
show(lambda: hash(HashInt(7)))
show(lambda: {HashInt(7): 1}.get(7))
show(lambda: 7 in {HashInt(7)})
class StrKey(str):
    pass
show(lambda: {StrKey("a"): 1}["a"])
show(lambda: {"a": 1}[StrKey("a")])
class BadHash:
    def __hash__(self): raise RuntimeError("no hash")
show(lambda: {BadHash()})
show(lambda: BadHash() in {1: 2})
show(lambda: BadHash() in [1, 2])
show(lambda: {1: 2}.get(BadHash(), "d"))
