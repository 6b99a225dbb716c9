# __prepare__ returning a custom mapping: class bodies store/load through it.
class RecordingNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        self.order.append(key)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("  lookup", key)
        return super().__getitem__(key)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return RecordingNamespace()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = [k for k in ns.order if not k.startswith("__")]
        return cls

class Form(metaclass=OrderedMeta):
    name = "text"
    age = "int"
    label = name + "!"
    def validate(self):
        return True
print(Form.field_order, Form.label)
try:
    class Bad(metaclass=OrderedMeta):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)

class AutoNumber(dict):
    def __init__(self):
        super().__init__()
        self.next = 0
    def __missing__(self, key):
        if key.startswith("__") or key in ("print",):
            raise KeyError(key)
        value = self.next
        self.next += 1
        self[key] = value
        return value
class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNumber()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class Color(metaclass=EnumMeta):
    RED
    GREEN
    BLUE
print(Color.RED, Color.GREEN, Color.BLUE)

class NotAMapping:
    pass
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NotAMapping()
try:
    class Broken(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
class KwPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare kwargs", kw)
        return {"preset": kw.get("value")}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class WithKw(metaclass=KwPrepare, value=42):
    pass
print(WithKw.preset)
print(type.__prepare__("X", ()), type(type.__prepare__()).__name__)
