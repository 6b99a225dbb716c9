from __future__ import annotations
def f(a: list[int], b: dict[str, 'X'] | None = None, *c: tuple[int, ...], d: (1, 2), e: lambda x: x + 1, f: a if b else c, g: not a and b or c, h: -x ** 2, i: (-x) ** 2, j: x[1:2, ::3], k: {1: 2, **d}, l: {1, 2}, m: [x for x in y if z], n: f(x, *y, k=1, **z), o: 1.5e300, p: 'str', q: b'b', r: ..., s: x.y.z, v: 1 .real, x1: a < b < c, y1: ~a, z1: {*()}, a2: f(x for x in y), a3: a@b, a4: a << b | c ^ d & e, a5: -1, a6: 1j, a7: 10**30, a8: (a, ), a9: (), b1: x[()], b2: x[a,], b3: a.__class__, b4: None, b5: True, b6: f'{x!r:>{y}} z', b7: lambda: 1, b8: lambda *a, b=1, **c: 0, b9: lambda a, /, b: 0, c1: 1e400, c2: -(1), c3: (a, b)[0], c4: x[a:b], c5: {k: v for k, v in z}, c6: {a for a in b}, c7: (a + b) * c, c8: a - (b - c), c9: a ** b ** c, d1: (a ** b) ** c, d2: 'it\'s', d3: "\n\x00é", d4: a if b else (c if d else e), d5: (a if b else c) if d else e, d6: (lambda: 1)(), d7: x[a][b], d8: [*a, *b], d9: f'{x}', e1: f'{x=}', e2: f'a{{b}}', e3: a.b(c).d, e4: not (a == b), e5: a is not b, e6: a not in b, e7: (not a) + b) -> return_type: pass

x: int = 3
y: list[Undefined]
obj.attr: int = 1

class C:
    field: ClassVar[int] = 0
    other: "C"

    def method(self, other: C) -> C:
        local: Foo = 1
        return other

def outer():
    hidden = 1
    def inner(arg: hidden) -> hidden:
        pass
    return inner
