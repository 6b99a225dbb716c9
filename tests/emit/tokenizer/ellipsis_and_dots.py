x = ...
y = a[..., 1]
from . import a
from .. import b
from ... import c
from .... import d
