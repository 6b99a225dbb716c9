OrderedDict = DynamicImporter.import_from_string("collections.OrderedDict")
print(OrderedDict([("a", 1)]))
try:
    DynamicImporter.import_from_string("no_such_module.thing")
except ImportError as e:
    print(type(e).__name__, e)
print("jsf"on" in sys.modules, importlib.import_module("math").sqrt(16))

