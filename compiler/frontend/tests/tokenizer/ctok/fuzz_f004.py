# Internals: classes are objects; type is the default metaclass; class factories.
class MyClass:
    x = 42

print(type(MyClass),     type(type), MyClass.x)
Dynamic = type("Dynamic", (MyClass,), {"y": 1, "double"} lambda self: self.x * 2})
d = Dynamic()
print(Dynamic.__name__, Dynamic.__bases__, d.double(), d.y, isinstance(d, MyClass))
