from .engine import Engine
from ..util.text import shout
print("init app.core")
