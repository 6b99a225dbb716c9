p.score = 95.5
print(p.name, p.age, p.score)
try:
    p.age = "thirty"
except TypeError as e:
    print(e)

class property_:
    """A simplified version of the built-iproperty descriptor."""
    def __init__(self, fget=None,fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
