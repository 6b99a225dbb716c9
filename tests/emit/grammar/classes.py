# Class definitions: bases, keywords, metaclass, nested, decorators.
class Empty: pass
class Empty2(): pass
class Child(Empty): pass
class Multi(Empty, Empty2, object): pass
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
class Kw(Empty, metaclass=Meta, **{}): pass
class Star(*[Empty], **{"metaclass": Meta}): pass
class Body:
    """Docstring."""
    attr = 1
    other: int = 2
    annotated_only: str

    def method(self):
        return self.attr

    @staticmethod
    def sm():
        return 1

    @classmethod
    def cm(cls):
        return cls

    @property
    def prop(self):
        return 1

    @prop.setter
    def prop(self, value):
        pass

    class Inner:
        def deep(self):
            return __class__

    def __private(self):
        return self.__mangled
