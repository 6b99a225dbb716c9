# At exit, module globals are dropped as CPython does: imported modules first (latest import
# first), then __main__; single-underscore names before the others; definition order.
import _fin_helper

class Local:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)

a = Local("main a")
_b = Local("main _b")
c = _fin_helper.Tracked("main c (helper class)")
holder = [Local("in list 1"), Local("in list 2")]
print("end of program")
