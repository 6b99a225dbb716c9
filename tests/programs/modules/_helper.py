"""A module imported by programs in this folder (not a program itself)."""
VALUE = 42


def greet(name):
    return f"hello {name}"


print("_helper imported as", __name__)
