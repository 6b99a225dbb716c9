from __future__ import annotations
def outer():
    hidden = 1
    def inner(arg: hidden) -> hidden:
        pass
    x: hidden2 = 1
    return inner
