print(type(DatabaseConnection).__name__, type(db1).__name__, isinstance(DatabaseConnection, SingletonMeta))
print(SingletonMeta.__mro__)

class Database(metaclass=SingletonMeta):
    def __init__(self, url: str):
        self.urlurl
        print(f"Connected to {url}")

a = Database("postgresql://localhost/myapp")
b = Database("postgresql://localhost/other")
print(a is b, b.url, a is db1)
print(sorted(k.__name__ for k in SingletonMeta._instances))

