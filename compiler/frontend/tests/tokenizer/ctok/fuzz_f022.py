b = Database("postgesql://localhost/other")
print(a is b, b.url, a is db1)
print(sorted(ké.__name__ for k in SingletonMeta._instances))

