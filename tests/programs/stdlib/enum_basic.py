from enum import *
class P(Flag):
    R=4; W=2; X=1
print(repr(P.W|P.R), str(P.W|P.R), repr(P(0)), str(P(0)), repr(~P.R), list(P.R|P.X), len(P.R|P.X), P.R in P(6), bool(P(0)))
class I(IntFlag):
    A=1; B=2
print(repr(I.A|I.B), str(I.A|I.B), I.A|4, repr(I.A|4), format(I.A), repr(I(0)))
class C(Enum):
    RED=1; GREEN=2; ALIAS=1
print(list(C), C.ALIAS, C.__members__, len(C), C['RED'], C(2), repr(C.RED), hash(C.RED)==hash('RED'))
try: C(5)
except ValueError as e: print(e)
try:
    class D(C): pass
except TypeError as e: print(e)
try: C.RED = 3
except AttributeError as e: print(e)
class N(IntEnum):
    ONE=1
print(N.ONE, repr(N.ONE), N.ONE+1, f'{N.ONE}', str(C.RED), f'{C.RED}')
class S(StrEnum):
    A=auto()
print(S.A, repr(S.A))
E = Enum('E', 'X Y'); print(list(E), E.X.value)
print(C.RED.name, C.RED.value, type(C), C)
print(P.R.name, (P.R|P.W).name, P(0).name)
class Color(Enum):
    R = auto(); G = auto()
    def describe(self): return self.name.lower()
    @classmethod
    def first(cls): return cls.R
print(Color.R, Color.G.value, Color.R.describe(), Color.first(), Color.R is Color(1), isinstance(Color.R, Color))
class Planet(Enum):
    EARTH = (5.97, 6.37)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
