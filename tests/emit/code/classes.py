class Empty:
    pass

class WithDoc:
    "A docstring."
    x = 1
    y: int = 2
    z: str

    def method(self):
        return self.x

    def uses_super(self):
        return super().method()

    def uses_class(self):
        return __class__

    @classmethod
    def cm(cls):
        return cls

    class Inner:
        def deep(self):
            def deeper():
                return self
            return deeper

class Derived(WithDoc, metaclass=type):
    __slots__ = ('a', '__b')

    def __init__(self):
        self.__private = 1
        self.__b = 2
        __local = 3
        return __local

    def __dunder__(self):
        return self.__private

def factory(base):
    class Local(base):
        attr = base
        def get(self):
            return attr
        def get2(self):
            return base
    return Local

class FreeInClass:
    def f(self):
        x = 1
        class C:
            y = x
            x = 2
            def g(self):
                return x
        return C

x = 10
class Shadow:
    x = x + 1
    lst = [x for _ in range(3)]

class KW(object, *[], **{}):
    pass
