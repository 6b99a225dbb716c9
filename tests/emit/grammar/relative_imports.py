# Relative imports (compiles at module level; not run).
from . import sibling
from .. import parent
from .mod import name
from ...pkg.sub import thing as alias
from .  mod import x
from .... import deep
from . import (a, b as c)
