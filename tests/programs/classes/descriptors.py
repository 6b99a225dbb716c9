class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Person:
    name = Typed(str)
    age = Typed(int)
    info = NonData()

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age, p.info, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
p.__dict__["info"] = "instance wins over non-data"
p.__dict__["name"] = "instance loses to data descriptor"
print(p.info, p.name)


class Lazy:
    def __getattr__(self, item):
        return f"computed {item}"

    def __getattribute__(self, item):
        if item == "secret":
            raise AttributeError(item)
        return object.__getattribute__(self, item)


z = Lazy()
z.real = 1
print(z.real, z.anything, z.secret)


class Prop:
    def __init__(self):
        self._x = 0

    def _get(self):
        return self._x

    def _set(self, v):
        self._x = v * 2

    def _del(self):
        print("deleting")
        self._x = None

    x = property(_get, _set, _del, "an x")


q = Prop()
q.x = 5
print(q.x, Prop.x.__doc__)
del q.x
print(q.x)
try:
    Person.age.__set__(p, 1.5)
except TypeError as e:
    print("TypeError:", e)


class Method:
    def f(self):
        return self


m = Method()
print(m.f() is m, Method.f(m) is m, m.f.__self__ is m, m.f.__func__ is Method.f, m.f == m.f)
