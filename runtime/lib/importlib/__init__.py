"""The import system from Python: import_module, reload,
invalidate_caches (and the util and machinery submodules)."""

import sys
import _imp

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]


def import_module(name, package=None):
    """Import a module by name (relative names need `package`) and return
    the module itself (for 'a.b', a.b rather than a)."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        level = len(name) - len(name.lstrip("."))
        bits = package.rsplit(".", level - 1)
        if len(bits) < level:
            raise ImportError("attempted relative import beyond top-level package")
        rest = name[level:]
        name = "{}.{}".format(bits[0], rest) if rest else bits[0]
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to do: the runtime's importer keeps no finder caches."""


def reload(module):
    """Find a module again (as an import would) and run its code in the
    existing namespace; return the module as sys.modules holds it
    afterwards."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module") from None
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    from importlib import util
    parent = name.rpartition(".")[0]
    path = None
    if parent:
        try:
            path = sys.modules[parent].__path__
        except KeyError:
            raise ImportError(f"parent {parent!r} not in sys.modules", name=parent) from None
    spec = util._find(name, path)
    if spec is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    util._init_attrs(spec, module)
    if spec.loader is not None and hasattr(spec.loader, "exec_module"):
        spec.loader.exec_module(module)
    return sys.modules[name]
