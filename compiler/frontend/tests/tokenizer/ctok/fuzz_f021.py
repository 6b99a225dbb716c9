# Seed technique 2a: a metaclass overring __call__ (Singleton), super().__call__.
class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **{kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
