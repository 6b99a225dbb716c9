class Base:
    def __init__(self):
        self.log = ["Base"]

    def greet(self):
        return "base"

    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"

    @staticmethod
    def util():
        return "util"


class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")

    def greet(self):
        return "mid+" + super().greet()

    @classmethod
    def make(cls):
        return "Mid>" + super().make()


class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf")

    def greet(self):
        return "leaf+" + super(Mid, self).greet() + "|" + super().greet()

    def inner(self):
        def helper():
            return __class__.__name__
        return helper()


x = Leaf()
print(x.log, x.greet(), Leaf.make(), Leaf.util(), x.inner())
print(super(Leaf, x).greet(), super(Mid, Leaf).make(), type(super(Leaf, x)).__name__)
try:
    super(Leaf, 5)
except TypeError as e:
    print("TypeError:", e)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.mro()])


class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst


print(WithNew(1, 2).args)


class Prop(Base):
    @property
    def value(self):
        return "prop:" + super().greet()


print(Prop().value)
