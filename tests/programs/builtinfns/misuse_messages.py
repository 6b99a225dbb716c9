# TypeError/AttributeError/ValueError texts for misusing built-in types and builtins.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
ONE, NONE, FN, FLT, STR, LST = 1, None, (lambda: 0), 1.0, "a", []
ops = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: () + [], lambda: {} + {}, lambda: 1 - "a",
    lambda: "a" - "b", lambda: [] * [], lambda: "a" * 1.0, lambda: 1 / "a", lambda: 1 // [], lambda: "a" % [],
    lambda: [] % 1, lambda: 2 ** "a", lambda: "a" ** 2, lambda: 1 << 1.0, lambda: 1.0 >> 1, lambda: 1 & 1.0,
    lambda: {1} | [1], lambda: [1] | {1}, lambda: {} | [], lambda: 1 @ 1, lambda: -"a", lambda: +"a", lambda: ~1.0,
    lambda: ~"a", lambda: abs("a"), lambda: -[1], lambda: 1 < "a", lambda: "a" > 1, lambda: [] <= (), lambda: None >= None,
    lambda: {} < {}, lambda: {1} < [1], lambda: 1j > 1j, lambda: len(1), lambda: len(None), lambda: iter(1), lambda: next(1),
    lambda: ONE[0], lambda: NONE[0], lambda: FN[0], lambda: int[0], lambda: object()[0], lambda: {}[[]],
    lambda: [][0], lambda: ()[0], lambda: ""[0], lambda: b""[0], lambda: range(0)[0], lambda: [1][FLT], lambda: (1,)[STR],
    lambda: "a"[NONE], lambda: {}.__getitem__(1), lambda: [].__setitem__(0, 1), lambda: [1].__delitem__(5),
    lambda: (1,).__setitem__, lambda: "abc".__setitem__(0, "x"), lambda: ONE(), lambda: STR(), lambda: LST(),
    lambda: NONE(), lambda: 1 in 1, lambda: "a" in 1, lambda: 1 in "a", lambda: [] in "a", lambda: 1 in None,
    lambda: hash([]), lambda: hash({}), lambda: hash(set()), lambda: hash(bytearray()), lambda: {[]: 1}, lambda: {{1}},
    lambda: int("x"), lambda: float("x"), lambda: complex("x"), lambda: int([]), lambda: float([]), lambda: complex([]),
    lambda: bool.__new__(int), lambda: int.__new__(str), lambda: list.__new__(1), lambda: object.__new__(int),
    lambda: str(1, 2), lambda: bytes(1, 2), lambda: tuple(1), lambda: list(1), lambda: dict(1), lambda: set(1),
    lambda: frozenset(1), lambda: sorted(1), lambda: reversed(1), lambda: enumerate(1), lambda: zip(1), lambda: max(1),
    lambda: sum(1), lambda: any(1), lambda: min(), lambda: divmod(1), lambda: pow(1), lambda: chr(), lambda: ord(),
    lambda: getattr(1), lambda: isinstance(1), lambda: hasattr(1), lambda: format(), lambda: repr(), lambda: abs(),
    lambda: 1 .foo, lambda: "a".foo, lambda: [].foo, lambda: None.foo, lambda: int.foo, lambda: type.foo,
    lambda: setattr(1, "x", 1), lambda: setattr([], "x", 1), lambda: setattr(int, "x", 1), lambda: delattr(1, "real"),
    lambda: setattr(1, "real", 2), lambda: (1).__class__.__name__, lambda: int.__name__.__len__(),
]
for op in ops:
    show(op)
