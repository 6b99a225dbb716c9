"""Import machinery objects: ModuleSpec and the loaders for built-in,
frozen and source-file modules, over the runtime's `_imp` module."""

import sys
import _imp

__all__ = ["ModuleSpec", "BuiltinImporter", "FrozenImporter", "SourceFileLoader",
           "SOURCE_SUFFIXES", "BYTECODE_SUFFIXES", "EXTENSION_SUFFIXES", "all_suffixes"]

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What an import needs to know about a module: its name, the loader
    that runs it, where it comes from, and for packages where their
    submodules are searched."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self._set_fileattr = False

    def __repr__(self):
        args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
        if self.origin is not None:
            args.append("origin={!r}".format(self.origin))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations={}".format(self.submodule_search_locations))
        return "{}({})".format(self.__class__.__name__, ", ".join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.has_location == other.has_location)

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Loader of the modules written in Rust."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None and fullname in _imp.builtin_names():
            return ModuleSpec(fullname, cls, origin="built-in")
        return None

    @staticmethod
    def create_module(spec):
        return _imp.create_builtin(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter:
    """Loader of the stdlib modules frozen into the runtime."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _imp.frozen_source(fullname)
        if found is None:
            return None
        return ModuleSpec(fullname, cls, origin="frozen", is_package=found[1])

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name
        found = _imp.frozen_source(name)
        if found is None:
            raise ImportError("{!r} is not a frozen module".format(name), name=name)
        _imp.exec_source(found[0], "<frozen {}>".format(name), module.__dict__)

    @classmethod
    def is_package(cls, fullname):
        found = _imp.frozen_source(fullname)
        return bool(found and found[1])

    @classmethod
    def get_source(cls, fullname):
        found = _imp.frozen_source(fullname)
        return None if found is None else found[0]


class SourceFileLoader:
    """Loader of a module from a .py file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and self.name == other.name
                and self.path == other.path)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def create_module(self, spec):
        return None

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, fullname=None):
        return self.get_data(self.path).decode("utf-8")

    def is_package(self, fullname=None):
        filename = self.path.rpartition("/")[2]
        return filename.rpartition(".")[0] == "__init__"

    def exec_module(self, module):
        _imp.exec_source(self.get_data(self.path), self.path, module.__dict__)

    def load_module(self, fullname=None):
        name = fullname or self.name
        module = type(sys)(name)
        module.__file__ = self.path
        module.__loader__ = self
        sys.modules[name] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(name, None)
            raise
        return sys.modules[name]


SourceFileLoader.__module__ = "_frozen_importlib_external"
ModuleSpec.__module__ = "_frozen_importlib"
BuiltinImporter.__module__ = "_frozen_importlib"
FrozenImporter.__module__ = "_frozen_importlib"
