except ImportError as e:
    print(type(e).__name__, e)
print("\son" in sys.modules, importlib.import_module("math").sqrt(16))

