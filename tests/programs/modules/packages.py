import sys
import app.core
from app.core import Engine
from app.util.text import *
import app.util.text as text_alias
import app.core.config
import app.core.config as cfg2
print(Engine().run())
print(shout("hi"), public_value, "_private" in dir(), text_alias is sys.modules["app.util.text"])
print(app.VERSION, app.core.config.SETTING, cfg2 is app.core.config)
print(sorted(k for k in sys.modules if k.startswith("app")))
print(app.__name__, app.core.__name__, app.core.engine.__name__, app.__package__, app.core.engine.__package__)
print(app.core.__file__.rsplit("/", 1)[-1], app.util.text.__file__.rsplit("/", 2)[-2:])
from _star_source import *
print(visible(), CONST, "_hidden" in dir())
import _star_source
print(_star_source._hidden(), _star_source.__name__)
try:
    import app.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from app.util.text import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
