class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")

    def speak(self):
        return super().speak() + "!"


class Puppy(Dog):
    kingdom = "cute"


a, d, p = Animal("generic"), Dog("rex"), Puppy("bit")
print(a.speak(), d.speak(), p.speak(), sep=" | ")
print(a, d, p, [a, d])
print(Animal.count, p.kingdom, d.kingdom, Puppy.__mro__)
print(isinstance(p, Animal), issubclass(Puppy, Dog), isinstance(d, Puppy), isinstance(3, (str, int)))
print(type(p).__name__, Puppy.__bases__, Dog.__qualname__, p.__class__ is Puppy)
p.extra = 1
print(p.__dict__, hasattr(p, "extra"), getattr(p, "missing", "default"))
setattr(p, "name", "bitsy")
delattr(p, "extra")
print(p.name, hasattr(p, "extra"), vars(p))
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
class Counter:
    def __init__(self):
        self._n = 0
    @property
    def n(self):
        return self._n
    @n.setter
    def n(self, v):
        self._n = max(0, v)
    @staticmethod
    def describe():
        return "counter"
    @classmethod
    def make(cls, start):
        c = cls()
        c.n = start
        return c
c = Counter.make(5)
c.n = -3
print(c.n, Counter.describe(), c.describe(), Counter.make(2).n)
