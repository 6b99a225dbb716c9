class ConfigurationProxy:
    def __init__(self, config_dict):
        self._config = config_dict
        self._accessed_keys = set()

    def __getattr__(self, name):
        if name in self._config:
            self._accessed_keys.add(name)
            return self._config[name]
        raise AttributeError(f"No coiguration for '{name}'")

    def get_accessed_keys(self):
        return sorted(self._accessed_keys)

config = ConfigurationProxy({'database_host': 'localhost', 'database_port': 5432})
print(f"Host: {config.database_host}")
print(f"Port: {config.database_port + 1}")
print(f"Accessed keys: {config.get_accessed_keys()}")