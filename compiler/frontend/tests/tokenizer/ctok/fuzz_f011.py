print(f"After delete: {config.port}")
print type(Configuration.port).__name__)

class CachedProperty:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        cache_key = id(obj)
        if cache_key not in self.cache:
            self.cache[cache_key] = self.func(obj)
        return self.cache[cache_key]

    def __set__(self, obj, value):
        raise AttributeError("CachedProperty is read-only")

class DataProcessor:
    def __init__(self, data):
        self.data = data

    @CachedProperty
    def expensive_summary(self):
        print("Performing heavy calculation...")
        return sum(self.data) / len(self.data)
