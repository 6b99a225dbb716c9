"""Import utilities: find_spec, spec_from_file_location,
module_from_spec, resolve_name, spec_from_loader."""

import os
import sys
import _imp
from importlib.machinery import (ModuleSpec, BuiltinImporter, FrozenImporter,
                                 SourceFileLoader, SOURCE_SUFFIXES)

__all__ = ["find_spec", "module_from_spec", "resolve_name", "spec_from_file_location",
           "spec_from_loader", "MAGIC_NUMBER"]

MAGIC_NUMBER = (3495).to_bytes(2, "little") + b"\r\n"


def resolve_name(name, package):
    """The absolute name of a possibly relative module name."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    rest = name[level:]
    return "{}.{}".format(base, rest) if rest else base


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and hasattr(loader, "is_package"):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """The spec of a module loaded from the file `location`."""
    if location is None:
        location = "<unknown>"
        if hasattr(loader, "get_filename"):
            location = loader.get_filename(name)
    else:
        location = os.fspath(location)
    if loader is None:
        if not location.endswith(tuple(SOURCE_SUFFIXES)):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is None:
        if hasattr(loader, "is_package") and loader.is_package(name):
            spec.submodule_search_locations = [os.path.dirname(location)]
    else:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new module for spec, with its import attributes set (not yet
    executed)."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(sys)(spec.name)
    _init_attrs(spec, module)
    return module


def _init_attrs(spec, module):
    module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin


def _find_on_path(name, path):
    leaf = name.rpartition(".")[2]
    for entry in path:
        if not isinstance(entry, str):
            continue
        base = entry or "."
        init = os.path.join(base, leaf, "__init__.py")
        if os.path.isfile(init):
            spec = spec_from_file_location(name, init,
                                           submodule_search_locations=[os.path.join(base, leaf)])
            return spec
        single = os.path.join(base, leaf + ".py")
        if os.path.isfile(single):
            return spec_from_file_location(name, single)
    return None


def _find(name, path):
    """The spec the runtime's importer would use for `name` (built-in,
    then the search path, then the frozen stdlib), or None."""
    spec = BuiltinImporter.find_spec(name, path)
    if spec is None:
        spec = _find_on_path(name, sys.path if path is None else path)
    if spec is None:
        spec = FrozenImporter.find_spec(name)
    return spec


def find_spec(name, package=None):
    """The spec of module `name` (imported already or not), or None.
    The parent package of a submodule is imported first."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    module = sys.modules.get(fullname)
    if module is not None:
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError("{}.__spec__ is not set".format(name)) from None
        if spec is None:
            spec = _spec_of_loaded(module)
            if spec is None:
                raise ValueError("{}.__spec__ is None".format(name))
        return spec
    parent = fullname.rpartition(".")[0]
    if parent:
        parent_module = __import__(parent, fromlist=["__path__"])
        try:
            path = parent_module.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                name=fullname) from e
        return _find(fullname, path)
    return _find(fullname, None)


def _spec_of_loaded(module):
    """A spec for a module the runtime imported without one."""
    name = module.__name__
    file = getattr(module, "__file__", None)
    if file is not None:
        spec = spec_from_file_location(name, file)
        if spec is not None and hasattr(module, "__path__"):
            spec.submodule_search_locations = list(module.__path__)
        return spec
    if name in _imp.builtin_names():
        return ModuleSpec(name, BuiltinImporter, origin="built-in")
    if _imp.frozen_source(name) is not None:
        return FrozenImporter.find_spec(name)
    return None


