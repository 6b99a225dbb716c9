# An error in __set_name__ is wrapped in RuntimeError with the original as cause.
class Validator:
    def __set_name__(self, owner, name):
        if name.startswith("_"):
            raise ValueError(f"private name {name!r} not allowed")
        self.name = name

class Ok:
    public = Validator()
print("Ok defined:", Ok.public.name)

class Broken:
    _hidden = Validator()
print("never printed")
