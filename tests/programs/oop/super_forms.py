# super(): zero-arg and explicit forms, in classmethods, properties, __new__, errors.
class A:
    def __init__(self):
        self.log = ["A.init"]
    def f(self):
        return "A.f"
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
    @property
    def p(self):
        return "A.p"
    @staticmethod
    def s():
        return "A.s"
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.created_by = "A.__new__"
        return inst

class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B.init")
    def f(self):
        return "B.f+" + super().f()
    @classmethod
    def make(cls):
        return "B.make+" + super().make()
    @property
    def p(self):
        return "B.p+" + super().p
    def s_via_super(self):
        return super().s()

class C(B):
    def f(self):
        return "C.f+" + super(C, self).f() + "|" + super(B, self).f()

c = C()
print(c.log, c.created_by)
print(c.f())
print(C.make(), c.p, c.s_via_super())
print(super(C, c).f(), super(B, C).make())
sup = super(B, c)
print(type(sup).__name__, sup.__thisclass__.__name__, sup.__self_class__.__name__)
unbound = super(B)
print(unbound.__self__)

def outside():
    try:
        super().f()
    except RuntimeError as e:
        print("RuntimeError:", e)
outside()
class D:
    def m():
        return super().x
try:
    D.m()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(B, 1)
except TypeError as e:
    print(e)
try:
    super(1, c)
except TypeError as e:
    print(e)
try:
    super(C, c).nothing
except AttributeError as e:
    print(e)

class E(B):
    def f(self):
        g = lambda: super(E, self).f()
        return "E via lambda:" + g()
    def gen(self):
        yield super().f()
print(E().f(), list(E().gen()))

class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(WithMeta(3).v)
class F(A):
    def __class_check(self):
        return __class__
    def check(self):
        return __class__.__name__, self.__class_check().__name__
print(F().check())
