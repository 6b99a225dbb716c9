class ConfigError(Exception):
    pass


def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        return load("b")


print("loading")
handler()
