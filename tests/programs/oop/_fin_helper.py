"""Module whose globals hold objects with finalizers (used by finalizers_at_exit.py)."""


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalize", self.name)


first = Tracked("helper first")
_private = Tracked("helper _private")
second = Tracked("helper second")
