"""Abstract base classes (the abc module, written for pyc).

ABCMeta records each class's abstract method names in
`__abstractmethods__` and supports virtual subclasses through
`register()` and `__subclasshook__`; instantiating a class whose
`__abstractmethods__` is non-empty raises TypeError.
"""

from _abc import _abc_init, _abc_register


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _abstract_names(cls, namespace, bases):
    names = set()
    for name, value in namespace.items():
        if getattr(value, '__isabstractmethod__', False):
            names.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                names.add(name)
    return frozenset(names)


def _no_instances(cls, *args, **kwargs):
    names = sorted(cls.__abstractmethods__)
    raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                    % (cls.__name__, 's' if len(names) > 1 else '',
                       ', '.join(names)))


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        abstracts = _abstract_names(cls, namespace, bases)
        cls.__abstractmethods__ = abstracts
        cls._abc_registry = []
        cls._abc_cache = {}
        cls._abc_subclasses = []
        # Each ABC base remembers its real subclasses, so that a class
        # registered with a subclass counts as a subclass of the base too.
        for base in cls.__mro__[1:]:
            subs = base.__dict__.get('_abc_subclasses')
            if subs is not None:
                subs.append(cls)
        _invalidate()
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            _no_instances(cls)
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _abc_register(cls, subclass)
        _invalidate()
        return subclass

    def __instancecheck__(cls, instance):
        sub = type(instance)
        if cls.__subclasscheck__(sub):
            return True
        sub2 = getattr(instance, '__class__', sub)
        return sub2 is not sub and cls.__subclasscheck__(sub2)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        key = (subclass, _generation[0])
        cache = cls.__dict__.get('_abc_cache')
        if cache is None:
            cache = {}
        hit = cache.get(key)
        if hit is not None:
            return hit
        result = _check_subclass(cls, subclass)
        if '_abc_cache' in cls.__dict__:
            cache[key] = result
        return result

    def _dump_registry(cls, file=None):
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()
        _invalidate()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()


_generation = [0]


def _invalidate():
    _generation[0] += 1


def _check_subclass(cls, subclass):
    if cls in getattr(subclass, '__mro__', ()):
        return True
    hook = getattr(cls, '__subclasshook__', None)
    if hook is not None:
        ok = hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
    for reg in cls.__dict__.get('_abc_registry', ()):
        if issubclass(subclass, reg):
            return True
    for sub in cls.__dict__.get('_abc_subclasses', ()):
        if sub is not cls and issubclass(subclass, sub):
            return True
    return False


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to get ABCMeta as the metaclass."""
    __slots__ = ()


def get_cache_token():
    return _generation[0]


def update_abstractmethods(cls):
    """Recompute an ABC's abstract methods after it was modified."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    names = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                names.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls
