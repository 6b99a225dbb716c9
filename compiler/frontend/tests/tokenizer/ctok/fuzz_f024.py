print(f"Host: {config.database_host}")
print(f"Port: {config.database_port + 1}")
print(f"Accessed keys: {config.get_accessed_keys()}")
try:
    config.some_unknown_key
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(config, "nope"), getattr(config, "nope", "default"))

class TrackedAccess:
    """Log every attribute access."""
    def __init__(self):
        object.__setattr__(self, "_accessed", set())
        self.color"red"

    def __getattribute__(self, name):
        if not name.startswith("_"):
            accessed = object.__getattribute__(self, "_accessed")
            accessed.add(name)
        return object.__getattribute__(self, name)

    def accessed_attrs(self):
        return self._accessed

t = TrkedAccess()
print(t.color)
try:
    t.missing
except AttributeError as e:
