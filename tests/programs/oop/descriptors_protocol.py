# Descriptor protocol: data vs non-data precedence, __get__ on class access, __delete__.
class Data:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        print(f"Data.__get__ obj={'instance' if obj is not None else None} type={objtype.__name__}")
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "default")
    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("Data.__delete__")
        obj.__dict__.pop("_" + self.name, None)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"

class Owner:
    d = Data("d")
    n = NonData()

o = Owner()
print(o.d)
o.d = 5
print(o.d)
o.__dict__["d"] = "instance dict value"
print(o.d)
del o.d
print(o.d)
print(o.n)
o.__dict__["n"] = "instance wins over non-data"
print(o.n)
print(Owner.d.name, Owner.n)

class ReadOnly:
    def __get__(self, obj, t=None):
        return 42
    def __set__(self, obj, v):
        raise AttributeError("read-only attribute")
class R:
    r = ReadOnly()
try:
    R().r = 1
except AttributeError as e:
    print(e)

class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__["s"] = v * 2
class S:
    s = SetOnly()
s = S()
print(type(S.__dict__["s"]).__name__, s.s if "s" in s.__dict__ else "no value yet")
s.s = 4
print(s.s)

class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    @Method
    def hello(self, who):
        return f"hello {who} from {type(self).__name__}"
print(UsesMethod().hello("you"))

def plain(self):
    return "plain function bound"
print(plain.__get__(o, Owner)(), plain.__get__(None, Owner) is plain)
bound = plain.__get__(o)
print(type(bound).__name__, bound.__self__ is o)

class ClassLevel:
    def __get__(self, obj, t):
        return ("got", obj, t.__name__)
class Meta(type):
    attr = ClassLevel()
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.attr)
class Inherit(Owner):
    pass
i = Inherit()
i.d = "sub"
print(i.d)
print(vars(i))
