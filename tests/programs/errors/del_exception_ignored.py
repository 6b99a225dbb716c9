# An exception escaping __del__ is reported on stderr as ignored; the program goes on, and an
# exception being handled at that moment is not disturbed.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalizing", self.name)
        raise ValueError("error during finalization")

n = Noisy("first")
del n
print("continued after ignored exception")

try:
    holder = [Noisy("second")]
    raise KeyError("in flight")
except KeyError as e:
    holder.clear()
    print("still handling", repr(e))

def make_and_drop():
    Noisy("temporary")
    return "returned normally"
print(make_and_drop())
import sys
print(sys.exc_info())
