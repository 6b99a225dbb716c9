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
temp_list = [Local("list x"), Local("list y"), Local("list z")]
del temp_list
temp_tuple = (Local("tuple x"), Local("tuple y"))
del temp_tuple
cleared = [Local("cleared x"), Local("cleared y")]
cleared.clear()
sliced = [Local("slice x"), Local("slice y"), Local("slice z")]
sliced[0:2] = []
temp_dict = {"k1": Local("dict v1"), "k2": Local("dict v2")}
del temp_dict
print("end of program")
