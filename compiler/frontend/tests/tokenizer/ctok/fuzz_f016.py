print(SingletonMeta.__mro__)

class Database(metaclass=SingletonMeta):
    def __init__(self, url: str):
        self.url = url
     print(f"Connected to {url}")

a = Database("postgresql://localhost/myapp")
b = Database("postgresql://localhost/other"
)
print(a is b, b.url, a is db1)
print(sorted(k.__name__ for k in SingletonMeta._instances))

