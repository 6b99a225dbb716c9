from .. import VERSION
from ..util import text as text_mod
from . import config


class Engine:
    def run(self):
        return text_mod.shout(f"engine {VERSION} with {config.SETTING}")
